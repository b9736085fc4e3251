#include "search/concept_reader.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "schema/schema.h"
#include "search/percent_query.h"
#include "search/query_words.h"
#include "text/normaliser.h"
#include "text/script.h"

namespace geofacet {

namespace {

// The user's own words count fully; a synonym of their language or a translation less, so that at equal
// centrality the articles with the words typed come first.
constexpr double kSynonymWeight = 0.7;
constexpr double kTranslationWeight = 0.7;
// An expression's words found apart ("budget for defence" for "defence budget") count half.
constexpr double kLooseWordsWeight = 0.5;

// Japanese words that carry no meaning of their own in a query: particles, auxiliaries, symbols, formal
// nouns and dependent verbs, and the light verbs and question words of the stop list.
bool japanese_function_word(const Token& t, const std::unordered_set<std::string>& stopwords) {
    return t.is("助詞") || t.is("助動詞") || t.is("記号") || t.is("名詞,非自立") || t.is("動詞,非自立") ||
           stopwords.count(t.base.empty() ? t.surface : t.base);
}
bool japanese_compound_part(const Token& t) { return t.is("名詞") || t.is("接頭詞"); }

Xapian::Query any_of(const std::vector<Xapian::Query>& queries) {
    return queries.size() == 1 ? queries.front() : Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

// Alternatives weighed as one word.
Xapian::Query one_word(const std::vector<Xapian::Query>& queries) {
    return queries.size() == 1 ? queries.front() : Xapian::Query(Xapian::Query::OP_SYNONYM, queries.begin(), queries.end());
}

// `own` (may be empty) or the synonyms or the translations, each group weighing as one word, less than `own`.
Xapian::Query weighed_forms(const Xapian::Query& own, const std::vector<Xapian::Query>& synonyms,
                            const std::vector<Xapian::Query>& translations) {
    std::vector<Xapian::Query> all;
    if (!own.empty()) all.push_back(own);
    if (!synonyms.empty()) all.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, one_word(synonyms), kSynonymWeight);
    if (!translations.empty()) all.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, one_word(translations), kTranslationWeight);
    return all.empty() ? Xapian::Query() : any_of(all);
}

// The query of consecutive tokens meant as one unit: a word, a phrase of glued words ("2+2"), a
// Japanese compound (防衛費 as 防衛+費, or as one word where another text cut it so).
Xapian::Query unit_query(const std::vector<const Token*>& tokens, TermFormer& former) {
    if (tokens.size() == 1) {
        const Token& t = *tokens.front();
        const TokenTerms terms = former.terms_of(t);
        const std::string& stem = terms.query_stem();
        if (t.kind == TokenKind::Word && !stem.empty()) return Xapian::Query(stem);
        // A conjugated Japanese word is also found in its other forms; otherwise the word itself.
        if (t.kind == TokenKind::Japanese && !stem.empty() && stem != schema::kStemPrefix + terms.exact)
            return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(terms.exact), Xapian::Query(stem));
        return Xapian::Query(terms.exact);
    }
    std::vector<Xapian::Query> words;
    std::string joined;
    bool japanese = true;
    for (const Token* t : tokens) {
        words.emplace_back(exact_term(*t));
        joined += exact_term(*t);
        japanese = japanese && t->kind == TokenKind::Japanese;
    }
    Xapian::Query phrase(Xapian::Query::OP_PHRASE, words.begin(), words.end(), words.size());
    // A phrase weighs as one word, not as the sum of its words: every concept counts alike.
    if (!japanese) return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, phrase, 1.0 / static_cast<double>(words.size()));
    return Xapian::Query(Xapian::Query::OP_SYNONYM, phrase, Xapian::Query(joined));
}

std::string surface_of(const std::vector<const Token*>& tokens, const std::string& text) {
    return tokens.empty() ? std::string() : text.substr(tokens.front()->begin, tokens.back()->end - tokens.front()->begin);
}

