// The reading of a person the gazetteer lacks, chosen among the readings its written parts may have.
#pragma once

#include <string>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/name_finder.h"
#include "names/name_normaliser.h"

namespace geofacet {

/// The canonical parts (in written order) of unknown person `name`, whose parts may read as `options`
/// (NameNormaliser::any_part of each, MeCab's reading first). First choice: the reading under which the
/// archive has seen the whole name written in Latin script (`evidence`, may be empty), among the
/// dictionaries' readings, then among readings put together from the characters (`names`); else each
/// part's first reading, except that a family name MeCab did not read takes a reading a person of the
/// `gazetteer` has as family name.
std::vector<std::string> unknown_person_reading(const NameCandidate& name,
                                                const std::vector<std::vector<std::string>>& options,
                                                NameNormaliser& names, const NameEvidence& evidence,
                                                const Gazetteer& gazetteer);

}  // namespace geofacet
