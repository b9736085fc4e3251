// The baseline the query benchmark compares with: what a plain Xapian 1.4 application would do with the
// same archive. TermGenerator indexing (English stems, CJK bigrams), the facet values the generator wrote
// as boolean terms and as runs of value slots, and at search time QueryParser plus one
// ValueCountMatchSpy per slot in use, so that counts are exact over every match.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "archive_generator.h"

namespace geofacet::bench {

/// Where the baseline keeps each facet: a run of slots from `base`, one value per slot.
struct PlainFacet {
    const char* name;        ///< actor, country, percent, percent_range
    const char* prefix;      ///< boolean term prefix
    Xapian::valueno base;    ///< first slot; a document's n-th value goes in base + n
};

/// The baseline's facets.
const std::vector<PlainFacet>& plain_facets();

/// Adds generated articles to a plain Xapian database. NOT thread-safe: one per thread.
class PlainIndexer {
  public:
    /// An indexer writing into `db`: a new database when `create` (overwriting any), else the existing one.
    explicit PlainIndexer(const std::string& db, bool create = true);
    /// Indexes `g`, replacing a document with the same id.
    void add(const GeneratedArticle& g);
    /// Commits what was added.
    void commit() { db_.commit(); }

  private:
    Xapian::WritableDatabase db_;
    Xapian::TermGenerator terms_;
};

/// Searches a plain database: the same query text, facets counted by ValueCountMatchSpy. NOT thread-safe.
class PlainSearcher {
  public:
    /// A searcher over the database at `path`.
    explicit PlainSearcher(const std::string& path);
    /// Runs `query` filtered by `filters` ((facet, boolean term value) pairs, AND), counting `facets`
    /// (none when false); returns the number of matches. Reads the data of the first `page` results.
    Xapian::doccount search(const std::string& query, const std::vector<std::pair<std::string, std::string>>& filters,
                            bool facets, Xapian::doccount page = 10);
    /// Reopens the database at its latest revision.
    void reopen() { db_.reopen(); }

  private:
    Xapian::Database db_;
    Xapian::QueryParser qp_;
};

}  // namespace geofacet::bench
