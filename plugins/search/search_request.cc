#include "search/search_request.h"

#include <algorithm>

#include "search/date_range.h"
#include "search/filters.h"
#include "util/command_line.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

const std::vector<std::string> kSearchParams = {"q",     "like",   "filter", "percent",   "date",
                                                "facet", "facet_limit", "limit", "offset", "sort", "translate"};

// A whole number parameter within [min, max]; leaves `out` alone when absent.
template <typename T>
void number_param(const UrlParams& params, const std::string& name, std::uint64_t min, std::uint64_t max, T& out,
                  std::optional<ParamError>& error) {
    const std::string text = single_param(params, name, error);
    if (error || text.empty()) return;
    std::uint64_t n;
    if (!parse_whole_number(text, min, max, n))
        error = ParamError{name, "a whole number from " + std::to_string(min) + " to " + std::to_string(max)};
    else
        out = static_cast<T>(n);
}

// The repeatable parameters filter and facet.
void list_params(const UrlParams& params, const RequestLimits& limits, SearchRequest& r, std::optional<ParamError>& error) {
    for (const auto& [name, value] : params) {
        if (error) return;
        if (name != "filter" && name != "facet") continue;
        if (utf8::find_invalid(value) != std::string::npos) {
            error = ParamError{name, "text that is not valid UTF-8"};
        } else if (name == "facet") {
            if (r.facets.size() == limits.max_facets) error = ParamError{name, "at most " + std::to_string(limits.max_facets) + " facets"};
            r.facets.push_back(value);
        } else {
            const std::size_t colon = value.find(':');
            if (colon == std::string::npos || colon == 0 || colon + 1 == value.size())
                error = ParamError{name, "NAME:VALUE, e.g. country:JP"};
            else if (r.filters.size() == limits.max_filters)
                error = ParamError{name, "at most " + std::to_string(limits.max_filters) + " filters"};
            else
                r.filters.emplace_back(value.substr(0, colon), value.substr(colon + 1));
        }
    }
}

}  // namespace

std::string single_param(const UrlParams& params, const std::string& name, std::optional<ParamError>& error) {
    std::string value;
    int seen = 0;
    for (const auto& [n, v] : params)
        if (n == name && seen++ == 0) value = v;
    if (error) return value;
    if (seen > 1) error = ParamError{name, "given more than once"};
    else if (utf8::find_invalid(value) != std::string::npos) error = ParamError{name, "text that is not valid UTF-8"};
    return value;
}

std::optional<ParamError> unknown_param(const UrlParams& params, const std::vector<std::string>& allowed) {
    for (const auto& [name, value] : params)
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
            return ParamError{name, "unknown parameter; this endpoint takes: " + [&] {
                std::string list;
                for (const std::string& a : allowed) list += (list.empty() ? "" : ", ") + a;
                return list;
            }()};
    return std::nullopt;
}

ParsedSearch parse_search_params(const UrlParams& params, const RequestLimits& limits) {
    ParsedSearch out;
    SearchRequest& r = out.request;
    std::optional<ParamError>& error = out.error;
    error = unknown_param(params, kSearchParams);
    r.query = single_param(params, "q", error);
    if (!error && r.query.size() > limits.max_query_bytes)
        error = ParamError{"q", "at most " + std::to_string(limits.max_query_bytes) + " bytes"};
    r.like = single_param(params, "like", error);
    if (!error && !r.like.empty() && !r.query.empty()) error = ParamError{"like", "an article id, without q"};
    if (!error && r.like.size() > 200) error = ParamError{"like", "an article id: 1 to 200 bytes"};
    r.percent_range = single_param(params, "percent", error);
    double low, high;
    if (!error && !r.percent_range.empty() && !parse_percent_range(r.percent_range, low, high))
        error = ParamError{"percent", "MIN..MAX, e.g. 3..5 (either end may be left open)"};
    r.date_range = single_param(params, "date", error);
    std::string from, to;
    if (!error && !r.date_range.empty() && !parse_date_range(r.date_range, from, to))
        error = ParamError{"date", "FROM..TO with dates as YYYY, YYYY-MM or YYYY-MM-DD (either end may be left open)"};
    const std::string sort = single_param(params, "sort", error);
    if (!error && !sort.empty() && sort != "relevance" && sort != "date") error = ParamError{"sort", "relevance or date"};
    r.sort_by_date = sort == "date";
    const std::string translate = single_param(params, "translate", error);
    if (!error && !translate.empty() && translate != "0" && translate != "1") error = ParamError{"translate", "0 or 1"};
    r.translate = translate != "0";
    number_param(params, "limit", 0, limits.max_limit, r.limit, error);
    number_param(params, "offset", 0, limits.max_offset, r.offset, error);
    number_param(params, "facet_limit", 1, limits.max_facet_limit, r.facet_limit, error);
    list_params(params, limits, r, error);
    r.snippet.mark_start = "<mark>";
    r.snippet.mark_end = "</mark>";
    r.snippet.html = true;
    return out;
}

}  // namespace geofacet
