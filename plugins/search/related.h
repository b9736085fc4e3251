// Articles about the same event as a given article, in both languages (geofacet-query --like ID): from
// the actors, countries, percentages and date they share, and the article's key words that the other
// language has a translation for.
#pragma once

#include <string>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "search/query_builder.h"

namespace geofacet {

/// Builds the query of the articles like one article. Only evidence that reads the same in both languages
/// counts: entity terms, percentages with what they are of, the date, and key words searched together
/// with their translations (a word the other language cannot have is left out), so that the report of the
/// same event in the other language ranks with those in the article's own. NOT thread-safe (uses an
/// Analyzer): one per thread.
class RelatedFinder {
  public:
    /// A finder analysing with `analyzer`, over `db`.
    RelatedFinder(Analyzer& analyzer, const Xapian::Database& db);

    /// The query of the articles like the article with id `id` (the article itself left out): each piece
    /// of evidence an article shares with it earns a fixed weight, larger the rarer the evidence is in
    /// the archive and the more often the article names it; the evidence is listed as concepts. Throws
    /// std::invalid_argument when the archive has no article with that id.
    ParsedQuery like(const std::string& id);

  private:
    struct Evidence;
    void entity_evidence(const Xapian::Document& doc, std::vector<Evidence>& out);
    void word_evidence(Xapian::docid did, const Xapian::Document& doc, std::vector<Evidence>& out);

    Analyzer& analyzer_;
    const Xapian::Database& db_;
};

}  // namespace geofacet
