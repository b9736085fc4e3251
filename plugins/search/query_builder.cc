#include "search/query_builder.h"

#include <algorithm>

#include "search/query_lexer.h"
#include "search/ranking.h"
#include "util/split.h"

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

const std::vector<std::string> kFields = {"actor", "country", "percent", "percent_range", "percent_of", "lang", "source", "date"};

// A quoted phrase is required unless an operator says otherwise ("a" OR "b", NOT "c").
bool required_phrase(const std::vector<QueryPart>& parts, std::size_t i, const std::string& previous) {
    const bool or_after = i + 1 < parts.size() && parts[i + 1].kind == QueryPart::Syntax &&
                          (parts[i + 1].text == "OR" || parts[i + 1].text == "XOR");
    return parts[i].modifier.empty() && !or_after && previous != "OR" && previous != "XOR" && previous != "NOT";
}

}  // namespace

std::string Interpretation::summary() const {
    std::string s;
    const auto add = [&](const std::string& part) { s += (s.empty() ? "" : " · ") + part; };
    std::string words;
    for (const Concept& c : concepts) {
        if (c.kind == "word" || c.kind == "phrase" || c.kind == "expression") {
            words += (words.empty() ? "" : ", ") + std::string(c.excluded ? "not " : "") +
                     (c.kind == "word" ? c.text : "\"" + c.text + "\"");
            std::string also;
            for (const std::string& e : c.expansions) also += (also.empty() ? "" : ", ") + e;
            if (!also.empty()) words += " (also " + also + ")";
            continue;
        }
        const std::string kind = c.kind == "percent" ? "percentage" : c.kind;
        std::string also;
        for (const std::string& e : c.expansions) also += (also.empty() ? "; also " : ", ") + e;
        add((c.excluded ? "not " : "") + kind + " " + c.label +
            (c.kind == "percent" ? "" : " (" + c.value + also + ")"));
    }
    if (!words.empty()) add("words: " + words);
    for (const FilterNote& f : filters)
        add("filter " + f.facet + "=" + (f.resolved ? f.label : "'" + f.typed + "' (not understood)"));
    for (const std::string& n : notes) add(n);
    return s;
}

QueryBuilder::QueryBuilder(Analyzer& analyzer, FilterResolver& filters)
    : filters_(filters), reader_(analyzer, filters.database()), slots_(std::make_shared<std::vector<Xapian::Query>>()) {
    add_filter_processors(qp_, filters_);
    qp_.add_prefix(kConceptField, (new ConceptFieldProcessor(slots_))->release());
}

QueryBuilder::Rewritten QueryBuilder::rewrite(const std::string& text, Interpretation& interpretation) {
    Rewritten r;
    const auto add_concept = [&](Concept c, const std::string& modifier, bool after_not) {
        // A query is a question, not a document: beyond kMaxConcepts the rest is dropped, with a note.
        if (interpretation.concepts.size() >= kMaxConcepts) {
            if (!r.cut) interpretation.notes.push_back("query cut after its first " + std::to_string(kMaxConcepts) + " concepts");
            r.cut = true;
            return;
        }
        c.excluded = modifier == "-" || after_not;
        r.query += " " + modifier + kConceptField + ":" + std::to_string(interpretation.concepts.size());
        if (c.kind != "percent" && c.kind != "actor" && c.kind != "country")
            interpretation.remaining_text += (interpretation.remaining_text.empty() ? "" : " ") + c.text;
        interpretation.concepts.push_back(std::move(c));
    };
    // Field filters at the top level apply to the whole query ("tariff NOT Akazawa date:..": the date
    // range filters everything, not only the negated part); a negated or bracketed one stays in place.
    int depth = 0;
    std::string previous;
    const std::vector<QueryPart> parts = lex_query(text, kFields);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const QueryPart& part = parts[i];
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
        if (part.kind == QueryPart::Phrase) {
            add_concept(reader_.phrase_concept(part.text), required_phrase(parts, i, previous) ? "+" : part.modifier,
                        after_not);
            previous.clear();
            continue;
        }
        previous.clear();
        bool first = true;
        for (Concept& c : reader_.concepts_of(part.text)) {
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
        query = r.query.find_first_not_of(' ') == std::string::npos ? every_document()
                                                                     : qp_.parse_query(r.query, kFlags);
    } catch (const Xapian::QueryParserError& e) {
        // Unbalanced brackets and the like: search the concepts alone rather than fail.
        interpretation.notes.push_back("query syntax not understood (" + e.get_msg() + "); searched the words");
        query = slots_->empty() ? every_document() : Xapian::Query(default_op, slots_->begin(), slots_->end());
    }
    if (r.top_filters.empty()) return query;
    try {
        return Xapian::Query(Xapian::Query::OP_FILTER, query, qp_.parse_query(r.top_filters, kFlags));
    } catch (const Xapian::QueryParserError& e) {
        interpretation.notes.push_back("filter not understood (" + e.get_msg() + ")");
        return query;
    }
}

