// The one place that decides which Xapian terms a token makes, at index time and at query time alike.
#pragma once

#include <string>

#include <xapian.h>

#include "text/token.h"
#include "text/token_term.h"

namespace geofacet {

/// Builds the stemmed terms of tokens. NOT thread-safe (owns a Xapian::Stem): own one per thread.
class TermFormer {
  public:
    /// A former that stems English words with Snowball's English stemmer.
    TermFormer();

    /// The stemmed term of `t` with Xapian's "Z" prefix (English stem, or the Japanese dictionary form of
    /// a conjugated word); empty when there is none.
    std::string stem(const Token& t);

    /// The stemmed term of an exact English term (with its "Z" prefix).
    std::string stem_word(const std::string& exact);

  private:
    Xapian::Stem stemmer_;
};

}  // namespace geofacet
