// Reads a run of free query text as concepts: actors, countries, percentages with what they are of,
// English expressions, words and Japanese compounds, each with its other forms (synonyms, translations).
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "search/translator.h"

namespace geofacet {

/// A part of a concept and the share of the concept's rank tier that an article having it earns
/// (search/ranking.h): "5% of GDP" earns half for any 5%, the rest for a 5 that is of GDP.
struct TierPart {
    Xapian::Query query;  ///< the articles that have this part
    double share = 1;     ///< their share of the concept's tier weight
};

/// One thing the user asked for, as it was understood.
struct Concept {
    std::string kind;                     ///< "actor", "country", "percent", "word", "expression" or "phrase"
    std::string text;                     ///< what the user typed for it
    std::string value;                    ///< actor id, ISO code, percentage, or the search term
    std::string label;                    ///< what to show for it ("5% of GDP")
    std::vector<std::string> expansions;  ///< other forms searched for it (synonyms, translations, name parts)
    bool excluded = false;                ///< written after NOT or with "-": documents with it are left out
    Xapian::Query query;                  ///< its query, weighted by BM25
    Xapian::Query boost;                  ///< weight its matches with the exact expression earn on top (a phrase, read by positions); empty: none
    std::vector<TierPart> tier;           ///< how its tier weight is earned; empty: by matching `query`
};

/// Concepts a query keeps; the rest of a longer query is dropped with a note.
inline constexpr std::size_t kMaxConcepts = 64;

/// Reads free text as concepts. NOT thread-safe (uses an Analyzer): one per thread.
class ConceptReader {
  public:
    /// A reader analysing with `analyzer`, for searches of `db` (translations and name parts it holds).
    ConceptReader(Analyzer& analyzer, const Xapian::Database& db);

    /// Whether words are also searched in their other forms and in the other language (on by default).
    void set_translate(bool translate) { translate_ = translate; }

    /// The concepts of a run of free text (no operators or fields), in the order typed: at most
    /// kMaxConcepts + 1, so that the caller knows when it has to cut.
    std::vector<Concept> concepts_of(const std::string& text);

    /// The concept of a quoted phrase: its words in order, nothing else.
    Concept phrase_concept(const std::string& text);

  private:
    struct Unit;
    void read_words(const Analysis& a, std::vector<bool>& covered, std::vector<Unit>& units);
    void absorb_percent_subjects(const Analysis& a, std::vector<Unit>& units, std::vector<bool>& covered);
    Xapian::Query expression_query(const std::vector<const Token*>& words, const std::string& text, Xapian::Query& boost);
    void add_translations(std::vector<Unit>& units);
    std::vector<Translation> actor_names(const Unit& u);
    void add_name_part(Concept& c, const Token& t);

    Analyzer& analyzer_;
    const Xapian::Database& db_;
    Translator translator_;
    std::shared_ptr<const std::unordered_set<std::string>> japanese_stopwords_;
    bool translate_ = true;
};

}  // namespace geofacet
