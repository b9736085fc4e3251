// UTF-8 helpers shared by every stage that walks text by code point.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace geofacet::utf8 {

/// Decodes the code point at byte `i` of `s` and advances `i` past it; returns U+FFFD on a bad byte.
char32_t next(std::string_view s, std::size_t& i);

/// Appends the UTF-8 encoding of `c` to `out`.
void append(std::string& out, char32_t c);

/// Byte offset of the first invalid UTF-8 sequence in `s`, or std::string_view::npos when `s` is valid.
std::size_t find_invalid(std::string_view s);

/// Number of code points in `s`.
std::size_t length(std::string_view s);

/// The first `max_chars` code points of `s` (whole string when shorter).
std::string_view prefix(std::string_view s, std::size_t max_chars);

}  // namespace geofacet::utf8
