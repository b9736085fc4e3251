// The facet engine for local shards: each shard's facet columns give a document's value ordinals, and a match
// spy only reads those few array entries and increments counters. The cost per matching document does not
// depend on what other documents hold.
#pragma once

#include <memory>
#include <vector>

#include "index/facet_columns.h"
#include "search/facet_counter.h"
#include "search/filters.h"

namespace geofacet {

/// Counts facets from facet columns. Several shards searched as one are told apart by a posting source added
/// to the query, which the shard being matched advances (Xapian 1.4 hands a match spy the document number
/// within its shard, and matches shards one after another). Needs every shard local: a stock xapian-tcpsrv
/// runs neither the spy nor the posting source. NOT thread-safe: one per search.
class ColumnFacetCounter : public FacetCounter {
  public:
    /// A counter of `facets` over a database whose sub-databases have the columns `shards` in Xapian's order,
    /// for a search filtered by `filters`. The columns must be fresh for the database as opened.
    ColumnFacetCounter(std::vector<std::shared_ptr<const FacetColumns>> shards, std::vector<schema::FacetId> facets,
                       const FilterSet& filters);
    ~ColumnFacetCounter() override;

    Xapian::Query prepare(const Xapian::Query& query) override;
    void attach(Xapian::Enquire& enquire) override;
    /// Walks the query when it is boolean (walkable()) and `db` has the counter's shards, in order: a shard's
    /// documents are told apart by their numbers, and no posting source is needed.
    bool count_by_walking(const Xapian::Database& db, const std::function<void()>& poll) override;
    bool count_everything() override;
    /// Completes the multi-select facets, each counted over the matches of the other filters: in the same
    /// pass (which sees the documents that fail one of their filters and tests each), or from the columns'
    /// document frequencies when a facet is filtered alone over every document.
    void finish(const Xapian::Query& query) override;
    /// Throws std::logic_error if a matched document could not be placed in its shard (never trusted).
    Xapian::doccount total(const Xapian::MSet& mset) const override;
    std::vector<FacetCount> counts(schema::FacetId facet, std::size_t limit) const override;
    const char* engine() const override { return "columns"; }

    struct Pass;

  private:
    std::unique_ptr<Pass> start_pass(std::vector<schema::FacetId> counted);
    Xapian::Query tracked(const Xapian::Query& query, Pass& pass) const;
    const Pass& pass_of(schema::FacetId facet) const;

    std::vector<std::shared_ptr<const FacetColumns>> shards_;
    std::vector<schema::FacetId> multi_select_;  // counted and filtered: counted without their own filter
    std::vector<schema::FacetId> tested_;        // multi-select facets whose filters the main pass tests
    const FilterSet& filters_;
    Xapian::Query walked_;                       // prepare()'s query without the shard tracker
    std::unique_ptr<Pass> main_;                 // every facet, over the matches of every filter
    std::vector<std::unique_ptr<Pass>> own_;     // one per multi-select facet: its counts
};

}  // namespace geofacet
