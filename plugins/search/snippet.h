// Snippets: the part of a text where the query matched, with the matched words marked.
#pragma once

#include <set>
#include <string>

#include "analysis/analyzer.h"

namespace geofacet {

/// How snippets look.
struct SnippetStyle {
    std::size_t max_chars = 220;      ///< width in columns (a Japanese character takes two)
    std::string mark_start = "[";     ///< before a matched word
    std::string mark_end = "]";       ///< after it
};

/// Makes snippets by analysing the text exactly as the indexer did, so that whatever matched (a stem,
/// a Japanese word, an actor named in another script) is found and marked. NOT thread-safe (uses an
/// Analyzer).
class Snippeter {
  public:
    /// A snippeter analysing with `analyzer` (borrowed).
    explicit Snippeter(Analyzer& analyzer) : analyzer_(analyzer) {}

    /// The best window of `text` for a query whose terms are `terms`, matches marked.
    std::string make(const std::string& text, const std::set<std::string>& terms, const SnippetStyle& style);

  private:
    Analyzer& analyzer_;
};

}  // namespace geofacet
