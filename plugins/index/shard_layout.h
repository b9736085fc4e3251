// Where the databases of a spec are: a folder, a stub database (a file, or a folder holding XAPIANDB) listing
// shards, or a shard behind xapian-tcpsrv. Searchers need each shard's folder to find its facet columns; the
// sharded indexer writes the stub.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace geofacet {

/// One database a spec stands for: a local folder, or a remote server.
struct DatabaseLocation {
    std::string path;    ///< a local database (folder or single file); "" for a remote one
    std::string remote;  ///< "HOST:PORT" of a xapian-tcpsrv, or ":PROGRAM ARGS" of a xapian-progsrv; "" for local

    /// True for a database served by another process.
    bool is_remote() const { return !remote.empty(); }
};

/// The databases `spec` names, in the order Xapian numbers them: a database folder; a stub database file or
/// a folder holding a stub named XAPIANDB (lines `auto|glass|chert PATH`, relative to the stub's folder, or
/// `remote HOST:PORT`, `remote :PROGRAM ARGS`; `#` comments), followed recursively; or `tcp://HOST:PORT`.
/// Throws Xapian::DatabaseOpeningError naming the spec, or the stub file and line, it cannot read.
std::vector<DatabaseLocation> expand_database_spec(const std::string& spec);

/// Opens one location read-only. Throws Xapian::DatabaseOpeningError naming it.
Xapian::Database open_location(const DatabaseLocation& location);

/// True when `dir` is a folder holding a stub database (XAPIANDB): a sharded index.
bool is_stub_folder(const std::string& dir);

/// The stub file of a stub folder: DIR/XAPIANDB.
std::string stub_file_of(const std::string& dir);

/// The databases an indexing run writes into folder `dir`, creating them when `dir` is new: `dir` itself for
/// one shard; for N > 1, folders DIR/shard-0 .. DIR/shard-(N-1) and a stub DIR/XAPIANDB listing them, so that
/// `--db DIR` opens them as one. `shards` is the count asked for (0: whatever `dir` has, 1 when new). The
/// count of an existing index was fixed when it was created (the stub's entries): throws
/// std::invalid_argument when `shards` differs from it, naming both.
std::vector<std::string> writable_shards(const std::string& dir, unsigned shards);

/// The shard (0 .. count-1) where the article with id term `id_term` lives: a stable hash (FNV-1a, 64 bits),
/// the same in every run, so that indexing an id again replaces it in place.
unsigned shard_of(std::string_view id_term, unsigned count);

/// Merges the databases of index folder `dir` into one with Xapian's compactor (what xapian-compact does)
/// and makes `dir` that one database: a sharded index becomes DIR/merged, its stub listing it alone (the
/// shard folders are removed); a single database is compacted in place. Returns the merged database's folder.
std::string compact_index(const std::string& dir);

}  // namespace geofacet
