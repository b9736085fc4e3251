// Where the databases of a spec are: a folder, a stub database (a file, or a folder holding XAPIANDB) listing
// shards, or a shard behind xapian-tcpsrv. Searchers need each shard's folder to find its facet columns; the
// sharded indexer writes the stub.
#pragma once

#include <string>
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

}  // namespace geofacet
