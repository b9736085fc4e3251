#include "index/shard_writers.h"

#include "index/shard_layout.h"

namespace geofacet {

namespace {
// Documents queued per shard: enough to keep a writer busy while the others commit, few enough to bound memory.
constexpr std::size_t kQueued = 256;
}  // namespace

ShardWriters::ShardWriters(std::vector<Xapian::WritableDatabase> shards, unsigned batch)
    : shards_(std::move(shards)), batch_(batch), queues_(shards_.size()) {
    if (shards_.size() > 1)
        for (std::size_t k = 0; k < shards_.size(); ++k) threads_.emplace_back(&ShardWriters::run, this, k);
}

ShardWriters::~ShardWriters() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    for (Queue& q : queues_) q.ready.notify_all();
    for (std::thread& t : threads_) t.join();
}

Xapian::Database ShardWriters::reader() const {
    Xapian::Database all;
    for (const Xapian::WritableDatabase& db : shards_) all.add_database(db);
    return all;
}

void ShardWriters::write(std::size_t shard, const std::string& id_term, const Xapian::Document& doc, unsigned& in_batch) {
    Xapian::WritableDatabase& db = shards_[shard];
    const bool existed = db.term_exists(id_term);
    db.replace_document(id_term, doc);
    ++(existed ? replaced_ : added_);
    if (++in_batch >= batch_) {
        db.commit();
        in_batch = 0;
    }
}

void ShardWriters::add(const std::string& id_term, Xapian::Document doc) {
    if (threads_.empty()) {
        write(0, id_term, doc, in_batch_);
        return;
    }
    rethrow();
    Queue& q = queues_[shard_of(id_term, static_cast<unsigned>(shards_.size()))];
    {
        std::unique_lock<std::mutex> lock(mutex_);
        q.room.wait(lock, [&] { return error_ || q.documents.size() < kQueued; });
        q.documents.emplace_back(id_term, std::move(doc));
    }
    q.ready.notify_one();
}

// A shard's writer thread: its documents in the order added, a commit every batch.
void ShardWriters::run(std::size_t shard) {
    Queue& q = queues_[shard];
    unsigned in_batch = 0;
    while (true) {
        std::pair<std::string, Xapian::Document> next;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            q.ready.wait(lock, [&] { return stopping_ || !q.documents.empty(); });
            if (q.documents.empty()) return;
            next = std::move(q.documents.front());
            q.documents.pop_front();
            ++busy_;
        }
        q.room.notify_one();
        try {
            if (!error_) write(shard, next.first, next.second, in_batch);
        } catch (...) {
            std::lock_guard<std::mutex> lock(mutex_);
            if (!error_) error_ = std::current_exception();
        }
        {
            std::lock_guard<std::mutex> lock(mutex_);
            --busy_;
        }
        drained_.notify_all();
    }
}

void ShardWriters::rethrow() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (error_) std::rethrow_exception(error_);
}

void ShardWriters::finish() {
    {
        std::unique_lock<std::mutex> lock(mutex_);
        drained_.wait(lock, [&] {
            if (busy_) return false;
            for (const Queue& q : queues_)
                if (!q.documents.empty()) return false;
            return true;
        });
    }
    rethrow();
    // Every writer is idle: the shards can be committed from here (in parallel, as commits wait on the disk).
    std::vector<std::thread> commits;
    std::vector<std::exception_ptr> errors(shards_.size());
    for (std::size_t k = 0; k < shards_.size(); ++k)
        commits.emplace_back([this, k, &errors] {
            try {
                shards_[k].commit();
            } catch (...) {
                errors[k] = std::current_exception();
            }
        });
    for (std::thread& t : commits) t.join();
    for (const std::exception_ptr& e : errors)
        if (e) std::rethrow_exception(e);
}

}  // namespace geofacet
