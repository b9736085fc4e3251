// Percentages in queries, with what they are of: "5% of GDP", "GDP比5％", "5 percent defence spending",
// "支持率 20%台" (the twenties), and the filter "percent:5@gdp".
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "search/concept_reader.h"

namespace geofacet {

/// The concept of a query's percentage mention `m`. `decade`: the query wrote "N%台" (N to under N + 10).
/// Any article with the value earns half the concept's tier; one whose value is of what the query says
/// (`m.of`, or a related subject: a defence budget's share is one of GDP) earns more, and one that speaks
/// of that subject anywhere a little more. Values are searched as the archive holds them.
Concept percent_concept(const Mention& m, bool decade, const Resources& resources, const Xapian::Database& db);

/// The subject key ("gdp", "defence-budget") of a subject as typed in either language ("GDP", "防衛費",
/// "defence budget", "defence-budget"), or "" when no subject's cue is in it.
std::string percent_subject_typed(const std::string& typed, const PercentSubjects& subjects);

/// The English and Japanese labels of subject key `key` ("gdp" → "GDP", "GDP比"; "tariff" → "tariff",
/// "関税"): the subject as percent-subjects.tsv names it, and its first Japanese cue.
std::pair<std::string, std::string> percent_subject_labels(const std::string& key, const PercentSubjects& subjects);

/// The filter for "VALUE@SUBJECT": "5@gdp" (a 5 that is of GDP), "3..5@tariff" (a tariff from 3 to 5
/// percent) or "@gdp" (any percentage of GDP). MatchNothing when the subject is unknown; `label` says
/// what was understood.
Xapian::Query percent_of_filter(const std::string& typed, const PercentSubjects& subjects, const Xapian::Database& db,
                                std::string& label);

}  // namespace geofacet
