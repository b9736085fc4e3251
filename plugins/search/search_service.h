// The search service without HTTP: searches, documents, analyses, suggestions and health as JSON answers,
// over a pool of workers (one Searcher each) sharing resources loaded once per process. The HTTP server
// (service/) only routes requests here and sends the answers.
#pragma once

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "search/search_request.h"
#include "search/searcher.h"
#include "search/suggest.h"

namespace geofacet {

/// An answer: an HTTP status and a JSON body.
struct ServiceAnswer {
    int status = 200;      ///< 200, or 4xx/5xx with {"error", "reason", "parameter"}
    nlohmann::json body;   ///< what to send
};

/// An error answer: {"error": short name, "reason": what to do, "parameter": the one at fault (if any)}.
ServiceAnswer error_answer(int status, const std::string& error, const std::string& reason, const std::string& parameter = "");

/// How the service runs.
struct ServiceOptions {
    std::vector<std::string> databases;  ///< specs, as geofacet-query's --db
    std::size_t workers = 4;             ///< searchers, one per HTTP worker thread
    double time_limit = 5.0;             ///< seconds a search's match may take (0: no limit)
    RequestLimits limits;                ///< what one request may ask
    std::size_t max_analyze_bytes = 4000;   ///< text of /api/analyze
};

/// The service. Thread-safe: each call borrows a worker for its duration.
class SearchService {
  public:
    /// Opens every database once per worker; throws Xapian::DatabaseOpeningError when one cannot be opened.
    SearchService(std::shared_ptr<const Resources> resources, ServiceOptions options);
    ~SearchService();

    /// /api/search: result_json of the request (the object geofacet-query --json prints) plus "took_ms".
    ServiceAnswer search(const UrlParams& params, const Reader& reader);
    /// /api/documents/{id}: the article's fields, body and facet values; 404 when absent or not readable.
    ServiceAnswer document(const std::string& id, const Reader& reader);
    /// /api/analyze?text=&query=0|1: what geofacet-analyze --json prints.
    ServiceAnswer analyze(const UrlParams& params);
    /// /api/suggest?facet=&prefix=&limit=: facet values as one types, counted over what `reader` may read.
    ServiceAnswer suggest(const UrlParams& params, const Reader& reader);
    /// /healthz: databases open, documents `reader` may read, revisions.
    ServiceAnswer health(const Reader& reader);
    /// The facets a search can count, in the facet table's order and then the date facet: name, titles and
    /// whether a search that names none counts it. What the page builds its sidebar from.
    static ServiceAnswer facets();

    /// Opens the databases anew from their specs at each worker's next request (after a folder was swapped
    /// or a stub file rewritten, which reopening an open database does not see). Thread-safe.
    void reload() { ++generation_; }

    /// Searches cut off at the time limit so far.
    std::uint64_t timeouts() const { return timeouts_.load(); }

  private:
    struct Worker;
    class Lease;
    Lease borrow();
    void give_back(Worker* worker);
    template <typename Work>
    ServiceAnswer with_worker(Work&& work);

    std::shared_ptr<const Resources> resources_;
    ServiceOptions options_;
    std::vector<std::unique_ptr<Worker>> workers_;
    std::vector<Worker*> idle_;
    std::mutex mutex_;
    std::condition_variable returned_;
    std::atomic<unsigned> generation_{0};
    std::atomic<std::uint64_t> timeouts_{0};
};

}  // namespace geofacet
