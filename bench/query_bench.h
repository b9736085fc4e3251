// The query benchmark: a generated archive indexed by geofacet-index and by a plain Xapian indexer in the
// same run, the same queries timed on both with and without facets and filters, printed as ratios; index
// size, indexing rate and peak memory; and what one entity-rich article does to the facet times.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analysis/resources.h"

namespace geofacet::bench {

/// What the query benchmark does.
struct QueryBenchOptions {
    std::uint64_t articles = 100000;        ///< size of the generated archive
    std::string work_dir;                   ///< where the archive and databases go ("" for a temporary folder)
    unsigned runs = 30;                     ///< timed runs per query (the median is printed)
    std::vector<unsigned> shard_counts{1};  ///< geofacet-index runs, one per shard count (1 is searched)
    std::string bin_dir;                    ///< folder holding geofacet-index
    bool keep = false;                      ///< keep the work folder
    bool reuse = false;                     ///< when the work folder has the databases, only time the queries
    bool entity_rich = true;                ///< also time the queries after adding one entity-rich article
};

/// Runs the benchmark, printing to standard output; returns the process exit status.
int run_query_bench(std::shared_ptr<const Resources> resources, const QueryBenchOptions& options);

}  // namespace geofacet::bench
