// The baseline of the relevance benchmark: the same articles in a plain Xapian index, as a newcomer would
// make it with stock parts only (TermGenerator with CJK n-grams, the stock QueryParser, BM25).
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "index/article.h"

namespace geofacet::bench {

/// A plain Xapian index of articles, searched with a stock QueryParser.
class PlainXapian {
  public:
    /// Indexes `articles` into a new database at `path`: title (also with Omega's "S" prefix) and body by
    /// TermGenerator with the English stemmer and FLAG_CJK_NGRAM, the id as a "Q" term and the data.
    PlainXapian(const std::string& path, const std::vector<Article>& articles);

    /// The ids of the first `limit` articles for `query`, parsed by a stock QueryParser (English stemmer,
    /// FLAG_CJK_NGRAM, default operator OR) and ranked by BM25.
    std::vector<std::string> search(const std::string& query, unsigned limit);

  private:
    Xapian::WritableDatabase db_;
};

}  // namespace geofacet::bench
