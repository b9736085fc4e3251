#include "search/translator.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <set>
#include <tuple>

#include "schema/schema.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/split.h"

namespace geofacet {

namespace {

// At most this many forms of one language come from a glossary entry, and from EDICT.
constexpr std::size_t kMaxGlossaryForms = 3;
constexpr std::size_t kMaxEdictForms = 2;

// The forms under which English words may be an EDICT gloss: themselves and the last word's singular.
std::vector<std::string> gloss_forms(const std::string& words) {
    std::vector<std::string> forms{words};
    const std::string one = Glossary::singular(words);
    if (one != words) forms.push_back(one);
    return forms;
}

// The last word of a phrase in both numbers: "elections" and "election".
std::vector<std::string> number_forms(const std::string& word) {
    std::vector<std::string> forms = gloss_forms(word);
    if (forms.size() == 1 && !word.empty())
        forms.push_back(word.back() == 'y' ? word.substr(0, word.size() - 1) + "ies" : word + "s");
    return forms;
}

// EDICT's glosses of a Japanese headword's first entry, case-folded, "to " dropped: the first `max` senses.
std::vector<std::string> first_glosses(const SortedTsv& edict_ja, const std::string& head, std::size_t max) {
    std::vector<std::string> out;
    for (std::string_view row : edict_ja.find(head)) {
        const auto glosses = split(row.substr(row.find('\t') + 1), '|');  // P or - | gloss | gloss ...
        for (std::size_t g = 1; g < glosses.size() && g <= max; ++g) {
            std::string gloss = fold_case(glosses[g]);
            if (gloss.rfind("to ", 0) == 0) gloss = gloss.substr(3);
            out.push_back(gloss);
        }
        break;  // the first entry of the headword
    }
    return out;
}

const char* const kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                "august", "september", "october", "november", "december"};

// The month (1-12) an English word names, or 0.
int month_of(const std::string& word) {
    for (int m = 0; m < 12; ++m)
        if (word == kMonths[m]) return m + 1;
    return 0;
}

// A day of the month written in digits, or 0.
int day_of(const Token& t) {
    if (t.kind != TokenKind::Number || t.surface.size() > 2) return 0;
    const int d = std::atoi(t.surface.c_str());
    return d >= 1 && d <= 31 ? d : 0;
}

// Amounts: the scale words of each language (a Japanese one multiplies by 10^4, 10^8, 10^12) and currencies.
struct Scale {
    const char* word;
    double factor;
};
const Scale kEnglishScales[] = {{"trillion", 1e12}, {"billion", 1e9}, {"million", 1e6}};
const Scale kJapaneseScales[] = {{"兆", 1e12}, {"億", 1e8}, {"万", 1e4}};
const std::pair<const char*, const char*> kCurrencies[] = {{"yen", "円"}, {"dollars", "ドル"}, {"euros", "ユーロ"}, {"yuan", "元"}};

double english_scale(const std::string& word) {
    for (const Scale& s : kEnglishScales)
        if (word == s.word) return s.factor;
    return 0;
}

// The currency of an English word ("dollar" or "dollars") or a Japanese one, as an index of kCurrencies; -1 when none.
int currency_of(const std::string& word) {
    for (int i = 0; i < static_cast<int>(std::size(kCurrencies)); ++i) {
        const std::string en = kCurrencies[i].first;
        if (word == en || word + "s" == en || word == kCurrencies[i].second) return i;
    }
    return -1;
}

// The amount `total` in the other language's words: 3.5e12 yen → "3.5兆円"; 5.5e11 dollars → "550 billion".
std::string amount_in(double total, int currency, bool japanese) {
    for (const Scale& s : japanese ? kJapaneseScales : kEnglishScales) {
        if (total < s.factor) continue;
        const std::string number = schema::format_percent(total / s.factor);
        if (japanese) return number + s.word + (currency >= 0 ? kCurrencies[currency].second : "");
        // English writes dollars before the number ("$550 billion"): only yen and yuan follow it.
        const bool after = currency == 0 || currency == 3;
        return number + " " + s.word + (after ? std::string(" ") + kCurrencies[currency].first : "");
    }
    return {};
}

bool same_query(const std::vector<Translation>& out, const Xapian::Query& q) {
    const std::string d = q.get_description();
    return std::any_of(out.begin(), out.end(), [&](const Translation& t) { return t.query.get_description() == d; });
}

}  // namespace

std::optional<std::string> Translator::indexed_form(const std::vector<const Token*>& tokens) const {
    const std::string key = Glossary::expression_key(tokens);
    if (key.empty() || !glossary_->indexed(key)) return std::nullopt;
    return schema::expression_term(key);
}