// The entity mentions of a query that no longer mention contains ("Bank of Japan" is the bank, not Japan),
// in text order: one sweep over the mentions sorted by start, longest first.
std::vector<const Mention*> outermost_mentions(const std::vector<Mention>& all) {
    std::vector<const Mention*> sorted;
    for (const Mention& m : all) sorted.push_back(&m);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Mention* a, const Mention* b) {
        return a->begin != b->begin ? a->begin < b->begin : a->end > b->end;
    });
    std::vector<const Mention*> out;
    std::size_t reach = 0;  // the furthest end of the mentions kept so far
    for (const Mention* m : sorted) {
        const bool same_span_as_kept = !out.empty() && out.back()->begin == m->begin && out.back()->end == m->end;
        if (m->end <= reach && !same_span_as_kept) continue;  // inside a longer one
        out.push_back(m);
        reach = std::max(reach, m->end);
    }
    return out;
}

// The concept of an actor or country mention: its facet term, and the words as well.
Concept entity_concept(const Mention& m, const std::vector<const Token*>& span, const Resources& res, TermFormer& former) {
    Concept c;
    c.text = m.text;
    c.value = m.value;
    std::vector<Xapian::Query> alternatives;
    if (m.facet == Facet::Country) {
        c.kind = "country";
        const Country* country = res.countries->by_code(m.value);
        c.label = country ? country->label_en : m.value;
        alternatives.emplace_back(schema::country_term(m.value));
    } else {
        c.kind = "actor";
        const Actor* actor = res.gazetteer->by_id(m.value);
        c.label = actor ? actor->label_en : m.value;
        alternatives.emplace_back(schema::actor_term(m.value));
    }
    // The words themselves still count, so that an article the extractor missed is found too; the two weigh
    // as one word (a mention is found as both).
    if (!span.empty()) alternatives.push_back(unit_query(span, former));
    c.query = one_word(alternatives);
    return c;
}

// The tokens that name a person (not an organisation: 自民党総裁選 is an election, not a title of the party).
std::vector<bool> person_tokens(const Analysis& a, const Resources& res) {
    std::vector<bool> person(a.tokens.size(), false);
    const TextView view = a.view();
    for (const Mention& m : a.mentions) {
        if (m.facet != Facet::Actor) continue;
        const Actor* actor = res.gazetteer->by_id(m.value);
        if (actor ? !actor->is_person() : m.name_parts.empty()) continue;
        const auto [first, last] = view.tokens_within(m.begin, m.end);
        for (std::size_t ti = first; ti < last; ++ti) person[ti] = true;
    }
    return person;
}

// Titles beside a person belong to the name, not the search words: "Prime Minister Ishiba", "石破首相".
void absorb_titles(const Analysis& a, const Resources& res, std::vector<bool>& covered) {
    const TitleMarks titles = res.titles->mark(a.view());
    const std::vector<bool> person = person_tokens(a, res);
    for (std::size_t p = 0; p < a.pieces.size(); ++p) {
        if (!titles.in_title[p] || covered[a.pieces[p].token]) continue;
        std::size_t q = p;  // the end of this title
        while (q + 1 < a.pieces.size() && titles.in_title[q + 1]) ++q;
        const bool person_after = q + 1 < a.pieces.size() && person[a.pieces[q + 1].token];
        const bool person_before = p > 0 && person[a.pieces[p - 1].token];
        if (person_after || person_before)
            for (std::size_t k = p; k <= q; ++k) covered[a.pieces[k].token] = true;
        p = q;
    }
}

// A counter or scale after a number: 8月, 1日, 2025年, 兆, 円, ドル.
bool counter(const Token& t) {
    return t.kind == TokenKind::Japanese && (t.surface.size() == 3 || t.is("名詞,接尾,助数詞") || t.is("名詞,数"));
}

