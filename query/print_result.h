// How geofacet-query prints a search result for people (the JSON is search/result_json.h).
#pragma once

#include <ostream>

#include "search/searcher.h"

namespace geofacet {

/// The result as text a person reads in a terminal.
void print_result(std::ostream& out, const SearchRequest& request, const SearchResult& result);

}  // namespace geofacet
