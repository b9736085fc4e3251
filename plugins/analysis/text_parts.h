// Where a long text is cut for analysis, so that the memory an article needs is bounded whatever its size.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace geofacet {

/// The longest part of a text analysed at once. Rules that look across a text (one sense per text,
/// family names joining an earlier full name) look across one part: a whole article, unless it is longer.
inline constexpr std::size_t kMaxPartBytes = 64 * 1024;

/// The parts of `text`, as [begin, end) byte ranges that cover it in order: each at most `max_bytes`,
/// ending after a paragraph break if one is in its second half, else after a sentence end (. 。 ! ? ！ ？),
/// else after a space, else at a character boundary. A text that fits is one part.
std::vector<std::pair<std::size_t, std::size_t>> text_parts(std::string_view text, std::size_t max_bytes = kMaxPartBytes);

}  // namespace geofacet
