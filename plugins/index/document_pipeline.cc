#include "index/document_pipeline.h"

#include "schema/schema.h"

namespace geofacet {

namespace {
// Articles in flight per worker: enough to keep every worker busy, few enough to bound memory.
constexpr std::size_t kInFlightPerWorker = 8;
}  // namespace

DocumentPipeline::DocumentPipeline(std::shared_ptr<const Resources> resources, unsigned threads,
                                   std::shared_ptr<NameEvidenceSet> evidence, Sink sink)
    : resources_(std::move(resources)), evidence_(std::move(evidence)), sink_(std::move(sink)) {
    if (threads <= 1) {
        analyzer_ = std::make_unique<Analyzer>(resources_);
        analyzer_->set_name_evidence(evidence_->evidence());
        builder_ = std::make_unique<DocumentBuilder>(*analyzer_);
        return;
    }
    for (unsigned w = 0; w < threads; ++w) workers_.emplace_back(&DocumentPipeline::work, this, w);
    writer_ = std::thread(&DocumentPipeline::write, this);
}

DocumentPipeline::~DocumentPipeline() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    work_ready_.notify_all();
    result_ready_.notify_all();
    emitted_more_.notify_all();  // a worker may wait for the evidence of earlier articles
    for (std::thread& t : workers_) t.join();
    if (writer_.joinable()) writer_.join();
}

BuiltDocument DocumentPipeline::build(DocumentBuilder& builder, const Article& article) {
    return builder.build(article);
}

// One article that cannot be built (an analyser's or Xapian's exception) costs that article, not the run.
DocumentPipeline::Result DocumentPipeline::make(DocumentBuilder& builder, Article&& article) {
    Result r{std::move(article), {}, {}, false};
    builder.set_stop(stop_);
    try {
        r.built = build(builder, r.article);
    } catch (const ArticleInterrupted&) {
        r.interrupted = true;
    } catch (const Xapian::Error& e) {
        r.failure = "id '" + r.article.id + "': cannot be indexed: " + e.get_description();
    } catch (const std::exception& e) {
        r.failure = "id '" + r.article.id + "': cannot be indexed: " + e.what();
    }
    return r;
}

void DocumentPipeline::deliver(Result&& r) {
    if (r.interrupted) return;
    if (!r.failure.empty()) {
        if (on_failure_) on_failure_(r.article, r.failure);
        return;
    }
    evidence_->add_from(r.built.document);  // in input order: see evidence_before()
    sink_(std::move(r.article), std::move(r.built));
}

// The evidence article `seq` may see: the index's and that of every article before it in input order. The
// writer adds them in that order; a worker that asks waits until it has, so that the index does not depend
// on which worker was quicker. Articles that never ask (no name to read or join) never wait.
NameEvidence DocumentPipeline::evidence_before(std::uint64_t seq) {
    auto ready = std::make_shared<bool>(false);
    const auto wait = [this, seq, ready] {
        if (*ready) return;
        std::unique_lock<std::mutex> lock(mutex_);
        emitted_more_.wait(lock, [this, seq] { return stopping_ || emitted_ >= seq; });
        *ready = true;
    };
    return NameEvidence(
        [this, wait](const std::string& key) { wait(); return evidence_->contains(key); },
        [this, wait](const std::string& sound) { wait(); return evidence_->spellings(sound); });
}

void DocumentPipeline::work(unsigned) {
    // Each worker owns its analyzer: MeCab taggers and ICU transliterators are not thread-safe.
    Analyzer analyzer(resources_);
    DocumentBuilder builder(analyzer);
    while (true) {
        std::pair<std::uint64_t, Article> job;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            work_ready_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
            if (jobs_.empty()) return;
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        analyzer.set_name_evidence(evidence_before(job.first));
        Result result = make(builder, std::move(job.second));
        {
            std::lock_guard<std::mutex> lock(mutex_);
            done_.emplace(job.first, std::move(result));
        }
        result_ready_.notify_all();  // the writer waits for its next document
    }
}

// The writer thread: every document, in input order, into the sink.
void DocumentPipeline::write() {
    while (true) {
        Result r;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            result_ready_.wait(lock, [this] { return stopping_ || done_.count(emitted_) > 0; });
            const auto it = done_.find(emitted_);
            if (it == done_.end()) return;  // stopping, and nothing left in order
            r = std::move(it->second);
            done_.erase(it);
        }
        try {
            if (!error_) deliver(std::move(r));
        } catch (...) {
            std::lock_guard<std::mutex> lock(mutex_);
            if (!error_) error_ = std::current_exception();
        }
        {
            std::lock_guard<std::mutex> lock(mutex_);
            ++emitted_;
        }
        emitted_more_.notify_all();
    }
}

void DocumentPipeline::rethrow() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (error_) std::rethrow_exception(error_);
}

void DocumentPipeline::push(Article&& article) {
    if (workers_.empty()) {
        ++pushed_, ++emitted_;
        deliver(make(*builder_, std::move(article)));
        return;
    }
    rethrow();
    {
        std::unique_lock<std::mutex> lock(mutex_);
        emitted_more_.wait(lock, [this] { return error_ || pushed_ - emitted_ < workers_.size() * kInFlightPerWorker; });
        jobs_.emplace_back(pushed_++, std::move(article));
    }
    work_ready_.notify_one();
}

void DocumentPipeline::finish() {
    if (!workers_.empty()) {
        std::unique_lock<std::mutex> lock(mutex_);
        emitted_more_.wait(lock, [this] { return emitted_ == pushed_; });
    }
    rethrow();
}

}  // namespace geofacet
