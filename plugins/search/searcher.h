// A faceted search over one or more Geofacet indexes (local folders, stub files, remote shards).
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "index/facet_columns.h"
#include "index/shard_layout.h"
#include "search/access.h"
#include "search/facet_column_store.h"
#include "search/facet_counter.h"
#include "search/query_builder.h"
#include "search/snippet.h"

namespace geofacet {

/// What to search for.
struct SearchRequest {
    std::string query;                                         ///< the user's text (may be empty)
    std::vector<std::pair<std::string, std::string>> filters;  ///< (facet, value): OR within a facet, AND across
    std::string percent_range;                                 ///< "3..5": mentions a percentage in range
    Xapian::doccount offset = 0;                               ///< first result (0-based)
    Xapian::doccount limit = 10;                               ///< results to return
    bool sort_by_date = false;                                 ///< newest first instead of by relevance
    std::vector<std::string> facets;                           ///< facets to count; empty: the table's defaults
    bool count_facets = true;                                  ///< false: count no facet at all (facets is ignored)
    bool exact_total = true;                                   ///< false: when no facet is counted, total may be
                                                               ///< Xapian's estimate (the match stops at the page)
    std::size_t facet_limit = 10;                              ///< values per facet
    SnippetStyle snippet;                                      ///< how snippets look
    bool snippets = true;                                      ///< false: hits have no snippet
    bool translate = true;                                     ///< also search words in the other language
    std::string like;                                          ///< instead of `query`: the articles like this article id, in both languages
    Reader reader;                                             ///< who searches: only what they may read is
                                                               ///< matched, counted and shown (default: public)
    std::string date_range;                                    ///< "2025-06-01..2025-06-30" (see date_range.h)
    double time_limit = 0;                                     ///< seconds the match may take (0: no limit)
};

/// A search that ran past its SearchRequest::time_limit: Xapian cut the match short, so its counts are not exact.
struct SearchTimeout : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// A facet value of a result document.
struct HitValue {
    std::string value;     ///< actor id, ISO code or percentage
    std::string label;     ///< English label
    std::string label_ja;  ///< Japanese label
    std::string text;      ///< percentages: as written
    std::string of;        ///< percentages: what of
};

/// One result.
struct Hit {
    Xapian::doccount rank = 0;   ///< 1-based, over the whole result list
    std::string id, title, date, source, url, lang;
    double score = 0;            ///< Xapian weight
    int percent = 0;             ///< Xapian's percentage score
    std::string snippet;         ///< matched words marked
    std::vector<HitValue> actors, countries, percentages;
};

/// How the facets of a search were counted, for the output.
struct FacetCounting {
    std::string engine;                    ///< "columns" (every shard local) or "value slots" (a shard is remote)
    std::vector<std::string> shards;       ///< columns: per shard, "mapped", "built and saved" or "built in memory"
    std::vector<std::string> multi_select; ///< facets counted over the matches of every filter but their own
    std::string pass;                      ///< how the matches were found: "posting lists" (walked, a boolean
                                           ///< query on columns), "matcher" (Xapian's), "none" (every document)
};

/// The answer to a search.
struct SearchResult {
    Xapian::doccount total = 0;                                       ///< number of matches: those with every
                                                                      ///< concept, or with any when none has all
    bool total_exact = true;                                          ///< false: total is Xapian's estimate
    Xapian::doccount more = 0;                                        ///< about how many with some concepts but
                                                                      ///< not all are listed after them (estimate)
    std::vector<Hit> hits;                                            ///< the requested page
    std::vector<std::pair<std::string, std::vector<FacetCount>>> facets;  ///< counts over the total's matches
    Interpretation interpretation;                                    ///< how the query was understood
    std::vector<FilterNote> filters;                                  ///< how --filter values were understood
    bool relaxed = false;                                             ///< no match has every concept (those with most come first)
    FacetCounting counting;                                           ///< how facets were counted (empty: none)
    Xapian::Query matched;                                            ///< the query matched, filters and restriction included
};

/// Opens database specs as one: folders, stub database files or folders, and "tcp://HOST:PORT" remote
/// shards. Throws Xapian::DatabaseOpeningError (naming the spec) when one cannot be opened.
Xapian::Database open_databases(const std::vector<std::string>& specs);

/// Runs `work()`; when writers' commits overwrote the revision it was reading (Xapian::DatabaseModifiedError),
/// reopens `db` at the newest revision and runs it again, `attempts` times in all before letting the error go.
template <typename Work>
auto retry_when_modified(Xapian::Database db, Work&& work, int attempts = 3) -> decltype(work()) {
    for (int attempt = 1;; ++attempt) {
        try {
            return work();
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt >= attempts) throw;
            db.reopen();
        }
    }
}

