// Date ranges: the date filter ("2025-06-01..2025-06-30", "2025-06", "2025.."). The date facet, the matches
// counted by month, is a row of the facet table (schema/facets.h).
#pragma once

#include <string>

#include <xapian.h>

namespace geofacet {

/// Reads a date range: FROM..TO where either end may be left open and each is YYYY, YYYY-MM or YYYY-MM-DD,
/// or one such date alone (that year, month or day). `from` and `to` get YYYYMMDD bounds, both included
/// ("" for an open end). False when `text` is not one.
bool parse_date_range(const std::string& text, std::string& from, std::string& to);

/// The documents dated within `text` (see parse_date_range), on the date value slot. Throws
/// std::invalid_argument when `text` is not a date range.
Xapian::Query date_range_query(const std::string& text);

}  // namespace geofacet
