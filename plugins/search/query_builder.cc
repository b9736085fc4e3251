#include "search/query_builder.h"

#include <algorithm>

#include "schema/schema.h"
#include "search/query_lexer.h"
#include "search/translator.h"
#include "text/normaliser.h"

namespace geofacet {

namespace {

// QueryParser sees each concept as "geofacetconcept:N"; this processor hands back concept N.
constexpr const char* kConceptField = "geofacetconcept";

class ConceptFieldProcessor : public Xapian::FieldProcessor {
  public:
    explicit ConceptFieldProcessor(std::shared_ptr<std::vector<Xapian::Query>> slots) : slots_(std::move(slots)) {}
    Xapian::Query operator()(const std::string& n) override {
        const std::size_t i = std::strtoul(n.c_str(), nullptr, 10);
        return i < slots_->size() ? (*slots_)[i] : Xapian::Query::MatchNothing;
    }

  private:
    std::shared_ptr<std::vector<Xapian::Query>> slots_;
};

// Translations count half as much as the words the user typed.
constexpr double kTranslationWeight = 0.5;

const std::vector<std::string> kFields = {"actor", "country", "percent", "percent_range", "lang", "source", "date"};

// Japanese words that carry no meaning of their own in a query: particles, auxiliaries, symbols.
bool japanese_function_word(const Token& t) { return t.is("助詞") || t.is("助動詞") || t.is("記号"); }
bool japanese_compound_part(const Token& t) { return t.is("名詞") || t.is("接頭詞"); }


}  // namespace

std::string Interpretation::summary() const {
    std::string s;
    const auto add = [&](const std::string& part) { s += (s.empty() ? "" : " · ") + part; };
    std::string words;
    for (const Concept& c : concepts) {
        if (c.kind == "word" || c.kind == "phrase") {
            words += (words.empty() ? "" : ", ") + std::string(c.excluded ? "not " : "") +
                     (c.kind == "phrase" ? "\"" + c.text + "\"" : c.text);
            std::string also;
            for (const std::string& e : c.expansions) also += (also.empty() ? "" : ", ") + e;
            if (!also.empty()) words += " (also " + also + ")";
            continue;
        }
        const std::string kind = c.kind == "percent" ? "percentage" : c.kind;
        add((c.excluded ? "not " : "") + kind + " " + c.label + (c.kind == "percent" ? "" : " (" + c.value + ")"));
    }
    if (!words.empty()) add("words: " + words);
    for (const FilterNote& f : filters)
        add("filter " + f.facet + "=" + (f.resolved ? f.label : "'" + f.typed + "' (not understood)"));
    for (const std::string& n : notes) add(n);
    return s;
}

QueryBuilder::QueryBuilder(Analyzer& analyzer, FilterResolver& filters)
    : analyzer_(analyzer), filters_(filters), slots_(std::make_shared<std::vector<Xapian::Query>>()) {
    add_filter_processors(qp_, filters_);
    qp_.add_prefix(kConceptField, (new ConceptFieldProcessor(slots_))->release());
}

namespace {

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
    if (!japanese) return phrase;
    return Xapian::Query(Xapian::Query::OP_OR, phrase, Xapian::Query(joined));
}

std::string surface_of(const std::vector<const Token*>& tokens, const std::string& text) {
    return tokens.empty() ? std::string() : text.substr(tokens.front()->begin, tokens.back()->end - tokens.front()->begin);
}

// A concept, and where its text starts (concepts are listed in the order typed).
struct Unit {
    std::size_t begin;
    Concept concept;
};

// The entity mentions of a query that no longer mention contains ("Bank of Japan" is the bank, not Japan).
std::vector<const Mention*> outermost_mentions(const std::vector<Mention>& all) {
    std::vector<const Mention*> out;
    for (const Mention& m : all) {
        bool inside = false;
        for (const Mention& o : all)
            if (&o != &m && o.begin <= m.begin && o.end >= m.end && (o.end - o.begin) > (m.end - m.begin)) inside = true;
        if (!inside) out.push_back(&m);
    }
    return out;
}

// The concept of one entity mention: its facet term, and for actors and countries the words as well.
Concept entity_concept(const Mention& m, const std::vector<const Token*>& span, const Resources& res, TermFormer& former) {
    Concept c;
    c.text = m.text;
    c.value = m.value;
    std::vector<Xapian::Query> alternatives;
    if (m.facet == Facet::Percent) {
        c.kind = "percent";
        c.label = m.value + "%";
        alternatives.emplace_back(schema::percent_term(m.value));
    } else if (m.facet == Facet::Country) {
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
    // The words themselves still count, so that an article the extractor missed is found too; never for
    // percentages: a bare "5" must not match "5 billion".
    if (m.facet != Facet::Percent && !span.empty()) alternatives.push_back(unit_query(span, former));
    c.query = alternatives.size() == 1 ? alternatives.front()
                                       : Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
    return c;
}

// The concepts of the entity mentions; marks the tokens they cover. Mentions of one span in different
// facets join one concept.
std::vector<Unit> entity_units(const Analysis& a, const Resources& res, TermFormer& former, std::vector<bool>& covered) {
    std::vector<Unit> units;
    for (const Mention* m : outermost_mentions(a.mentions)) {
        std::vector<const Token*> span;
        for (std::size_t ti = 0; ti < a.tokens.size(); ++ti)
            if (a.tokens[ti].begin >= m->begin && a.tokens[ti].end <= m->end) {
                span.push_back(&a.tokens[ti]);
                covered[ti] = true;
            }
        Concept c = entity_concept(*m, span, res, former);
        auto same = std::find_if(units.begin(), units.end(), [&](const Unit& u) { return u.begin == m->begin; });
        if (same != units.end())
            same->concept.query = Xapian::Query(Xapian::Query::OP_OR, same->concept.query, c.query);
        else
            units.push_back(Unit{m->begin, std::move(c)});
    }
    return units;
}

// Titles beside a person belong to the name, not the search words: "Prime Minister Ishiba", "石破首相".
void absorb_titles(const Analysis& a, const Resources& res, std::vector<bool>& covered) {
    const TitleMarks titles = res.titles->mark(a.view());
    for (std::size_t p = 0; p < a.pieces.size(); ++p) {
        if (!titles.in_title[p] || covered[a.pieces[p].token]) continue;
        std::size_t q = p;  // the end of this title
        while (q + 1 < a.pieces.size() && titles.in_title[q + 1]) ++q;
        const bool person_after = q + 1 < a.pieces.size() && covered[a.pieces[q + 1].token];
        const bool person_before = p > 0 && covered[a.pieces[p - 1].token];
        if (person_after || person_before)
            for (std::size_t k = p; k <= q; ++k) covered[a.pieces[k].token] = true;
        p = q;
    }
}

// The tokens from `first` that make one unit of meaning: a Japanese compound whole, glued English words
// as one phrase ("2+2", "Indo-Pacific"). Empty when the token carries no meaning (a particle, a stop word).
std::vector<const Token*> word_unit_at(const Analysis& a, std::size_t first, const std::vector<bool>& covered,
                                       const Resources& res) {
    const Token& t = a.tokens[first];
    std::vector<const Token*> unit{&t};
    const bool japanese = t.kind == TokenKind::Japanese;
    if (japanese && japanese_function_word(t)) return {};
    const auto joins = [&](std::size_t next) {
        const Token& n = a.tokens[next];
        if (covered[next] || !n.glued) return false;
        return japanese ? n.kind == TokenKind::Japanese && japanese_compound_part(t) && japanese_compound_part(n)
                        : n.kind != TokenKind::Japanese;
    };
    for (std::size_t next = first + 1; next < a.tokens.size() && joins(next); ++next) unit.push_back(&a.tokens[next]);
    if (!japanese && unit.size() == 1 && t.kind == TokenKind::Word && res.stopwords.count(exact_term(t))) return {};
    return unit;
}

}  // namespace

void QueryBuilder::add_translations(Concept& c, const std::vector<const Token*>& unit, Translator& translator) {
    const Token& t = *unit.front();
    std::vector<Translation> translations;
    if (t.kind == TokenKind::Word && unit.size() == 1) {
        translations = translator.to_japanese(exact_term(t));
    } else if (t.kind == TokenKind::Japanese) {
        translations = translator.to_english(c.text);
        if (translations.empty() && unit.size() > 1) translations = translator.to_english(t.surface);
    }
    if (translations.empty()) return;
    std::vector<Xapian::Query> alternatives;
    for (const Translation& tr : translations) {
        alternatives.push_back(tr.query);
        c.expansions.push_back(tr.text);
    }
    // The word in the other language weighs less than the user's own word.
    const Xapian::Query other(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
    c.query = Xapian::Query(Xapian::Query::OP_OR, c.query,
                            Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, other, kTranslationWeight));
}

void QueryBuilder::add_name_part(Concept& c, const Token& t) {
    // A word may be the name of a person the gazetteer lacks, written in another script elsewhere:
    // "nakatani" finds 中谷, "中谷" finds Nakatani, when the archive holds that name part.
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Japanese) return;
    for (const std::string& part : analyzer_.names().any_part(t.surface, t.reading)) {
        const std::string term = schema::name_part_term(part);
        if (!filters_.database().term_exists(term)) continue;
        c.query = Xapian::Query(Xapian::Query::OP_OR, c.query, Xapian::Query(term));
        c.expansions.push_back("name part " + part);
        return;
    }
}

