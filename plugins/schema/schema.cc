#include "schema/schema.h"

#include <cmath>
#include <cstdio>

namespace geofacet::schema {

std::string country_term(std::string_view iso_code) {
    std::string code;
    for (char c : iso_code) code += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return bounded_term(kCountryPrefix, code);
}

std::string actor_term(std::string_view actor_id) { return bounded_term(kActorPrefix, actor_id); }

std::string percent_term(std::string_view value) { return bounded_term(kPercentPrefix, value); }

std::string name_part_term(std::string_view part) { return bounded_term(kNamePrefix, part); }

std::string latin_name_term(std::string_view key) { return bounded_term(kLatinNamePrefix, key); }

std::string name_sound_term(std::string_view entry) { return bounded_term(kNameSoundPrefix, entry); }

std::string source_term(std::string_view folded_source) { return bounded_term(kSourcePrefix, folded_source); }

std::string percent_subject_key(std::string_view subject) {
    std::string key;
    for (char c : subject) key += c == ' ' ? '-' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return key;
}

std::string percent_of_term(std::string_view subject_key) { return bounded_term(kPercentOfPrefix, subject_key); }

std::string percent_value_of_term(std::string_view value, std::string_view subject_key) {
    return bounded_term(kPercentValueOfPrefix, std::string(value) + "@" + std::string(subject_key));
}

std::string expression_term(std::string_view key) { return bounded_term(kExpressionPrefix, key); }

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
