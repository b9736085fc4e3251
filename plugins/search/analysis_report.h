// What the pipeline makes of a text, step by step, as one JSON object: what geofacet-analyze --json and
// the service's /api/analyze print.
#pragma once

#include <string>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "analysis/analyzer.h"

namespace geofacet {

/// {"normalised", "languages", "segments":[{"surface","kind","term","stem","pos","base","reading","known",
/// "romaji","parts"}], "names":[{"text","parts","key","actor","rule"}], "entities":{actors,countries,percentages},
/// and "terms":{TERM:{"wdf","positions"}} for a text, or "understood" and "xapian_query" for a query
/// (`query` true), understood against `db` (the archive's names and translations; may be empty).
/// `text` must be valid UTF-8.
nlohmann::json analysis_report(Analyzer& analyzer, const std::string& text, bool query, const Xapian::Database& db);

}  // namespace geofacet
