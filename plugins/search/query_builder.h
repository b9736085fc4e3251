// Understands what a user typed: concepts (search/concept_reader.h), phrases, field filters and
// operators, and makes one graded Xapian query of them (search/ranking.h).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "search/concept_reader.h"
#include "search/filters.h"

namespace geofacet {

/// How a whole query was understood.
struct Interpretation {
    std::vector<Concept> concepts;        ///< in the order typed
    std::vector<FilterNote> filters;      ///< field filters written in the query (country:JP ...)
    std::vector<std::string> notes;       ///< anything else worth saying (a syntax fallback ...)
    std::string remaining_text;           ///< the typed words that are not entities

    /// One line for people: "country Japan (JP) · percentage 5% · words: defence".
    std::string summary() const;
};

/// A parsed query.
struct ParsedQuery {
    Xapian::Query query;                  ///< graded: no concept required, the more matched the higher (MatchAll when empty)
    Xapian::Query strict;                 ///< the matches with every concept (to tell whether any article has them all, and to count); with OR written, the query itself
    Xapian::Query matching;               ///< the matches of `query` without a weight: what is counted when no concept is required of all
    Xapian::Query rescored;               ///< `query` with the concepts' boosts, the same matches weighed as they should be; empty when no concept has one
    Interpretation interpretation;        ///< how it was understood
};

/// Builds queries. NOT thread-safe (uses an Analyzer and a QueryParser): one per thread.
class QueryBuilder {
  public:
    /// A builder analysing with `analyzer` and resolving field filters with `filters` (both borrowed).
    QueryBuilder(Analyzer& analyzer, FilterResolver& filters);

    /// Parses `text`. Concepts are joined so that none is required (OP_OR with tier weights); an explicit
    /// `+word`, `AND` and a "quoted phrase" stay required, `NOT` and `-word` exclude.
    ParsedQuery parse(const std::string& text);

    /// Whether words are also searched in their other forms and the other language (on by default).
    void set_translate(bool translate) { reader_.set_translate(translate); }

  private:
    /// The query text for QueryParser, concepts replaced by placeholders, and the top-level field filters.
    struct Rewritten {
        std::string query, top_filters;
        bool cut = false;  // concepts past kMaxConcepts were dropped
    };
    /// The matches of `matching` (the text's query, unweighted) with every wanted concept of `concepts`.
    Xapian::Query strict_query(const Rewritten& rewritten, const std::vector<Concept>& concepts,
                               const Xapian::Query& matching);
    Rewritten rewrite(const std::string& text, Interpretation& interpretation);
    Xapian::Query combine(const Rewritten& rewritten, Xapian::Query::op default_op, Interpretation& interpretation);

    FilterResolver& filters_;
    ConceptReader reader_;
    Xapian::QueryParser qp_;
    std::shared_ptr<std::vector<Xapian::Query>> slots_;  // the concepts QueryParser refers to by number
};

}  // namespace geofacet
