// Word lists of query understanding kept beside the analysis resources: the Japanese words a query drops.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>

#include "analysis/resources.h"

namespace geofacet {

/// The Japanese words dropped from free-text queries (plugins/data/stopwords-ja.txt), by dictionary form,
/// loaded once per data folder and shared. Thread-safe.
std::shared_ptr<const std::unordered_set<std::string>> japanese_stopwords(const Resources& resources);

}  // namespace geofacet
