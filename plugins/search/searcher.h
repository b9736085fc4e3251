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
#include "search/access.h"
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
    std::vector<std::string> facets;                           ///< facets to count; empty: actor, country, percent, percent_range
    std::size_t facet_limit = 10;                              ///< values per facet
    SnippetStyle snippet;                                      ///< how snippets look
    bool translate = true;                                     ///< also search words in the other language
    std::string like;                                          ///< instead of `query`: the articles like this article id, in both languages
    Reader reader;                                             ///< who searches: only what they may read is
                                                               ///< matched, counted and shown (default: public)
    std::string date_range;                                    ///< "2025-06-01..2025-06-30" (see date_facet.h)
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

/// The answer to a search.
struct SearchResult {
    Xapian::doccount total = 0;                                       ///< exact number of matches
    std::vector<Hit> hits;                                            ///< the requested page
    std::vector<std::pair<std::string, std::vector<FacetCount>>> facets;  ///< counts over all matches
    Interpretation interpretation;                                    ///< how the query was understood
    std::vector<FilterNote> filters;                                  ///< how --filter values were understood
    bool relaxed = false;                                             ///< no match has every concept (those with most come first)
    Xapian::Query matched;                                            ///< the query matched, filters and restriction included
};

/// Opens database specs as one: folders, stub database files, and "tcp://HOST:PORT" remote shards.
/// Throws Xapian::DatabaseOpeningError (naming the spec) when one cannot be opened.
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

/// Runs searches. NOT thread-safe (owns an Analyzer): one per thread.
class Searcher {
  public:
    /// A searcher over `databases` (see open_databases).
    Searcher(std::shared_ptr<const Resources> resources, const std::vector<std::string>& databases);
    /// A searcher over an open database.
    Searcher(std::shared_ptr<const Resources> resources, Xapian::Database db);

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
    ParsedQuery like(const SearchRequest& request);
    SearchResult search_revision(const SearchRequest& request);
    std::optional<std::pair<Hit, Xapian::Document>> document_of_revision(const std::string& id, const Reader& reader);
    Hit make_hit(const Xapian::MSetIterator& it, const std::set<std::string>& terms, const SnippetStyle& style);

    std::shared_ptr<const Resources> resources_;
    Xapian::Database db_;
    Analyzer analyzer_;
};

}  // namespace geofacet
