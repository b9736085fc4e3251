#include "search/search_service.h"

#include <algorithm>
#include <chrono>

#include "index/access_list.h"
#include "index/document_data.h"
#include "schema/facets.h"
#include "schema/schema.h"
#include "search/analysis_report.h"
#include "search/result_json.h"
#include "util/command_line.h"
#include "util/utf8.h"

namespace geofacet {

struct SearchService::Worker {
    unsigned generation = 0;
    std::unique_ptr<Searcher> searcher;
    std::unique_ptr<Analyzer> analyzer;     // analyses and suggestions: the searcher's own is private
    std::unique_ptr<SuggestIndex> suggest;  // built at first use after each change of the databases
};

// A worker borrowed for one call, given back however the call ends.
class SearchService::Lease {
  public:
    Lease(SearchService& service, Worker* worker) : service_(service), worker_(worker) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { service_.give_back(worker_); }
    Worker& operator*() const { return *worker_; }

  private:
    SearchService& service_;
    Worker* worker_;
};

ServiceAnswer error_answer(int status, const std::string& error, const std::string& reason, const std::string& parameter) {
    ServiceAnswer a{status, {{"error", error}, {"reason", reason}}};
    if (!parameter.empty()) a.body["parameter"] = parameter;
    return a;
}

namespace {

// A searcher and an analyser over freshly opened databases.
void open_worker(const std::shared_ptr<const Resources>& resources, const std::vector<std::string>& specs,
                 std::unique_ptr<Searcher>& searcher, std::unique_ptr<Analyzer>& analyzer) {
    auto s = std::make_unique<Searcher>(resources, specs);
    auto a = std::make_unique<Analyzer>(resources);
    Xapian::Database db = s->database();
    a->set_name_evidence(database_evidence(db));
    searcher = std::move(s);
    analyzer = std::move(a);
}

nlohmann::json values_json(const std::vector<HitValue>& values, const char* key) {
    nlohmann::json list = nlohmann::json::array();
    for (const HitValue& v : values) list.push_back({{key, v.value}, {"label", v.label}, {"label_ja", v.label_ja}});
    return list;
}

double elapsed_ms(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

SearchService::SearchService(std::shared_ptr<const Resources> resources, ServiceOptions options)
    : resources_(std::move(resources)), options_(std::move(options)) {
    for (std::size_t i = 0; i < std::max<std::size_t>(1, options_.workers); ++i) {
        auto w = std::make_unique<Worker>();
        open_worker(resources_, options_.databases, w->searcher, w->analyzer);
        idle_.push_back(w.get());
        workers_.push_back(std::move(w));
    }
}

SearchService::~SearchService() = default;

SearchService::Lease SearchService::borrow() {
    std::unique_lock<std::mutex> lock(mutex_);
    returned_.wait(lock, [this] { return !idle_.empty(); });
    Worker* w = idle_.back();
    idle_.pop_back();
    return Lease(*this, w);
}

void SearchService::give_back(Worker* worker) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        idle_.push_back(worker);
    }
    returned_.notify_one();
}

template <typename Work>
ServiceAnswer SearchService::with_worker(Work&& work) {
    Lease lease = borrow();
    Worker& w = *lease;
    try {
        if (w.generation != generation_.load()) {
            open_worker(resources_, options_.databases, w.searcher, w.analyzer);
            w.suggest.reset();
            w.generation = generation_.load();
        }
        // An index updated in place is seen at the next request; a revision that changed under a search
        // (DatabaseModifiedError) is reopened and the search run again.
        for (int attempt = 0;; ++attempt) {
            Xapian::Database db = w.searcher->database();
            if (db.reopen()) w.suggest.reset();
            try {
                return work(w);
            } catch (const Xapian::DatabaseModifiedError&) {
                if (attempt == 2) throw;
            }
        }
    } catch (const SearchTimeout&) {
        ++timeouts_;
        return error_answer(503, "timeout",
                            "the search took longer than the limit of " + std::to_string(static_cast<long>(options_.time_limit * 1000)) +
                                " ms and was stopped; narrow it with more words or filters");
    } catch (const std::invalid_argument& e) {
        return error_answer(400, "bad request", e.what());
    } catch (const Xapian::Error& e) {
        return error_answer(503, "database unavailable", e.get_description());
    }
}

ServiceAnswer SearchService::search(const UrlParams& params, const Reader& reader) {
    ParsedSearch parsed = parse_search_params(params, options_.limits);
    if (parsed.error) return error_answer(400, "bad request", parsed.error->reason, parsed.error->parameter);
    parsed.request.reader = reader;
    parsed.request.time_limit = options_.time_limit;
    return with_worker([&](Worker& w) {
        const auto started = std::chrono::steady_clock::now();
        const SearchResult result = w.searcher->search(parsed.request);
        ServiceAnswer a{200, result_json(parsed.request.query, parsed.request, result)};
        a.body["took_ms"] = elapsed_ms(started);
        return a;
    });
}

ServiceAnswer SearchService::document(const std::string& id, const Reader& reader) {
    if (id.empty() || utf8::find_invalid(id) != std::string::npos || id.size() > 200)
        return error_answer(400, "bad request", "a document id: 1 to 200 bytes of UTF-8", "id");
    return with_worker([&](Worker& w) {
        const auto found = w.searcher->document(id, reader);
        if (!found) return error_answer(404, "not found", "no document with this id that you may read", "id");
        const auto& [hit, doc] = *found;
        nlohmann::json percentages = nlohmann::json::array();
        for (const HitValue& p : hit.percentages) percentages.push_back({{"value", std::stod(p.value)}, {"text", p.text}, {"of", p.of}});
        nlohmann::json access = nlohmann::json::array();
        const std::string prefix = schema::kAccessPrefix;
        for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
            if ((*t).compare(0, prefix.size(), prefix) == 0) access.push_back((*t).substr(prefix.size()));
        return ServiceAnswer{200, {{"id", hit.id}, {"title", hit.title}, {"date", hit.date}, {"source", hit.source},
                                   {"url", hit.url}, {"lang", hit.lang}, {"body", DocumentData(doc.get_data()).body()},
                                   {"actors", values_json(hit.actors, "id")}, {"countries", values_json(hit.countries, "code")},
                                   {"percentages", percentages}, {"access", access}}};
    });
}

ServiceAnswer SearchService::analyze(const UrlParams& params) {
    std::optional<ParamError> error = unknown_param(params, {"text", "query"});
    const std::string text = single_param(params, "text", error);
    const std::string query = single_param(params, "query", error);
    if (!error && text.empty()) error = ParamError{"text", "the text to analyse is required"};
    if (!error && text.size() > options_.max_analyze_bytes)
        error = ParamError{"text", "at most " + std::to_string(options_.max_analyze_bytes) + " bytes"};
    if (!error && !query.empty() && query != "0" && query != "1") error = ParamError{"query", "0 or 1"};
    if (error) return error_answer(400, "bad request", error->reason, error->parameter);
    return with_worker([&](Worker& w) {
        return ServiceAnswer{200, analysis_report(*w.analyzer, text, query == "1", w.searcher->database())};
    });
}

ServiceAnswer SearchService::suggest(const UrlParams& params, const Reader& reader) {
    std::optional<ParamError> error = unknown_param(params, {"facet", "prefix", "limit"});
    std::string facet = single_param(params, "facet", error);
    const std::string prefix = single_param(params, "prefix", error);
    const std::string limit_text = single_param(params, "limit", error);
    if (facet.empty()) facet = suggestible_facets().front();
    std::uint64_t limit = 10;
    if (!error && !limit_text.empty() && !parse_whole_number(limit_text, 1, 50, limit))
        error = ParamError{"limit", "a whole number from 1 to 50"};
    if (!error && prefix.size() > 200) error = ParamError{"prefix", "at most 200 bytes"};
    const auto& facets = suggestible_facets();
    if (!error && std::find(facets.begin(), facets.end(), facet) == facets.end())
        error = ParamError{"facet", "one of " + suggestible_facet_names()};
    if (error) return error_answer(400, "bad request", error->reason, error->parameter);
    return with_worker([&](Worker& w) {
        if (!w.suggest) w.suggest = std::make_unique<SuggestIndex>(*w.analyzer, w.searcher->database());
        nlohmann::json list = nlohmann::json::array();
        for (const Suggestion& s : w.suggest->suggest(facet, prefix, reader, *w.analyzer, w.searcher->database(), limit))
            list.push_back({{"value", s.value}, {"label", s.label}, {"label_ja", s.label_ja}, {"matched", s.matched}, {"count", s.count}});
        return ServiceAnswer{200, {{"facet", facet}, {"prefix", prefix}, {"suggestions", list}}};
    });
}

ServiceAnswer SearchService::facets() {
    nlohmann::json list = nlohmann::json::array();
    for (const schema::FacetDef& f : schema::kFacets)
        list.push_back({{"name", std::string(f.name)},
                        {"title", std::string(f.title)},
                        {"title_ja", std::string(f.title_ja)},
                        {"default", f.by_default}});
    return ServiceAnswer{200, {{"facets", list}}};
}

ServiceAnswer SearchService::health(const Reader& reader) {
    return with_worker([&](Worker& w) {
        const Xapian::Database& db = w.searcher->database();
        Xapian::Enquire enquire(db);
        enquire.set_query(readable_by(reader));
        const Xapian::doccount readable = enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
        nlohmann::json databases = nlohmann::json::array();
        for (const std::string& spec : options_.databases) {
            nlohmann::json d{{"spec", spec}, {"open", true}};
            try {
                d["revision"] = open_databases({spec}).get_revision();
            } catch (const Xapian::Error&) {
                d["revision"] = nullptr;  // a remote shard or a stub of several does not tell
            }
            databases.push_back(d);
        }
        // The count is what this reader may read: a total would count restricted articles.
        return ServiceAnswer{200, {{"status", "ok"}, {"documents", readable}, {"databases", databases}}};
    });
}

}  // namespace geofacet
