// Fresh facet columns for the shards of a search, loaded once per process and shared by every thread.
#pragma once

#include <memory>
#include <string>

#include <xapian.h>

#include "index/facet_columns.h"

namespace geofacet {

/// How a shard's facet columns were obtained, for the search output.
enum class ColumnOrigin {
    Mapped,         ///< the file beside the database was fresh: mapped into memory
    BuiltAndSaved,  ///< missing or stale: built from the posting lists and saved beside the database
    BuiltInMemory,  ///< missing or stale and the folder is not writable (or unknown): built, kept in memory
};

/// What "mapped", "built and saved", "built in memory" are called in the output.
const char* origin_name(ColumnOrigin origin);

/// A shard's columns and how they came.
struct ShardColumns {
    std::shared_ptr<const FacetColumns> columns;  ///< fresh for the shard's revision
    ColumnOrigin origin = ColumnOrigin::Mapped;    ///< how
};

/// Fresh columns for `shard` (one local database at the revision it has open; `dir` its folder, "" when
/// unknown): the file beside it when it is fresh for the shard's UUID and revision, else built from the
/// posting lists and saved there (kept in memory when the folder cannot be written). Columns stay in a
/// process-wide cache while a searcher uses them, so that threads and searchers of one revision share one
/// copy and pay the load once. Thread-safe. Throws what Xapian throws reading the shard.
ShardColumns columns_for(const Xapian::Database& shard, const std::string& dir);

}  // namespace geofacet
