#include "util/utf8.h"

namespace geofacet::utf8 {

namespace {
constexpr char32_t kReplacement = 0xFFFD;

// Length of the sequence that starts with `lead`, or 0 when `lead` cannot start one.
int sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

// Decodes one sequence at `i`; returns its length, or 0 when it is malformed.
int decode(std::string_view s, std::size_t i, char32_t& out) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const int len = sequence_length(lead);
    if (len == 0 || i + len > s.size()) return 0;
    if (len == 1) {
        out = lead;
        return 1;
    }
    char32_t c = lead & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return 0;
        c = (c << 6) | (b & 0x3F);
    }
    // Reject overlong forms, surrogates and values past U+10FFFF.
    static constexpr char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < kMin[len] || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) return 0;
    out = c;
    return len;
}
}  // namespace

char32_t next(std::string_view s, std::size_t& i) {
    char32_t c = kReplacement;
    const int len = decode(s, i, c);
    i += len ? len : 1;
    return len ? c : kReplacement;
}

void append(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::size_t find_invalid(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t c;
        const int len = decode(s, i, c);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

std::size_t length(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) next(s, i);
    return n;
}

std::string_view prefix(std::string_view s, std::size_t max_chars) {
    std::size_t i = 0;
    for (std::size_t n = 0; n < max_chars && i < s.size(); ++n) next(s, i);
    return s.substr(0, i);
}

}  // namespace geofacet::utf8
