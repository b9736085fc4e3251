// Snippets: the part of a text where the query matched, with the matched words marked.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "analysis/analyzer.h"

namespace geofacet {

/// How snippets look.
struct SnippetStyle {
    std::size_t max_chars = 220;      ///< width in columns (a Japanese character takes two)
    std::string mark_start = "[";     ///< before a matched word
    std::string mark_end = "]";       ///< after it
    bool html = false;                ///< escape the text for HTML (the marks are then the only markup)
};

/// Makes snippets by analysing the text exactly as the indexer did, so that whatever matched (a stem,
/// a Japanese word, an actor named in another script) is found and marked. NOT thread-safe (uses an
/// Analyzer).
class Snippeter {
  public:
    /// A snippeter analysing with `analyzer` (borrowed).
    explicit Snippeter(Analyzer& analyzer) : analyzer_(analyzer) {}

    /// The best window of `text` for a query whose terms are `terms`, matches marked.
    /// Control characters are dropped and white space collapsed, whatever the style.
    std::string make(const std::string& text, const std::set<std::string>& terms, const SnippetStyle& style);

    /// A matched stretch of text.
    struct Span {
        std::size_t begin, end;  ///< bytes in the text
        std::string term;        ///< the query term it matched
    };
    /// The stretches of `text` that match `terms`, in text order, overlapping ones merged.
    std::vector<Span> matches(const std::string& text, const std::set<std::string>& terms);

  private:
    Analyzer& analyzer_;
};

}  // namespace geofacet
