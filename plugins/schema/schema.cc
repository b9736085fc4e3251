#include "schema/schema.h"

#include <cmath>
#include <cstdio>

namespace geofacet::schema {

std::string country_term(std::string_view iso_code) {
    std::string t = kCountryPrefix;
    for (char c : iso_code) t += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return t;
}

std::string actor_term(std::string_view actor_id) { return std::string(kActorPrefix) + std::string(actor_id); }

std::string percent_term(std::string_view value) { return std::string(kPercentPrefix) + std::string(value); }

std::string format_percent(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", value);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    return s;
}

}  // namespace geofacet::schema
