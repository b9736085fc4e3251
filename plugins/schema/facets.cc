#include "schema/facets.h"

#include <iterator>

#include "schema/term_limit.h"

namespace geofacet::schema {

namespace {

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

}  // namespace

const FacetDef* facet_named(std::string_view name) {
    for (const FacetDef& f : kFacets)
        if (f.name == name) return &f;
    return nullptr;
}

std::string facet_names() {
    std::string out;
    for (const FacetDef& f : kFacets) out += (out.empty() ? "" : ", ") + std::string(f.name);
    return out;
}

std::string facet_term(const FacetDef& f, std::string_view value) {
    std::string v;
    for (char c : value)
        if (f.spelling == TermSpelling::LowerCase) v += ascii_lower(c);
        else if (f.spelling != TermSpelling::Month || c != '-') v += c;  // "2025-06" is M202506
    return bounded_term(f.term_prefix, v);  // as every term of the index: within Xapian's limit
}

std::optional<std::string> facet_value_of_term(const FacetDef& f, std::string_view term) {
    if (term.size() <= f.term_prefix.size() || term.substr(0, f.term_prefix.size()) != f.term_prefix) return std::nullopt;
    std::string value(term.substr(f.term_prefix.size()));
    const bool digits = value.find_first_not_of("0123456789") == std::string::npos;
    switch (f.spelling) {
        case TermSpelling::AsValue: return value;
        case TermSpelling::LowerCase:
            // Only ISO codes take this form ("Njp"); anything else under the prefix is not a value of the facet.
            if (value.size() != 2) return std::nullopt;
            for (char& c : value) {
                if (c < 'a' || c > 'z') return std::nullopt;
                c = ascii_upper(c);
            }
            return value;
        case TermSpelling::Month:
            if (value.size() != 6 || !digits) return std::nullopt;
            return value.substr(0, 4) + "-" + value.substr(4);
    }
    return std::nullopt;
}

const PercentBucket& percent_bucket(double value) {
    for (const PercentBucket& b : kPercentBuckets)
        if (value >= b.low && value < b.high) return b;
    return kPercentBuckets[std::size(kPercentBuckets) - 1];
}

const PercentBucket* percent_bucket_by_key(std::string_view key) {
    for (const PercentBucket& b : kPercentBuckets)
        if (key == b.key) return &b;
    return nullptr;
}

}  // namespace geofacet::schema