/// The best matches of a query's first pass (ranked without phrase boosts, which read positions) that the
/// boosts then reorder; the matches after them keep the first pass's order.
inline constexpr Xapian::doccount kRescoreWindow = 20;

/// Runs searches. Facets are counted from facet columns when every shard is local (a few array reads per
/// matching document; columns beside each shard, mapped, rebuilt when stale), else with Xapian's
/// ValueCountMatchSpy on the facets' value slots, which a stock xapian-tcpsrv runs on its shard. NOT
/// thread-safe (owns an Analyzer and a Xapian::Database): one per thread. Resources and facet columns are
/// shared between the searchers of a process.
class Searcher {
  public:
    /// A searcher over `databases` (see open_databases).
    Searcher(std::shared_ptr<const Resources> resources, const std::vector<std::string>& databases);
    /// A searcher over an open database (facet columns of its local shards are built in memory when the
    /// database was not opened from folders, as then no file beside it is known). Copies of a Xapian::Database
    /// share one handle: give each thread's searcher a database of its own.
    Searcher(std::shared_ptr<const Resources> resources, Xapian::Database db);
    ~Searcher();

    /// Runs `request`, again on the newest revision if writers overwrote the one read (retry_when_modified).
    /// Throws std::invalid_argument for an unknown facet name or `like` article id (one the reader may not
    /// read included), SearchTimeout past its time limit.
    SearchResult search(const SearchRequest& request);

    /// Article `id` as a result (no snippet) with its document, when `reader` may read it; nullopt when it is
    /// absent or restricted alike, so that the answer tells nothing of what the reader may not see. Retries as search().
    std::optional<std::pair<Hit, Xapian::Document>> document(const std::string& id, const Reader& reader);

    /// The database searched.
    const Xapian::Database& database() const { return db_; }

  private:
    struct Match;
    struct Deadline;
    Searcher(std::shared_ptr<const Resources> resources, Xapian::Database db, std::vector<DatabaseLocation> locations);
    ParsedQuery like(const SearchRequest& request);
    SearchResult search_revision(const SearchRequest& request);
    std::optional<std::pair<Hit, Xapian::Document>> document_of_revision(const std::string& id, const Reader& reader);
    bool any_match(const Xapian::Query& query, const Deadline& deadline);
    Match run_match(const SearchRequest& request, const Xapian::Query& listed, const Xapian::Query& rescored,
                    const Xapian::Query& counted, bool same, const FilterSet& filters,
                    const std::vector<schema::FacetId>& facets, bool weighted, const Deadline& deadline);
    void rescored_page(const SearchRequest& request, const Xapian::Query& listed, const Xapian::Query& rescored,
                       Match& m, const Deadline& deadline);
    void count_without_facets(const SearchRequest& request, const Xapian::Query& query, const Xapian::MSet* ranked,
                              Match& m, const Deadline& deadline);
    Xapian::MSet ranked(const SearchRequest& request, const Xapian::Query& query, Xapian::doccount check,
                        const Deadline& deadline,
                        bool weighed = true);
    Xapian::MSet newest(const SearchRequest& request, const Xapian::Query& query, const Deadline& deadline);
    Xapian::doccount count_facets(const Xapian::Query& counted, FacetCounter& counter, FacetCounting& counting,
                                  const Deadline& deadline);
    Xapian::doccount count(const Xapian::Query& query, FacetCounter* counter, const Deadline& deadline);
    Xapian::Query restriction(const SearchRequest& request) const;
    std::unique_ptr<FacetCounter> make_counter(const std::vector<schema::FacetId>& facets, const FilterSet& filters,
                                               FacetCounting& counting);
    bool fresh_columns();
    void add_results(const SearchRequest& request, const Match& match, const std::vector<schema::FacetId>& facets,
                     SearchResult& result);
    Hit make_hit(const Xapian::MSetIterator& it, const std::set<std::string>& terms, const SearchRequest& request);

    std::shared_ptr<const Resources> resources_;
    Xapian::Database db_;
    std::vector<DatabaseLocation> locations_;   // one per shard when known, else empty
    std::vector<Xapian::Database> shards_;      // each sub-database of db_ on its own
    bool local_ = false;                        // every shard local, with revisions: the columns engine
    std::vector<ShardColumns> columns_;         // of each shard, fresh for the revision it has open
    Analyzer analyzer_;
};

}  // namespace geofacet
