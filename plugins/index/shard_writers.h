// Writing documents into the shards of an index in parallel: one writer thread per shard.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

namespace geofacet {

/// Writes documents into the shards of an index, routed by shard_of() their id term, so that an id always
/// goes to one shard and indexing it again replaces it there. With several shards each has a writer thread
/// of its own that owns its WritableDatabase and commits every `batch` of its documents; memory stays bounded
/// (a shard's queue holds at most a few batches' worth of documents, and add() waits for room). With one
/// shard, documents are written on the caller's thread. Call add() and finish() from one thread only.
class ShardWriters {
  public:
    /// Writers for `shards` (opened for writing, in shard order), committing every `batch` documents.
    ShardWriters(std::vector<Xapian::WritableDatabase> shards, unsigned batch);
    /// Stops the writer threads (finish() first to keep what was added).
    ~ShardWriters();
    ShardWriters(const ShardWriters&) = delete;
    ShardWriters& operator=(const ShardWriters&) = delete;

    /// Writes `doc` under its unique term `id_term` (replacing a document with that term). Rethrows an
    /// exception a writer met.
    void add(const std::string& id_term, Xapian::Document doc);
    /// Waits until every document added is written, commits every shard, rethrows a writer's exception.
    void finish();

    /// Every shard read as one, as it was when the writers were made (before any add()).
    Xapian::Database reader() const;
    /// The shards' databases, in shard order (use them only after finish()).
    const std::vector<Xapian::WritableDatabase>& shards() const { return shards_; }
    /// Documents whose id was new.
    std::uint64_t added() const { return added_; }
    /// Documents that replaced one with the same id.
    std::uint64_t replaced() const { return replaced_; }

  private:
    struct Queue {
        std::deque<std::pair<std::string, Xapian::Document>> documents;
        std::condition_variable ready, room;
    };
    void write(std::size_t shard, const std::string& id_term, const Xapian::Document& doc, unsigned& in_batch);
    void run(std::size_t shard);
    void rethrow();

    std::vector<Xapian::WritableDatabase> shards_;
    unsigned batch_;
    unsigned in_batch_ = 0;  // one shard: documents since its last commit
    std::vector<Queue> queues_;
    std::vector<std::thread> threads_;
    std::mutex mutex_;
    std::condition_variable drained_;
    std::size_t busy_ = 0;  // documents taken from a queue and not yet written
    bool stopping_ = false;
    std::exception_ptr error_;
    std::atomic<std::uint64_t> added_{0}, replaced_{0};
};

}  // namespace geofacet
