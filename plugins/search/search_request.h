// The parameters of a search as a URL query gives them (the service's /api/search and the page's address),
// checked and turned into a SearchRequest, with the reason when one is wrong.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "search/searcher.h"

namespace geofacet {

/// A URL query's parameters, in order; a name may repeat.
using UrlParams = std::vector<std::pair<std::string, std::string>>;

/// Bounds on what one request may ask, so that no request can make a worker page through millions of
/// documents or analyse a book as a query.
struct RequestLimits {
    std::size_t max_query_bytes = 2000;       ///< q
    Xapian::doccount max_limit = 100;         ///< limit
    Xapian::doccount max_offset = 10000;      ///< offset
    std::size_t max_facet_limit = 1000;       ///< facet_limit
    std::size_t max_filters = 64;             ///< filter, repeated
    std::size_t max_facets = 16;              ///< facet, repeated
};

/// What is wrong with a request: the parameter and the reason, for a 400 answer.
struct ParamError {
    std::string parameter;  ///< the parameter at fault ("" for the request as a whole)
    std::string reason;     ///< what it must be
};

/// A request, or why there is none.
struct ParsedSearch {
    SearchRequest request;             ///< valid when error is empty
    std::optional<ParamError> error;   ///< the first problem found
};

/// Reads q, filter=NAME:VALUE (repeatable), percent=MIN..MAX, date=FROM..TO, facet (repeatable),
/// facet_limit, limit (0: only the total and the facets), offset, sort=relevance|date and translate=0|1 into
/// a request with HTML snippets (<mark> around matches, the rest escaped), as geofacet-query --json makes
/// them. Unknown parameters, repeats of single ones, bad numbers and text that is not UTF-8 are errors.
ParsedSearch parse_search_params(const UrlParams& params, const RequestLimits& limits = {});

/// The value of single parameter `name` ("" when absent); sets `error` when it is repeated or not UTF-8.
std::string single_param(const UrlParams& params, const std::string& name, std::optional<ParamError>& error);

/// An error for the first parameter not in `allowed`, if any.
std::optional<ParamError> unknown_param(const UrlParams& params, const std::vector<std::string>& allowed);

}  // namespace geofacet
