// A faceted search over one or more Geofacet indexes (local folders, stub files, remote shards).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
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
    bool count_facets = true;                                  ///< false: count no facet at all (facets is ignored)
    std::size_t facet_limit = 10;                              ///< values per facet
    SnippetStyle snippet;                                      ///< how snippets look
    bool translate = true;                                     ///< also search words in the other language
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
    bool relaxed = false;                                             ///< no match had every concept: any concept sufficed
};

/// Opens database specs as one: folders, stub database files, and "tcp://HOST:PORT" remote shards.
/// Throws Xapian::DatabaseOpeningError (naming the spec) when one cannot be opened.
Xapian::Database open_databases(const std::vector<std::string>& specs);

/// Runs searches. NOT thread-safe (owns an Analyzer): one per thread.
class Searcher {
  public:
    /// A searcher over `databases` (see open_databases).
    Searcher(std::shared_ptr<const Resources> resources, const std::vector<std::string>& databases);
    /// A searcher over an open database.
    Searcher(std::shared_ptr<const Resources> resources, Xapian::Database db);

    /// Runs `request`. Throws std::invalid_argument for an unknown facet name.
    SearchResult search(const SearchRequest& request);

    /// The database searched.
    const Xapian::Database& database() const { return db_; }

  private:
    Hit make_hit(const Xapian::MSetIterator& it, const std::set<std::string>& terms, const SnippetStyle& style);

    std::shared_ptr<const Resources> resources_;
    Xapian::Database db_;
    Analyzer analyzer_;
};

}  // namespace geofacet
