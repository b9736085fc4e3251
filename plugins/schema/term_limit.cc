#include "schema/term_limit.h"

#include <cstdint>
#include <cstdio>

namespace geofacet::schema {

namespace {

std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 14695981039346656037ULL;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

}  // namespace

std::string bounded_term(std::string_view prefix, std::string_view value) {
    std::string term(prefix);
    if (prefix.size() + value.size() <= kMaxTermBytes) return term.append(value);
    constexpr std::size_t kSuffix = 17;  // '#' and 16 hex digits
    std::size_t keep = kMaxTermBytes - kSuffix - std::min(prefix.size(), kMaxTermBytes - kSuffix);
    while (keep > 0 && (static_cast<unsigned char>(value[keep]) & 0xC0) == 0x80) --keep;  // not inside a character
    char hash[kSuffix + 1];
    std::snprintf(hash, sizeof hash, "#%016llx", static_cast<unsigned long long>(fnv1a(value)));
    return term.append(value.substr(0, keep)).append(hash);
}

}  // namespace geofacet::schema
