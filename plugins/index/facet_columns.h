// Facet columns: the facet values of every document of one database as ordinals in compact arrays (what
// Lucene calls DocValues and Solr un-inverted fields), so that counting the facets of a match costs a few
// array reads per document, whatever the richest document holds. Built from the facet terms' posting
// lists, kept in a file beside the database for the revision they were built from, memory-mapped.
//
// File (native byte order, sections 8-byte aligned): a header (magic "GFCOLS", format version, a
// fingerprint of the facet table, the database's UUID, revision and last docid, counts), then
//   offsets      uint32 × (last docid + 2)  document d's ordinals are values[offsets[d] .. offsets[d+1])
//   values       uint32 × values            ordinals, ascending within a document
//   frequencies  uint32 × ordinals          ordinal o is held by frequencies[o] documents
//   dict offsets uint32 × (ordinals + 1)    ordinal o's facet value is dict[dict_offsets[o] .. [o+1])
//   dict         bytes                      facet values, facet by facet in table order, sorted within one
// A facet's ordinals are a contiguous run, in the facet table's order.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

#include "schema/facets.h"

namespace geofacet {

/// The facet columns of one database (one shard) at one revision. Immutable: share between threads.
class FacetColumns {
  public:
    /// Builds the columns of `db`, which must have one sub-database of a disk backend (glass or chert), from
    /// the posting lists of its facet terms. Throws Xapian::InvalidOperationError for other databases.
    static std::shared_ptr<const FacetColumns> build(const Xapian::Database& db);

    /// Maps the columns file at `path`; nullptr when it is missing, or not a columns file of this format and
    /// facet table (a file from another version is as good as none). Throws nothing.
    static std::shared_ptr<const FacetColumns> map(const std::string& path);

    /// Writes the columns to `path` through a temporary file renamed over it, so that a reader maps either
    /// the old file or the new one, whole. Throws std::runtime_error naming the path.
    void save(const std::string& path) const;

    /// True when these columns describe `db` as it is now: the same UUID and revision. Stale columns must
    /// never be used: a document's docid may have been reused for another article.
    bool fresh_for(const Xapian::Database& db) const;

    /// The UUID of the database they were built from.
    const std::string& uuid() const { return uuid_; }
    /// The revision they were built from.
    Xapian::rev revision() const { return revision_; }
    /// The highest docid they cover.
    Xapian::docid last_docid() const { return last_docid_; }
    /// True when they were read from a file rather than built in this process.
    bool mapped() const { return mapped_; }

    /// The first of document `did`'s ordinals (`did` ≤ last_docid()).
    const std::uint32_t* begin(Xapian::docid did) const { return values_ + offsets_[did]; }
    /// One past the last of document `did`'s ordinals.
    const std::uint32_t* end(Xapian::docid did) const { return values_ + offsets_[did + 1]; }

    /// The number of ordinals (distinct values of every facet).
    std::uint32_t ordinals() const { return first_[schema::kFacets.size()]; }
    /// The first ordinal of facet `f`.
    std::uint32_t first(schema::FacetId f) const { return first_[static_cast<std::size_t>(f)]; }
    /// One past the last ordinal of facet `f`.
    std::uint32_t last(schema::FacetId f) const { return first_[static_cast<std::size_t>(f) + 1]; }
    /// The facet value of ordinal `ord` ("JP", "shigeru-ishiba", "3.5").
    std::string_view value(std::uint32_t ord) const {
        return std::string_view(dict_ + dict_offsets_[ord], dict_offsets_[ord + 1] - dict_offsets_[ord]);
    }
    /// The number of documents holding ordinal `ord`: the facet counts of the whole archive.
    Xapian::doccount frequency(std::uint32_t ord) const { return frequencies_[ord]; }
    /// The ordinal of `value` of facet `f`, or nullopt when no document has it.
    std::optional<std::uint32_t> ordinal(schema::FacetId f, std::string_view value) const;

  private:
    FacetColumns() = default;

    std::shared_ptr<const void> storage_;  // the mapping or the built arrays: what the pointers point into
    std::string uuid_;
    Xapian::rev revision_ = 0;
    Xapian::docid last_docid_ = 0;
    bool mapped_ = false;
    std::array<std::uint32_t, schema::kFacets.size() + 1> first_{};
    const std::uint32_t* offsets_ = nullptr;
    const std::uint32_t* values_ = nullptr;
    std::uint64_t value_count_ = 0;
    const std::uint32_t* frequencies_ = nullptr;
    const std::uint32_t* dict_offsets_ = nullptr;
    const char* dict_ = nullptr;
};

/// The columns file of the database folder `db_dir`: DIR/geofacet.columns.
std::string facet_columns_path(const std::string& db_dir);

/// Builds and saves fresh columns for the database folder `db_dir` (open as `db`) unless its file is fresh
/// already. What an indexing run does last, so that a searcher never pays the build.
void refresh_facet_columns(const Xapian::Database& db, const std::string& db_dir);

}  // namespace geofacet