std::vector<Concept> QueryBuilder::concepts_of(const std::string& text) {
    const Analysis a = analyzer_.analyse(text, true);
    const Resources& res = analyzer_.resources();
    std::vector<bool> covered(a.tokens.size(), false);
    std::vector<Unit> units = entity_units(a, res, analyzer_.terms(), covered);
    absorb_titles(a, res, covered);

    // The remaining tokens: English words one by one (glued ones as a phrase), Japanese compounds whole.
    Translator translator(analyzer_, filters_.database());
    for (std::size_t ti = 0; ti < a.tokens.size(); ++ti) {
        if (covered[ti]) continue;
        const std::vector<const Token*> unit = word_unit_at(a, ti, covered, res);
        if (unit.empty()) continue;
        const Token& t = *unit.front();
        Concept c;
        c.kind = unit.size() > 1 && t.kind != TokenKind::Japanese ? "phrase" : "word";
        c.text = c.value = c.label = surface_of(unit, a.normalised.text());
        c.query = unit_query(unit, analyzer_.terms());
        if (translate_) add_translations(c, unit, translator);
        if (unit.size() == 1) add_name_part(c, t);
        units.push_back(Unit{t.begin, std::move(c)});
        ti += unit.size() - 1;
    }
    std::stable_sort(units.begin(), units.end(), [](const Unit& x, const Unit& y) { return x.begin < y.begin; });
    std::vector<Concept> out;
    for (Unit& u : units) out.push_back(std::move(u.concept));
    return out;
}