Xapian::Query Translator::words_query(const std::string& text) { return words_query(analyzer_.segmenter().segment(text)); }

Xapian::Query Translator::words_query(const std::vector<Token>& tokens) {
    if (tokens.size() < 2 || tokens.size() > 6) return {};
    std::vector<Xapian::Query> words;
    for (const Token& t : tokens) {
        const std::string exact = exact_term(t);
        if (exact.empty() || !db_.term_exists(exact)) return {};
        words.emplace_back(exact);
    }
    return Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end());
}

Xapian::Query Translator::form_query(const std::string& text) { return form_query(analyzer_.segmenter().segment(text)); }

Xapian::Query Translator::form_query(const std::vector<Token>& tokens) {
    if (tokens.empty() || tokens.size() > 6) return {};
    std::vector<const Token*> form;
    for (const Token& t : tokens) form.push_back(&t);
    // A form the glossary indexes whole is one term, whatever the cut of its words: no positions are read.
    if (const auto whole = indexed_form(form)) return db_.term_exists(*whole) ? Xapian::Query(*whole) : Xapian::Query();
    if (tokens.size() == 1) {
        const Token& t = tokens.front();
        const std::string term = t.kind == TokenKind::Word ? analyzer_.terms().query_stem(t) : exact_term(t);
        return !term.empty() && db_.term_exists(term) ? Xapian::Query(term) : Xapian::Query();
    }
    const bool japanese = std::all_of(tokens.begin(), tokens.end(), [](const Token& t) { return t.kind == TokenKind::Japanese; });
    std::vector<Xapian::Query> words;
    std::string joined;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string exact = exact_term(tokens[i]);
        joined += exact;
        const bool last_word = i + 1 == tokens.size() && tokens[i].kind == TokenKind::Word;
        std::vector<Xapian::Query> present;
        for (const std::string& f : last_word ? number_forms(exact) : std::vector<std::string>{exact})
            if (db_.term_exists(f)) present.emplace_back(f);
        if (!present.empty()) words.emplace_back(Xapian::Query::OP_OR, present.begin(), present.end());
    }
    // A phrase of the words; a Japanese compound may also be one word where the index cut it so.
    std::vector<Xapian::Query> alternatives;
    if (words.size() == tokens.size())
        alternatives.emplace_back(Xapian::Query::OP_PHRASE, words.begin(), words.end(), words.size());
    if (japanese && db_.term_exists(joined)) alternatives.emplace_back(joined);
    if (alternatives.empty()) return {};
    return alternatives.size() == 1 ? alternatives.front()
                                    : Xapian::Query(Xapian::Query::OP_SYNONYM, alternatives.begin(), alternatives.end());
}

std::size_t Translator::english_expression(const std::string& text, const std::vector<Token>& tokens,
                                           std::size_t first, const std::vector<bool>& covered) {
    // A date: "August 1"; an amount: "3.5 trillion yen", "550 billion".
    if (first + 1 < tokens.size() && !covered[first] && !covered[first + 1]) {
        if (month_of(exact_term(tokens[first])) && day_of(tokens[first + 1])) return 2;
        if (tokens[first].kind == TokenKind::Number && english_scale(exact_term(tokens[first + 1])))
            return first + 2 < tokens.size() && !covered[first + 2] && currency_of(exact_term(tokens[first + 2])) >= 0 ? 3 : 2;
    }
    const auto& stopwords = analyzer_.resources().stopwords;
    const auto joined = [&](std::size_t i) {  // nothing but spaces and hyphens since the previous word
        const std::string gap = text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end);
        return gap.find_first_not_of(" -") == std::string::npos;
    };
    const auto usable = [&](std::size_t i) {
        return !covered[i] && tokens[i].kind == TokenKind::Word && (i == first || joined(i));
    };
    if (!usable(first) || stopwords.count(exact_term(tokens[first]))) return 0;
    std::size_t end = first + 1;  // the run of usable words from `first`
    while (end < tokens.size() && end - first < std::max<std::size_t>(glossary_->longest_english(), 4) && usable(end)) ++end;
    for (std::size_t last = end; last > first + 1; --last) {
        if (stopwords.count(exact_term(tokens[last - 1]))) continue;
        std::vector<const Token*> span;
        std::string words;
        for (std::size_t i = first; i < last; ++i) {
            span.push_back(&tokens[i]);
            words += (words.empty() ? "" : " ") + exact_term(tokens[i]);
        }
        if (glossary_->english(Glossary::english_key(span, analyzer_.terms()))) return last - first;
        if (!edict_japanese(words, Xapian::Query()).empty()) return last - first;
    }
    return 0;
}