// The tokens from `first` that make one unit of meaning: a Japanese compound whole, glued English words
// as one phrase ("2+2", "Indo-Pacific"), numbers with their counters ("8月1日"). Empty when the token
// carries no meaning (a particle, a stop word).
std::vector<const Token*> word_unit_at(const Analysis& a, std::size_t first, const std::vector<bool>& covered,
                                       const Resources& res, const std::unordered_set<std::string>& japanese_stopwords) {
    const Token& t = a.tokens[first];
    std::vector<const Token*> unit{&t};
    const bool japanese = t.kind == TokenKind::Japanese;
    if (japanese && japanese_function_word(t, japanese_stopwords)) return {};
    const auto joins = [&](std::size_t next) {
        const Token& n = a.tokens[next];
        if (covered[next] || !n.glued) return false;
        if (t.kind == TokenKind::Number) return n.kind == TokenKind::Number || counter(n);
        return japanese ? n.kind == TokenKind::Japanese && japanese_compound_part(t) && japanese_compound_part(n)
                        : n.kind != TokenKind::Japanese;
    };
    for (std::size_t next = first + 1; next < a.tokens.size() && joins(next); ++next) unit.push_back(&a.tokens[next]);
    if (!japanese && unit.size() == 1 && t.kind == TokenKind::Word && res.stopwords.count(exact_term(t))) return {};
    return unit;
}

}  // namespace

// A concept, where its text starts (concepts are listed in the order typed), the words it was read from
// (none for entities, which cross languages by their ids) and, for a percentage, what it is of.
struct ConceptReader::Unit {
    std::size_t begin;
    Concept concept;
    std::vector<const Token*> words;
    std::string of;
    std::vector<const Token*> span;  // an entity's tokens
};

ConceptReader::ConceptReader(Analyzer& analyzer, const Xapian::Database& db)
    : analyzer_(analyzer),
      db_(db),
      translator_(analyzer, db, analyzer.resources().glossary),
      japanese_stopwords_(japanese_stopwords(analyzer.resources())) {}

std::vector<Concept> ConceptReader::concepts_of(const std::string& text) {
    const Analysis a = analyzer_.analyse(text, true);
    const Resources& res = analyzer_.resources();
    std::vector<bool> covered(a.tokens.size(), false);
    std::vector<Unit> units;
    const std::string& text_n = a.normalised.text();
    std::unordered_set<std::size_t> decades;  // where "台" follows a percentage: "20%台", the twenties
    std::unordered_map<std::size_t, std::size_t> unit_at;  // where a unit starts → its index
    const TextView view = a.view();
    for (const Mention* m : outermost_mentions(a.mentions)) {
        if (decades.count(m->begin)) continue;  // 台 is no actor there
        const bool decade = m->facet == Facet::Percent && text_n.compare(m->end, 3, "台") == 0;
        if (decade) decades.insert(m->end);
        const auto [first, last] = view.tokens_within(m->begin, m->end + (decade ? 3 : 0));
        // Mentions of one span in different facets join one concept; past the limit, none is read.
        const auto [at, fresh] = unit_at.emplace(m->begin, units.size());
        if (fresh && units.size() > kMaxConcepts) break;
        std::vector<const Token*> span;
        for (std::size_t ti = first; ti < last; ++ti) {
            span.push_back(&a.tokens[ti]);
            covered[ti] = true;
        }
        // A percentage is only its terms: a bare "5" must not match "5 billion".
        Concept c = m->facet == Facet::Percent ? percent_concept(*m, decade, res, db_)
                                               : entity_concept(*m, span, res, analyzer_.terms());
        if (!fresh)
            units[at->second].concept.query = Xapian::Query(Xapian::Query::OP_OR, units[at->second].concept.query, c.query);
        else
            units.push_back(Unit{m->begin, std::move(c), {}, m->facet == Facet::Percent ? m->of : "", span});
    }
    absorb_titles(a, res, covered);
    absorb_percent_subjects(a, units, covered);
    read_words(a, covered, units);
    if (translate_) add_translations(units);
    for (Unit& u : units)
        if (u.words.size() == 1) add_name_part(u.concept, *u.words.front());
    std::stable_sort(units.begin(), units.end(), [](const Unit& x, const Unit& y) { return x.begin < y.begin; });
    std::vector<Concept> out;
    for (Unit& u : units) out.push_back(std::move(u.concept));
    return out;
}