Concept QueryBuilder::phrase_concept(const std::string& text) {
    const Analysis a = analyzer_.analyse(text, true);
    std::vector<const Token*> tokens;
    for (const Token& t : a.tokens) tokens.push_back(&t);
    Concept c;
    c.kind = "phrase";
    c.text = c.value = c.label = text;
    c.query = tokens.empty() ? Xapian::Query::MatchNothing : unit_query(tokens, analyzer_.terms());
    return c;
}

QueryBuilder::Rewritten QueryBuilder::rewrite(const std::string& text, Interpretation& interpretation) {
    Rewritten r;
    const auto add_concept = [&](Concept c, const std::string& modifier, bool after_not) {
        c.excluded = modifier == "-" || after_not;
        r.query += " " + modifier + kConceptField + ":" + std::to_string(slots_->size());
        slots_->push_back(c.query);
        if (c.kind != "percent" && c.kind != "actor" && c.kind != "country")
            interpretation.remaining_text += (interpretation.remaining_text.empty() ? "" : " ") + c.text;
        interpretation.concepts.push_back(std::move(c));
    };
    // Field filters at the top level apply to the whole query ("tariff NOT Akazawa date:..": the date
    // range filters everything, not only the negated part); a negated or bracketed one stays in place.
    int depth = 0;
    std::string previous;
    for (const QueryPart& part : lex_query(text, kFields)) {
        if (part.kind == QueryPart::Syntax) {
            const bool field = part.text.find(':') != std::string::npos && part.text[0] != '-' && part.text[0] != '+';
            if (field && depth == 0 && previous != "NOT") {
                r.top_filters += " " + part.text;
            } else {
                r.query += " " + part.text;
                depth += part.text == "(" ? 1 : part.text == ")" ? -1 : 0;
            }
            previous = part.text;
            continue;
        }
        const bool after_not = previous == "NOT";  // NOT takes the next concept only
        previous.clear();
        if (part.kind == QueryPart::Phrase) {
            add_concept(phrase_concept(part.text), part.modifier, after_not);
            continue;
        }
        bool first = true;
        for (Concept& c : concepts_of(part.text)) {
            add_concept(std::move(c), part.modifier, after_not && first);
            first = false;
        }
    }
    return r;
}

