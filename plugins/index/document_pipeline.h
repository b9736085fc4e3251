// Building documents on several threads, each with its own Analyzer, written back in input order.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

#include "analysis/resources.h"
#include "index/article.h"
#include "index/document_builder.h"
#include "index/name_evidence_set.h"

namespace geofacet {

/// Builds documents from articles on `threads` worker threads, each owning its Analyzer (MeCab tagger,
/// ICU transliterators, stemmer), and hands them to a sink in the order the articles were pushed, on one
/// writer thread of its own, so that one thread writes the database and documents are written even while
/// the reader waits for input. With one thread it builds and writes as articles are pushed. Push and
/// finish from one thread only; the sink must not be used by others meanwhile. An article's names are read
/// with the evidence of the index and of every article pushed before it, never of one after it, so that the
/// index is the same whatever the number of threads and their timing.
class DocumentPipeline {
  public:
    /// Receives each article with its document.
    using Sink = std::function<void(Article&&, BuiltDocument&&)>;

    /// A pipeline over `resources` with `threads` workers (1: none), confirming readings with `evidence`.
    DocumentPipeline(std::shared_ptr<const Resources> resources, unsigned threads,
                     std::shared_ptr<NameEvidenceSet> evidence, Sink sink);
    /// Waits for the workers (finish() first to receive every document).
    ~DocumentPipeline();
    DocumentPipeline(const DocumentPipeline&) = delete;
    DocumentPipeline& operator=(const DocumentPipeline&) = delete;

    /// Receives an article that could not be made a document, with the reason; the run goes on without it.
    using OnFailure = std::function<void(const Article&, const std::string& reason)>;
    /// Where articles that fail go (default: nowhere). Call before the first push().
    void on_failure(OnFailure failure) { on_failure_ = std::move(failure); }
    /// A flag (owned by the caller) that, once set, abandons the article being analysed. Call before the first push().
    void set_stop(const std::atomic<bool>* stop) { stop_ = stop; }

    /// Queues `article`; waits while too many are in flight. Rethrows an exception the sink met.
    void push(Article&& article);
    /// Waits until every article pushed is in the sink; rethrows an exception the sink met.
    void finish();

  private:
    struct Result {
        Article article;
        BuiltDocument built;
        std::string failure;       // why no document was made, or empty
        bool interrupted = false;  // abandoned by the stop flag: neither written nor reported
    };
    Result make(DocumentBuilder& builder, Article&& article);
    void deliver(Result&& r);
    NameEvidence evidence_before(std::uint64_t seq);
    void work(unsigned worker);
    void write();
    void rethrow();
    BuiltDocument build(DocumentBuilder& builder, const Article& article);

    std::shared_ptr<const Resources> resources_;
    std::shared_ptr<NameEvidenceSet> evidence_;
    Sink sink_;
    OnFailure on_failure_;
    const std::atomic<bool>* stop_ = nullptr;
    std::unique_ptr<Analyzer> analyzer_;          // one thread: the caller's
    std::unique_ptr<DocumentBuilder> builder_;
    std::vector<std::thread> workers_;
    std::thread writer_;
    std::mutex mutex_;
    std::condition_variable work_ready_, result_ready_, emitted_more_;
    std::deque<std::pair<std::uint64_t, Article>> jobs_;
    std::map<std::uint64_t, Result> done_;
    std::uint64_t pushed_ = 0, emitted_ = 0;
    std::exception_ptr error_;
    bool stopping_ = false;
};

}  // namespace geofacet
