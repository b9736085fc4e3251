// Xapian's limit on the length of a term, kept by every term the index makes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace geofacet::schema {

/// Xapian refuses terms longer than this many bytes (glass backend); one such term used to abort a run.
inline constexpr std::size_t kMaxTermBytes = 245;

/// `prefix` + `value` as a term. When that is longer than kMaxTermBytes, the value is cut at a UTF-8
/// character boundary and ends with '#' and 16 hex digits of the 64-bit FNV-1a hash of the whole value, so
/// the term fits and two long values never share a term by accident: a 300-letter name gives
/// "XA" + its first 226 bytes + "#" + 16 hex digits.
std::string bounded_term(std::string_view prefix, std::string_view value);

}  // namespace geofacet::schema
