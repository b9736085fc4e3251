// The one place that decides which Xapian terms a token makes, at index time and at query time alike.
#pragma once

#include <string>

#include <xapian.h>

#include "text/token.h"

namespace geofacet {

/// The exact term of `t`: case-folded, Latin accents removed, possessive `'s` dropped, dots of
/// abbreviations dropped; empty when the token makes no term (too long).
std::string exact_term(const Token& t);

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

/// Terms longer than this many bytes are not indexed (Xapian's limit is 245; long ones are noise).
constexpr std::size_t kMaxTermBytes = 64;

}  // namespace geofacet
