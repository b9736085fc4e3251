// The whole archive of the project's articles for tests of ranking and cross-lingual search: the sample
// corpus, the staging pairs while they are staged, and the holdout articles.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

namespace geofacet::test {

/// The article files and folders of the archive, wherever they are at test time.
std::vector<std::string> archive_inputs();

/// The archive indexed once per test program (read-only: do not modify).
const Xapian::Database& archive_db();

/// The pairs of articles on the same event (English id, Japanese id) of pairs.tsv (beside the sample corpus,
/// else in tests/data/staging) whose articles are both in the archive.
std::vector<std::pair<std::string, std::string>> event_pairs();

}  // namespace geofacet::test
