#include "util/output_text.h"

#include <cctype>
#include <cstdio>

#include "util/utf8.h"

namespace geofacet {

namespace {

// Code points that reorder what follows them on a line (the "Trojan Source" characters).
bool bidi_control(char32_t c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F; }

std::string escaped(char32_t c) {
    char buf[12];
    if (c < 0x80)
        std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(c));
    else
        std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c));
    return buf;
}

}  // namespace

std::string terminal_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t c = utf8::next(text, i);
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || bidi_control(c))
            out += escaped(c);
        else
            out.append(text.substr(start, i - start));
    }
    return out;
}

std::string link_url(std::string_view url) {
    // A scheme is letters, digits, + - . before the first ':' that comes before any '/', '?' or '#'.
    const std::size_t colon = url.find(':');
    const std::size_t path = url.find_first_of("/?#");
    if (colon == std::string_view::npos || (path != std::string_view::npos && path < colon)) return std::string(url);
    std::string scheme;
    for (char ch : url.substr(0, colon)) scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    // Browsers drop tabs and newlines inside a scheme ("java\tscript:"): only these two exact words pass.
    return scheme == "http" || scheme == "https" ? std::string(url) : std::string();
}

}  // namespace geofacet
