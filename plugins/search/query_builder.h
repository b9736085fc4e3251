// Understands what a user typed: entities (actors, countries, percentages), words, Japanese, phrases,
// field filters and operators, and makes the Xapian query.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "search/filters.h"

namespace geofacet {

class Translator;

/// One thing the user asked for, as it was understood.
struct Concept {
    std::string kind;                     ///< "actor", "country", "percent", "word" or "phrase"
    std::string text;                     ///< what the user typed for it
    std::string value;                    ///< actor id, ISO code, percentage, or the search term
    std::string label;                    ///< what to show for it
    std::vector<std::string> expansions;  ///< other forms searched for it (translations, variants)
    bool excluded = false;                ///< written after NOT or with "-": documents with it are left out
    Xapian::Query query;                  ///< its query
};

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
    Xapian::Query query;                  ///< the query (MatchAll when the text was empty)
    Interpretation interpretation;        ///< how it was understood
    std::string structure;                ///< the text as QueryParser parses it, concepts as placeholders
    std::string top_filters;              ///< field filters that apply to the whole query
};

/// Builds queries. NOT thread-safe (uses an Analyzer and a QueryParser): one per thread.
class QueryBuilder {
  public:
    /// A builder analysing with `analyzer` and resolving field filters with `filters` (both borrowed).
    QueryBuilder(Analyzer& analyzer, FilterResolver& filters);

    /// Parses `text`; concepts are joined with `default_op` (OP_AND: every concept must match).
    ParsedQuery parse(const std::string& text, Xapian::Query::op default_op = Xapian::Query::OP_AND);

    /// The query of `parsed` (made by this builder) with its concepts joined by `default_op` instead: no
    /// analysis again, only QueryParser over the structure (field filters resolve from the resolver's memo).
    Xapian::Query rejoin(const ParsedQuery& parsed, Xapian::Query::op default_op);

    /// The concepts of a run of free text (no operators or fields).
    std::vector<Concept> concepts_of(const std::string& text);

    /// The concept of a quoted phrase.
    Concept phrase_concept(const std::string& text);

    /// Whether words are also searched in the other language (EDICT translations; on by default).
    void set_translate(bool translate) { translate_ = translate; }

  private:
    /// The query text for QueryParser, concepts replaced by placeholders, and the top-level field filters.
    struct Rewritten {
        std::string query, top_filters;
    };
    Rewritten rewrite(const std::string& text, Interpretation& interpretation);
    Xapian::Query combine(const Rewritten& rewritten, Xapian::Query::op default_op, Interpretation& interpretation);
    void add_translations(Concept& c, const std::vector<const Token*>& unit, Translator& translator);
    void add_name_part(Concept& c, const Token& t);

    Analyzer& analyzer_;
    FilterResolver& filters_;
    Xapian::QueryParser qp_;
    std::shared_ptr<std::vector<Xapian::Query>> slots_;  // the concepts QueryParser refers to by number
    bool translate_ = true;
};

}  // namespace geofacet
