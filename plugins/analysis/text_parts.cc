#include "analysis/text_parts.h"

namespace geofacet {

namespace {

// The end of the part that starts at `begin`: the best cut in (begin + max/2, begin + max].
std::size_t cut(std::string_view text, std::size_t begin, std::size_t max_bytes) {
    const std::size_t limit = begin + max_bytes, half = begin + max_bytes / 2;
    const std::string_view window = text.substr(half, limit - half);
    const auto after = [&](std::size_t at, std::size_t len) { return at == std::string_view::npos ? 0 : half + at + len; };
    if (std::size_t at = after(window.rfind("\n\n"), 2)) return at;
    std::size_t best = 0;
    for (std::string_view end : {". ", "。", "! ", "? ", "！", "？", ".\n"}) best = std::max(best, after(window.rfind(end), end.size()));
    if (best) return best;
    if (std::size_t at = after(window.rfind(' '), 1)) return at;
    std::size_t at = limit;
    while (at > begin + 1 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;  // not inside a character
    return at;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> text_parts(std::string_view text, std::size_t max_bytes) {
    std::vector<std::pair<std::size_t, std::size_t>> parts;
    std::size_t begin = 0;
    while (text.size() - begin > max_bytes) {
        const std::size_t end = cut(text, begin, max_bytes);
        parts.emplace_back(begin, end);
        begin = end;
    }
    parts.emplace_back(begin, text.size());
    return parts;
}

}  // namespace geofacet
