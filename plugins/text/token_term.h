// The exact term of a token: the one form under which a word is indexed and searched.
#pragma once

#include <cstddef>
#include <string>

#include "text/token.h"

namespace geofacet {

/// Terms longer than this many bytes are not indexed (Xapian's limit is 245; long ones are noise).
constexpr std::size_t kMaxTermBytes = 64;

/// Computes the exact term of `t`: case-folded, Latin accents removed, possessive `'s` dropped, dots of
/// abbreviations dropped, thousands separators of numbers dropped; empty when the token makes no term
/// (too long).
std::string compute_term(const Token& t);

/// The exact term of `t`: Token::term as the segmenter filled it, else computed.
std::string exact_term(const Token& t);

}  // namespace geofacet