void ConceptReader::absorb_percent_subjects(const Analysis& a, std::vector<Unit>& units, std::vector<bool>& covered) {
    // The words that said what a percentage is of ("of GDP", "defence spending", "GDP比") belong to it: an
    // article whose 5 is a growth rate must not earn them as a concept of their own.
    const std::string& text = a.normalised.text();
    for (Unit& u : units) {
        if (u.of.empty()) continue;
        const std::vector<std::string> cues = analyzer_.resources().percent_subjects->cues_of(u.of);
        std::vector<Xapian::Query> cue_words;
        for (std::size_t first = 0; first < a.tokens.size(); ++first) {
            for (std::size_t last = std::min(a.tokens.size(), first + 4); last > first; --last) {
                if (std::any_of(covered.begin() + first, covered.begin() + last, [](bool c) { return c; })) continue;
                const std::string words = fold_case(text.substr(a.tokens[first].begin, a.tokens[last - 1].end - a.tokens[first].begin));
                if (std::find(cues.begin(), cues.end(), words) == cues.end()) continue;
                std::vector<const Token*> span;
                for (std::size_t k = first; k < last; ++k) {
                    span.push_back(&a.tokens[k]);
                    covered[k] = true;
                }
                cue_words.push_back(unit_query(span, analyzer_.terms()));
                u.concept.text += " " + words;
                break;
            }
        }
        if (cue_words.empty()) continue;
        const Xapian::Query cues_query = any_of(cue_words);
        u.concept.query = Xapian::Query(Xapian::Query::OP_OR, u.concept.query,
                                        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, cues_query, kLooseWordsWeight));
        TierPart& subject = u.concept.tier.back();
        subject.query = Xapian::Query(Xapian::Query::OP_OR, subject.query, cues_query);
    }
}

void ConceptReader::read_words(const Analysis& a, std::vector<bool>& covered, std::vector<Unit>& units) {
    // English words one by one, or as an expression the glossary or EDICT knows ("lower house"); glued
    // words as a phrase; Japanese compounds whole.
    const std::string& text = a.normalised.text();
    for (std::size_t ti = 0; ti < a.tokens.size() && units.size() <= kMaxConcepts; ++ti) {
        if (covered[ti]) continue;
        std::vector<const Token*> unit;
        const std::size_t expression = translator_.english_expression(text, a.tokens, ti, covered);
        for (std::size_t k = ti; k < ti + expression; ++k) unit.push_back(&a.tokens[k]);
        if (unit.empty()) unit = word_unit_at(a, ti, covered, analyzer_.resources(), *japanese_stopwords_);
        if (unit.empty()) continue;
        const Token& t = *unit.front();
        Concept c;
        c.kind = expression ? "expression" : unit.size() > 1 && t.kind != TokenKind::Japanese ? "phrase" : "word";
        c.text = c.value = c.label = surface_of(unit, text);
        if (expression) {
            c.query = expression_query(unit, c.text, c.boost);
        } else {  // a Japanese compound the glossary indexes whole is one term (防衛費), else its words
            const auto whole = translator_.indexed_form(unit);
            c.query = whole ? Xapian::Query(*whole) : unit_query(unit, analyzer_.terms());
            if (whole) c.boost = translator_.words_query(c.text);  // as its translations' words do
        }
        for (std::size_t k = ti; k < ti + unit.size(); ++k) covered[k] = true;
        units.push_back(Unit{t.begin, std::move(c), unit, {}, {}});
        ti += unit.size() - 1;
    }
}

Xapian::Query ConceptReader::expression_query(const std::vector<const Token*>& words, const std::string& text,
                                             Xapian::Query& boost) {
    // The expression as a phrase; its content words anywhere in the article count less, unless it holds a
    // number: "August 1" or "3.5 trillion yen" are nothing but themselves.
    const Xapian::Query phrase = translator_.form_query(text);
    const bool exact = std::any_of(words.begin(), words.end(), [](const Token* w) { return w->kind == TokenKind::Number; });
    if (exact) return phrase.empty() ? Xapian::Query::MatchNothing : phrase;
    std::vector<Xapian::Query> stems;
    for (const Token* w : words)
        if (!analyzer_.resources().stopwords.count(exact_term(*w))) stems.emplace_back(analyzer_.terms().query_stem(*w));
    // Both weigh as one word, whatever the number of words.
    const double per_word = 1.0 / static_cast<double>(std::max<std::size_t>(1, stems.size()));
    const Xapian::Query loose(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(Xapian::Query::OP_AND, stems.begin(), stems.end()),
                              kLooseWordsWeight * per_word);
    // The phrase's words make the same stems, so every article with the phrase has the loose words too: the
    // phrase only adds weight (the boost), and a count, which needs no weights, never reads a position.
    if (!phrase.empty()) boost = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, phrase, per_word);
    return loose;
}

