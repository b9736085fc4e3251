// Dates: the date filter ("2025-06-01..2025-06-30", "2025-06", "2025..") and the date facet, the matches
// counted by month, newest first.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "search/facet_counter.h"
#include "search/searcher.h"

namespace geofacet {

/// The date facet, counted apart from the facet table (by month, from the date value slot): its name in a
/// request and what a sidebar calls it.
inline constexpr const char* kDateFacet = "date";
inline constexpr const char* kDateFacetTitle = "Months";    ///< in English
inline constexpr const char* kDateFacetTitleJa = "月";      ///< in Japanese

/// Reads a date range: FROM..TO where either end may be left open and each is YYYY, YYYY-MM or YYYY-MM-DD,
/// or one such date alone (that year, month or day). `from` and `to` get YYYYMMDD bounds, both included
/// ("" for an open end). False when `text` is not one.
bool parse_date_range(const std::string& text, std::string& from, std::string& to);

/// The documents dated within `text` (see parse_date_range), on the date value slot. Throws
/// std::invalid_argument when `text` is not a date range.
Xapian::Query date_range_query(const std::string& text);

/// The documents matching `matched` counted by month of their date ("2025-06", labelled "June 2025" and
/// "2025年6月"), newest first, at most `limit`; undated documents are not counted.
std::vector<FacetCount> count_months(const Xapian::Database& db, const Xapian::Query& matched, std::size_t limit);

/// Runs `request` with `searcher`; kDateFacet among request.facets is counted by count_months and takes its
/// place among the result's facets. The one way the query tool and the service search.
SearchResult search_with_dates(Searcher& searcher, SearchRequest request);

}  // namespace geofacet
