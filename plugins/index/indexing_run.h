// One indexing run: read inputs, analyse, write the Xapian database in batches, report.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "analysis/resources.h"
#include "index/article_reader.h"

namespace geofacet {

/// What to index and where.
struct IndexOptions {
    std::string db;                    ///< index folder (created when missing): one database, or shards and a stub
    std::vector<std::string> inputs;   ///< files, folders, or "-"
    std::string entities_out;          ///< when set, one JSON line per article with its facet values
    unsigned batch_size = 500;         ///< documents per commit
    unsigned threads = 1;              ///< threads that analyse articles (1: the caller's only)
    unsigned shards = 0;               ///< shards written in parallel, fixed when the index is created
                                       ///< (0: as the index has them, 1 for a new one); see writable_shards()
    bool compact = false;              ///< after the run, merge the shards into one compact database
    ReaderLimits limits;               ///< what an article may be
};

/// Progress of a run, for reports while it goes.
struct IndexProgress {
    std::uint64_t documents = 0;       ///< articles indexed so far
    std::uint64_t bytes = 0;           ///< input bytes read so far
    std::uint64_t total_bytes = 0;     ///< input bytes in all (0 when unknown, as for standard input)
    double seconds = 0;                ///< time since the start
};

/// The outcome of a run.
struct IndexReport {
    std::uint64_t indexed = 0;         ///< documents written (added + replaced)
    std::uint64_t added = 0;           ///< new ids
    std::uint64_t replaced = 0;        ///< ids that were already in the database (or earlier in the run)
    std::uint64_t skipped = 0;         ///< articles (or inputs) not indexed
    std::uint64_t warnings = 0;        ///< articles indexed despite a problem
    std::map<std::string, std::uint64_t> skip_reasons;  ///< reason kind ("malformed JSON", ...) → count
    bool interrupted = false;          ///< stopped by a request (Ctrl-C); every committed batch is kept
    double seconds = 0;                ///< wall time
};

/// Callbacks of a run; all optional.
struct IndexCallbacks {
    std::function<void(const InputProblem&)> on_problem;        ///< each problem as it is met (reading thread)
    std::function<void(const IndexProgress&)> on_progress;      ///< about every `progress_seconds` (writing thread)
    double progress_seconds = 2.0;                              ///< interval between progress calls
    const std::atomic<bool>* stop = nullptr;                    ///< set to stop after the current article
};

/// Runs the indexer. Throws Xapian::DatabaseError (missing, locked, unwritable database),
/// std::invalid_argument (a shard count the index does not have) and std::runtime_error (unwritable
/// --entities-out) before anything is read.
IndexReport run_indexing(std::shared_ptr<const Resources> resources, const IndexOptions& options,
                         const IndexCallbacks& callbacks = {});

/// The kind of a problem's reason, for the summary ("malformed JSON: ..." → "malformed JSON").
std::string reason_kind(const std::string& reason);

}  // namespace geofacet