void ConceptReader::add_translations(std::vector<Unit>& units) {
    std::vector<Xapian::Query> own;  // each concept's own query: the context that chooses among glosses
    for (const Unit& u : units) own.push_back(u.concept.query);
    for (std::size_t i = 0; i < units.size(); ++i) {
        Unit& u = units[i];
        std::vector<Xapian::Query> others;
        for (std::size_t j = 0; j < own.size(); ++j)
            if (j != i) others.push_back(own[j]);
        const Xapian::Query context = others.empty() ? Xapian::Query() : any_of(others);
        if (u.words.empty()) {
            // An actor's other names are forms of the same actor, weighed with its id as one word.
            for (const Translation& tr : actor_names(u)) {
                u.concept.query = Xapian::Query(Xapian::Query::OP_SYNONYM, u.concept.query, tr.query);
                u.concept.expansions.push_back(tr.text);
            }
            continue;
        }
        std::vector<Xapian::Query> synonyms, translations, synonym_words, translation_words;
        for (const Translation& tr : translator_.translate(u.words, u.concept.text, context)) {
            (tr.synonym ? synonyms : translations).push_back(tr.query);
            if (!tr.words.empty()) (tr.synonym ? synonym_words : translation_words).push_back(tr.words);
            u.concept.expansions.push_back(tr.text);
        }
        // Other forms weigh less than the words the user typed, so that articles with those rank first; the
        // forms of a group weigh as one word (OP_SYNONYM), so that three translations never outweigh it.
        u.concept.query = weighed_forms(u.concept.query, synonyms, translations);
        // A form matched by its expression term also weighs, among the best matches, as its words do.
        if (!synonym_words.empty() || !translation_words.empty())
            u.concept.boost = weighed_forms(u.concept.boost, synonym_words, translation_words);
    }
}

std::vector<Translation> ConceptReader::actor_names(const Unit& u) {
    // Entities cross languages by their ids; an actor also by its name in the other script and the
    // glossary's forms, for the articles whose extractor missed it (「漢光」 for "Han Kuang").
    if (u.concept.kind != "actor" || u.span.empty()) return {};
    std::vector<Translation> out = translator_.glossary_forms(u.span, u.concept.text);
    if (const Actor* actor = analyzer_.resources().gazetteer->by_id(u.concept.value)) {
        const std::string& other = has_japanese(u.concept.text) ? actor->label_en : actor->label_ja;
        // Its words in any order, not their phrase: the id term finds every article where the extractor knew
        // the name, so the words only catch the rest, and need no positions (石破 AND 茂).
        Xapian::Query q = other.empty() ? Xapian::Query() : translator_.words_query(other);
        if (q.empty() && !other.empty()) q = translator_.form_query(other);
        if (!q.empty()) out.push_back(Translation{other, q, false, {}});
    }
    return out;
}

void ConceptReader::add_name_part(Concept& c, const Token& t) {
    // A word may be the name of a person the gazetteer lacks, written in another script elsewhere:
    // "nakatani" finds 中谷, "中谷" finds Nakatani, when the archive holds that name part.
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Japanese) return;
    for (const std::string& part : analyzer_.names().any_part(t.surface, t.reading)) {
        const std::string term = schema::name_part_term(part);
        if (!db_.term_exists(term)) continue;
        c.query = Xapian::Query(Xapian::Query::OP_OR, c.query, Xapian::Query(term));
        c.expansions.push_back("name part " + part);
        return;
    }
}

Concept ConceptReader::phrase_concept(const std::string& text) {
    const Analysis a = analyzer_.analyse(text, true);
    std::vector<const Token*> tokens;
    for (const Token& t : a.tokens) tokens.push_back(&t);
    Concept c;
    c.kind = "phrase";
    c.text = c.value = c.label = text;
    c.query = tokens.empty() ? Xapian::Query::MatchNothing : unit_query(tokens, analyzer_.terms());
    return c;
}

}  // namespace geofacet