namespace {

// Whether QueryParser groups `text` as the concepts read it: no brackets ("(-b)" alone, with AND, is read as
// b), no NOT (it reads "a NOT b c" as a AND_NOT (b c), where NOT takes b alone) and no OR or XOR.
bool flat(const std::string& text) {
    if (text.find_first_of("()") != std::string::npos) return false;
    for (const std::string& word : split(text, ' '))
        if (word == "NOT" || word == "OR" || word == "XOR") return false;
    return true;
}

}  // namespace

Xapian::Query QueryBuilder::strict_query(const Rewritten& rewritten, const std::vector<Concept>& concepts,
                                         const Xapian::Query& matching) {
    std::vector<Xapian::Query> wanted;
    for (const Concept& c : concepts)
        if (!c.excluded) wanted.push_back(c.query);
    if (wanted.empty()) return matching;
    if (flat(rewritten.query)) {
        // The text again with AND between its concepts, each its own query without tier weights: the matches
        // found by intersecting, a third of the cost of filtering the query.
        slots_->clear();
        for (const Concept& c : concepts) slots_->push_back(c.query);
        Interpretation again;
        Xapian::Query q = combine(rewritten, Xapian::Query::OP_AND, again);
        if (again.notes.empty()) return q;  // else QueryParser's fallback, which knows no exclusion
    }
    return Xapian::Query(Xapian::Query::OP_FILTER, matching, Xapian::Query(Xapian::Query::OP_AND, wanted.begin(), wanted.end()));
}

ParsedQuery QueryBuilder::parse(const std::string& text) {
    ParsedQuery out;
    const std::size_t first_note = filters_.notes().size();
    const Rewritten rewritten = rewrite(text, out.interpretation);
    const std::vector<Concept>& concepts = out.interpretation.concepts;
    const ConceptRanker ranker(filters_.database());
    const std::vector<double> weights = ranker.tier_weights(concepts);
    *slots_ = ranker.graded(concepts, weights, false);
    out.query = combine(rewritten, Xapian::Query::OP_OR, out.interpretation);
    // Boosts are phrases: reading positions for every match would cost more than the rest of the query, so
    // the searcher ranks by `query` and reorders its best by `rescored` (as Elasticsearch's rescore does).
    if (std::any_of(concepts.begin(), concepts.end(), [](const Concept& c) { return !c.excluded && !c.boost.empty(); })) {
        *slots_ = ranker.graded(concepts, weights, true);
        Interpretation again;  // its notes were taken the first time
        out.rescored = combine(rewritten, Xapian::Query::OP_OR, again);
    }
    // The same matches without a weight, which counting can walk (boolean_walk.h).
    slots_->clear();
    for (const Concept& c : concepts) slots_->push_back(matches_of(c));
    Interpretation again;
    out.matching = combine(rewritten, Xapian::Query::OP_OR, again);
    // With OR written between them, concepts are alternatives: no article needs them all.
    // (OR between two of them: a trailing "a OR" is a syntax error, whose fallback is no alternative.)
    const bool alternatives = rewritten.query.find(" OR ") != std::string::npos || rewritten.query.find(" XOR ") != std::string::npos;
    out.strict = alternatives ? out.matching : strict_query(rewritten, concepts, out.matching);
    const auto& notes = filters_.notes();
    out.interpretation.filters.assign(notes.begin() + static_cast<std::ptrdiff_t>(first_note), notes.end());
    return out;
}

}  // namespace geofacet
