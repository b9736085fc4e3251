// The searcher's shards: opening them, checking their schema, and keeping their facet columns fresh.
#include "search/searcher.h"

#include <algorithm>

#include "schema/facets.h"
#include "schema/schema.h"
#include "search/facet_column_counter.h"
#include "search/facet_slot_counter.h"

namespace geofacet {

using schema::FacetId;

namespace {

std::vector<DatabaseLocation> locations_of(const std::vector<std::string>& specs) {
    std::vector<DatabaseLocation> out;
    for (const std::string& spec : specs)
        for (DatabaseLocation& l : expand_database_spec(spec)) out.push_back(std::move(l));
    return out;
}

Xapian::Database open_locations(const std::vector<DatabaseLocation>& locations) {
    Xapian::Database db;
    for (const DatabaseLocation& l : locations) {
        try {
            db.add_database(open_location(l));
        } catch (const Xapian::DatabaseOpeningError& e) {
            throw Xapian::DatabaseOpeningError((l.is_remote() ? l.remote : l.path) + ": " + e.get_msg());
        }
    }
    return db;
}

// An index of another schema version would be counted and filtered wrongly: say so, naming the shard.
void check_schema(const Xapian::Database& shard, const std::string& name) {
    const std::string version = shard.get_metadata(schema::kSchemaKey);
    if (!version.empty() && version != schema::kSchemaVersion)
        throw Xapian::DatabaseVersionError(name + ": an index of Geofacet schema " + version + ", this program reads " +
                                           schema::kSchemaVersion + "; index the articles again");
}

// The columns engine needs the revision of every shard (glass and chert have one; remote shards do not).
bool has_revision(const Xapian::Database& shard) {
    try {
        (void)shard.get_revision();
        return true;
    } catch (const Xapian::Error&) {
        return false;
    }
}

}  // namespace

Xapian::Database open_databases(const std::vector<std::string>& specs) { return open_locations(locations_of(specs)); }


Searcher::Searcher(std::shared_ptr<const Resources> resources, const std::vector<std::string>& databases)
    : Searcher(resources, Xapian::Database(), locations_of(databases)) {}

Searcher::Searcher(std::shared_ptr<const Resources> resources, Xapian::Database db)
    : Searcher(std::move(resources), std::move(db), {}) {}

Searcher::Searcher(std::shared_ptr<const Resources> resources, Xapian::Database db,
                   std::vector<DatabaseLocation> locations)
    : resources_(std::move(resources)),
      db_(locations.empty() ? std::move(db) : open_locations(locations)),
      locations_(std::move(locations)),
      analyzer_(resources_) {
    analyzer_.set_name_evidence(NameEvidence(
        [this](const std::string& key) { return db_.term_exists(schema::latin_name_term(key)); },
        [this](const std::string& sound) { return sound_spellings(db_, sound); }));
    // Each sub-database on its own, for its UUID, revision and columns (Database's public shard handles).
    local_ = db_.size() > 0;
    for (std::size_t i = 0; i < db_.size(); ++i) {
        shards_.emplace_back(db_.internal[i].get());
        const bool remote = i < locations_.size() && locations_[i].is_remote();
        check_schema(shards_.back(), i < locations_.size() ? (remote ? locations_[i].remote : locations_[i].path)
                                                           : "shard " + std::to_string(i + 1));
        local_ = local_ && !remote && has_revision(shards_.back());
    }
}

Searcher::~Searcher() = default;

bool Searcher::fresh_columns() {
    if (!local_) return false;
    // Checked at every search: a reopened database has a new revision, and stale columns are never used.
    bool fresh = columns_.size() == shards_.size();
    for (std::size_t i = 0; fresh && i < shards_.size(); ++i) fresh = columns_[i].columns->fresh_for(shards_[i]);
    if (fresh) return true;
    columns_.clear();
    for (std::size_t i = 0; i < shards_.size(); ++i)
        columns_.push_back(columns_for(shards_[i], i < locations_.size() ? locations_[i].path : ""));
    return true;
}

std::unique_ptr<FacetCounter> Searcher::make_counter(const std::vector<FacetId>& facets, const FilterSet& filters,
                                                     FacetCounting& counting) {
    for (FacetId f : filters.facets())
        if (std::find(facets.begin(), facets.end(), f) != facets.end())
            counting.multi_select.emplace_back(schema::facet(f).name);
    if (!fresh_columns()) {
        counting.engine = "value slots";
        return std::make_unique<SlotFacetCounter>(db_, facets, filters);
    }
    counting.engine = "columns";
    std::vector<std::shared_ptr<const FacetColumns>> columns;
    for (const ShardColumns& c : columns_) {
        columns.push_back(c.columns);
        counting.shards.emplace_back(origin_name(c.origin));
    }
    return std::make_unique<ColumnFacetCounter>(std::move(columns), facets, filters);
}

}  // namespace geofacet
