// How geofacet-query prints a search result: for people, or as JSON.
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "search/searcher.h"

namespace geofacet {

/// The result as one JSON object: query, total, interpreted, results, facets, filters, relaxed.
nlohmann::json result_json(const std::string& query, const SearchRequest& request, const SearchResult& result);

/// The result as text a person reads in a terminal.
void print_result(std::ostream& out, const SearchRequest& request, const SearchResult& result);

}  // namespace geofacet