Xapian::Query QueryBuilder::combine(const Rewritten& r, Xapian::Query::op default_op, Interpretation& interpretation) {
    qp_.set_default_op(default_op);
    constexpr unsigned kFlags =
        Xapian::QueryParser::FLAG_BOOLEAN | Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_PURE_NOT;
    Xapian::Query query;
    try {
        query = r.query.find_first_not_of(' ') == std::string::npos ? Xapian::Query::MatchAll
                                                                     : qp_.parse_query(r.query, kFlags);
    } catch (const Xapian::QueryParserError& e) {
        // Unbalanced brackets and the like: search the concepts alone rather than fail.
        interpretation.notes.push_back("query syntax not understood (" + e.get_msg() + "); searched the words");
        query = slots_->empty() ? Xapian::Query::MatchAll : Xapian::Query(default_op, slots_->begin(), slots_->end());
    }
    if (r.top_filters.empty()) return query;
    try {
        return Xapian::Query(Xapian::Query::OP_FILTER, query, qp_.parse_query(r.top_filters, kFlags));
    } catch (const Xapian::QueryParserError& e) {
        interpretation.notes.push_back("filter not understood (" + e.get_msg() + ")");
        return query;
    }
}

Xapian::Query QueryBuilder::rejoin(const ParsedQuery& parsed, Xapian::Query::op default_op) {
    slots_->clear();
    for (const Concept& c : parsed.interpretation.concepts) slots_->push_back(c.query);
    Interpretation ignored;  // its notes were made by parse()
    return combine(Rewritten{parsed.structure, parsed.top_filters}, default_op, ignored);
}

ParsedQuery QueryBuilder::parse(const std::string& text, Xapian::Query::op default_op) {
    ParsedQuery out;
    slots_->clear();
    const std::size_t first_note = filters_.notes().size();
    const Rewritten rewritten = rewrite(text, out.interpretation);
    out.structure = rewritten.query;
    out.top_filters = rewritten.top_filters;
    out.query = combine(rewritten, default_op, out.interpretation);
    const auto& notes = filters_.notes();
    out.interpretation.filters.assign(notes.begin() + static_cast<std::ptrdiff_t>(first_note), notes.end());
    return out;
}

}  // namespace geofacet