std::vector<Translation> Translator::translate(const std::vector<const Token*>& unit, const std::string& text,
                                               const Xapian::Query& context) {
    if (unit.empty()) return {};
    const Token& t = *unit.front();
    const bool english = t.kind != TokenKind::Japanese;
    std::vector<Translation> out = date_forms(unit);
    if (out.empty()) out = amount_forms(unit);
    if (out.empty()) out = glossary_forms(unit, text);
    if (!out.empty()) return out;
    if (english) {
        std::string words;
        for (const Token* w : unit) words += (words.empty() ? "" : " ") + exact_term(*w);
        return edict_japanese(words, context);
    }
    out = edict_english(text, context);
    if (out.empty() && unit.size() > 1) out = japanese_parts(unit, text, context);
    return out;
}

std::vector<Translation> Translator::date_forms(const std::vector<const Token*>& unit) {
    // "August 1" ↔ "8月1日": the same day in the other language's words.
    std::string other;
    if (unit.size() == 2 && month_of(exact_term(*unit[0])) && day_of(*unit[1])) {
        other = std::to_string(month_of(exact_term(*unit[0]))) + "月" + std::to_string(day_of(*unit[1])) + "日";
    } else if (unit.size() == 4 && day_of(*unit[0]) <= 12 && unit[1]->surface == "月" && day_of(*unit[2]) &&
               unit[3]->surface == "日" && day_of(*unit[0])) {
        other = std::string(kMonths[day_of(*unit[0]) - 1]) + " " + unit[2]->surface;
    }
    const Xapian::Query q = other.empty() ? Xapian::Query() : form_query(other);
    if (q.empty()) return {};
    return {Translation{other, q, false, {}}};
}

std::vector<Translation> Translator::amount_forms(const std::vector<const Token*>& unit) {
    // "3.5 trillion yen" ↔ "3.5兆円", "5500億ドル" → "550 billion": the same amount in the other language's units.
    if (unit.size() < 2 || unit.size() > 3 || unit[0]->kind != TokenKind::Number) return {};
    const double number = std::atof(exact_term(*unit[0]).c_str());
    const int currency = unit.size() == 3 ? currency_of(exact_term(*unit[2])) : -1;
    if (unit.size() == 3 && currency < 0) return {};
    std::string other;
    if (const double scale = english_scale(exact_term(*unit[1]))) {
        other = amount_in(number * scale, currency, true);
    } else {
        for (const Scale& s : kJapaneseScales)
            if (unit[1]->surface == s.word) other = amount_in(number * s.factor, currency, false);
    }
    const Xapian::Query q = other.empty() ? Xapian::Query() : form_query(other);
    if (q.empty()) return {};
    return {Translation{other, q, false, {}}};
}

std::vector<Translation> Translator::glossary_forms(const std::vector<const Token*>& unit, const std::string& text) {
    const GlossaryEntry* entry = unit.empty() ? nullptr : glossary_entry(unit, text);
    if (!entry) return {};
    std::vector<Translation> out = from_glossary(*entry, unit.front()->kind != TokenKind::Japanese);
    // The user's own form is no expansion of itself.
    const Xapian::Query own = form_query(text);
    if (!own.empty())
        out.erase(std::remove_if(out.begin(), out.end(), [&](const Translation& tr) {
                      return tr.query.get_description() == own.get_description();
                  }), out.end());
    return out;
}

const GlossaryEntry* Translator::glossary_entry(const std::vector<const Token*>& unit, const std::string& text) {
    if (unit.front()->kind != TokenKind::Japanese) return glossary_->english(Glossary::english_key(unit, analyzer_.terms()));
    return glossary_->japanese(text);
}

std::vector<Translation> Translator::from_glossary(const GlossaryEntry& entry, bool english_unit) {
    std::vector<Translation> out;
    const auto add = [&](const std::vector<std::string>& forms, bool synonym) {
        std::size_t added = 0;
        for (const std::string& f : forms) {
            if (added == kMaxGlossaryForms) break;
            const std::vector<Token> tokens = analyzer_.segmenter().segment(f);  // cut once, for both queries
            Xapian::Query q = form_query(tokens);
            if (q.empty() || same_query(out, q)) continue;
            std::vector<const Token*> form;
            for (const Token& t : tokens) form.push_back(&t);
            out.push_back(Translation{f, q, synonym, indexed_form(form) ? words_query(tokens) : Xapian::Query()});
            ++added;
        }
    };
    add(entry.english, english_unit);
    add(entry.japanese, !english_unit);
    return out;
}

