// Exact facet counts over a whole match set. Two engines behind one interface: facet columns (a few array
// reads per matching document; every shard local) and Xapian's built-in ValueCountMatchSpy on the facets'
// value slots (what a shard behind a stock xapian-tcpsrv can run). The searcher picks one per search.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/facets.h"

namespace geofacet {

/// One value of a facet and the number of matching documents that have it.
struct FacetCount {
    std::string value;         ///< facet value: actor id, ISO code, percentage, bucket key, language...
    std::string label;         ///< English label (or the value itself)
    std::string label_ja;      ///< Japanese label, when there is one
    Xapian::doccount count = 0;
};

/// Orders counts as every engine returns them (the facet's order: most frequent first, ties by value, or
/// the newest month first) and keeps `limit`.
void rank_counts(std::vector<FacetCount>& counts, std::size_t limit, schema::FacetOrder order);

/// Counts facets while Xapian matches. Use: query = prepare(query); unless count_by_walking(), set it on an
/// Enquire, attach(enquire) and get_mset with checkatleast = the database's document count; finish(query);
/// then total() and counts().
/// A facet that is filtered is counted over the matches of every other filter (multi-select: the counts of
/// the values one could add to the filter). NOT thread-safe: one per search.
class FacetCounter {
  public:
    virtual ~FacetCounter() = default;

    /// The query to match, given the search's query without the facet filters.
    virtual Xapian::Query prepare(const Xapian::Query& query) = 0;
    /// Installs the counting on `enquire` (whose query is prepare()'s); it must outlive the match.
    virtual void attach(Xapian::Enquire& enquire) = 0;
    /// Counts every document of the database instead of a match, when the engine keeps those counts (the
    /// columns keep each value's document frequency); false, counting nothing, when it does not.
    virtual bool count_everything() { return false; }
    /// Counts the matches of prepare()'s query without Xapian's matcher, walking their posting lists in `db`
    /// (boolean_walk.h), instead of attach() and a match: true when the engine and the query allow it; false,
    /// having counted nothing, when not. `poll` is called now and then, to stop a walk by throwing.
    virtual bool count_by_walking(const Xapian::Database& db, const std::function<void()>& poll) {
        (void)db, (void)poll;
        return false;
    }
    /// Runs what counting needs after the match, given the query prepare() was given.
    virtual void finish(const Xapian::Query& query) = 0;
    /// The exact number of documents matching the query and every filter, given the match's MSet.
    virtual Xapian::doccount total(const Xapian::MSet& mset) const = 0;
    /// Counts of `facet` (labels not filled in; see facet_label), ranked, at most `limit`.
    virtual std::vector<FacetCount> counts(schema::FacetId facet, std::size_t limit) const = 0;
    /// "columns" or "value slots".
    virtual const char* engine() const = 0;
};

}  // namespace geofacet
