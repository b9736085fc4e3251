// A search result as JSON: the one schema that geofacet-query --json prints and the service answers.
#pragma once

#include <nlohmann/json.hpp>

#include "search/searcher.h"

namespace geofacet {

/// The result as one JSON object: query, total, interpreted, results, facets, filters, relaxed.
nlohmann::json result_json(const std::string& query, const SearchRequest& request, const SearchResult& result);

}  // namespace geofacet