std::vector<Translation> Translator::edict_japanese(const std::string& english, const Xapian::Query& context) {
    const Resources& res = analyzer_.resources();
    const std::vector<std::string> forms = gloss_forms(english);
    // (rank of the words among the candidate's own glosses, sense position, candidate)
    std::vector<std::tuple<std::size_t, std::size_t, std::string>> ranked;
    for (const std::string& form : forms) {
        for (std::string_view row : res.edict_en->find(form)) {
            if (row.rfind("J\t", 0) != 0) continue;
            const auto f = split(row.substr(2), '|');  // head | P | gloss index | w
            if (f.size() < 3 || f[1] != "P" || (!has_kanji(f[0]) && !all_katakana(f[0]))) continue;
            // The round trip: the candidate's first glosses must lead back to the words.
            const auto back = first_glosses(*res.edict_ja, f[0], 3);
            const auto at = std::find_first_of(back.begin(), back.end(), forms.begin(), forms.end());
            if (at != back.end()) ranked.emplace_back(at - back.begin(), std::stoul(f[2]), f[0]);
        }
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<Translation> out;
    for (const auto& candidate : ranked) {
        const std::string& head = std::get<2>(candidate);  // a lambda may not capture a structured binding
        if (std::any_of(out.begin(), out.end(), [&](const Translation& t) { return t.text == head; })) continue;
        Xapian::Query q = form_query(head);
        if (!q.empty()) out.push_back(Translation{head, q, false, {}});
    }
    prefer_context(out, context, kMaxEdictForms);
    return out;
}

std::vector<Translation> Translator::edict_english(const std::string& japanese, const Xapian::Query& context) {
    std::vector<Translation> out;
    for (const std::string& gloss : first_glosses(*analyzer_.resources().edict_ja, japanese, 3)) {
        Xapian::Query q = form_query(gloss);
        // "defense" and "defence" search the same stem: one translation.
        if (!q.empty() && !same_query(out, q)) out.push_back(Translation{gloss, q, false, {}});
    }
    prefer_context(out, context, kMaxEdictForms);
    return out;
}

std::vector<Translation> Translator::japanese_parts(const std::vector<const Token*>& unit, const std::string& text,
                                                    const Xapian::Query& context) {
    // The compound as the longest pieces the glossary or EDICT knows, left to right: 国防費増額 → 国防費 + 増額.
    std::vector<Xapian::Query> pieces;
    std::string shown;
    for (std::size_t i = 0; i < unit.size();) {
        std::size_t next = i + 1;
        for (std::size_t j = unit.size(); j > i; --j) {
            if (i == 0 && j == unit.size()) continue;  // the whole compound was tried already
            const std::string piece = text.substr(unit[i]->begin - unit.front()->begin, unit[j - 1]->end - unit[i]->begin);
            const std::vector<Translation> translations = japanese_piece(piece, context);
            if (translations.empty()) continue;
            std::vector<Xapian::Query> alternatives;
            for (const Translation& t : translations) alternatives.push_back(t.query);
            pieces.emplace_back(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
            shown += (shown.empty() ? "" : " + ") + translations.front().text;
            next = j;
            break;
        }
        i = next;
    }
    if (pieces.empty()) return {};
    return {Translation{shown, Xapian::Query(Xapian::Query::OP_AND, pieces.begin(), pieces.end()), false, {}}};
}

std::vector<Translation> Translator::japanese_piece(const std::string& surface, const Xapian::Query& context) {
    if (const GlossaryEntry* entry = glossary_->japanese(surface)) {
        std::vector<Translation> out = from_glossary(*entry, false);
        out.erase(std::remove_if(out.begin(), out.end(), [](const Translation& t) { return t.synonym; }), out.end());
        if (!out.empty()) return out;
    }
    // One kanji alone is too vague to translate (費 "cost", 案 "plan"): pieces have two characters or more.
    if (surface.size() <= 3) return {};
    return edict_english(surface, context);
}

void Translator::prefer_context(std::vector<Translation>& candidates, const Xapian::Query& context, std::size_t max) {
    if (!context.empty() && candidates.size() > 1) {
        // Glosses found in articles beside the query's other concepts first ("tariff", not "duty", beside cars).
        std::vector<bool> shared;
        for (const Translation& t : candidates) {
            Xapian::Enquire enquire(db_);
            enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, t.query, context));
            enquire.set_weighting_scheme(Xapian::BoolWeight());
            shared.push_back(enquire.get_mset(0, 1).size() > 0);
        }
        std::vector<Translation> sorted;
        for (int pass = 0; pass < 2; ++pass)
            for (std::size_t i = 0; i < candidates.size(); ++i)
                if (shared[i] == (pass == 0)) sorted.push_back(candidates[i]);
        candidates = std::move(sorted);
    }
    if (candidates.size() > max) candidates.resize(max);
}

}  // namespace geofacet
