// The facet engine that runs anywhere: Xapian's built-in ValueCountMatchSpy on each slot in use of each
// facet's run. A stock xapian-tcpsrv runs these spies on its own shard, so the searcher uses this engine when
// a shard is remote. It costs a value read and a map update per slot in use per matching document, and the
// slots in use are set by the richest document of the archive: the slow path, kept for remote shards.
#pragma once

#include <map>
#include <memory>
#include <vector>

#include "search/facet_counter.h"
#include "search/filters.h"

namespace geofacet {

/// Counts facets with ValueCountMatchSpy. Only the first slot_count values of a document are in slots
/// (schema::FacetDef); a document with more is counted for those. NOT thread-safe: one per search.
class SlotFacetCounter : public FacetCounter {
  public:
    /// A counter of `facets` over `db` (any database, remote shards too), for a search filtered by `filters`.
    SlotFacetCounter(const Xapian::Database& db, std::vector<schema::FacetId> facets, const FilterSet& filters);

    Xapian::Query prepare(const Xapian::Query& query) override;
    void attach(Xapian::Enquire& enquire) override;
    /// Counts in boolean passes of their own: the facets without a filter over the matches of every filter,
    /// each filtered facet over the matches of the other filters.
    void finish(const Xapian::Query& query) override;
    Xapian::doccount total(const Xapian::MSet& mset) const override { return mset.get_matches_estimated(); }
    std::vector<FacetCount> counts(schema::FacetId facet, std::size_t limit) const override;
    const char* engine() const override { return "value slots"; }

  private:
    using Spies = std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>>;
    Spies spies_of(schema::FacetId facet) const;
    void count_pass(const std::vector<schema::FacetId>& facets, const Xapian::Query& filter, const Xapian::Query& query);
    void add_counts(schema::FacetId facet, const Spies& spies);

    const Xapian::Database& db_;
    std::vector<schema::FacetId> facets_;
    const FilterSet& filters_;
    std::map<schema::FacetId, std::map<std::string, Xapian::doccount>> totals_;  // facet → value → count
};

/// The number of slots of facet `f`'s run that hold a value in some document of `db` (values fill a
/// document's run from its first slot, so the first empty slot ends the run in use).
Xapian::valueno slots_in_use(const Xapian::Database& db, const schema::FacetDef& f);

}  // namespace geofacet
