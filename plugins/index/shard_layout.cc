#include "index/shard_layout.h"

#include <sys/stat.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace geofacet {

namespace {

bool is_directory(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool is_file(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// A glass database kept in one file starts with this magic; any other regular file is taken for a stub.
bool is_single_file_database(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[14] = {};
    return in.read(magic, sizeof magic) && std::string(magic, sizeof magic) == std::string("\x0f\x0dXapian Glass", 14);
}

std::string folder_of(const std::string& file) {
    const std::size_t slash = file.rfind('/');
    return slash == std::string::npos ? "." : file.substr(0, slash);
}

void expand_into(const std::string& spec, int depth, std::vector<DatabaseLocation>& out);

// Follows the lines of stub file `stub` as Xapian does (its dbfactory.cc), keeping where each database is.
void expand_stub(const std::string& stub, int depth, std::vector<DatabaseLocation>& out) {
    std::ifstream in(stub);
    if (!in) throw Xapian::DatabaseOpeningError("cannot read stub database file " + stub);
    std::string line;
    for (unsigned line_no = 1; std::getline(in, line); ++line_no) {
        if (line.empty() || line[0] == '#') continue;
        const std::size_t space = line.find(' ');
        const std::string type = line.substr(0, space);
        const std::string rest = space == std::string::npos ? "" : line.substr(space + 1);
        const std::string where = stub + ":" + std::to_string(line_no);
        if ((type == "auto" || type == "glass" || type == "chert") && !rest.empty()) {
            expand_into(rest[0] == '/' ? rest : folder_of(stub) + "/" + rest, depth + 1, out);
        } else if (type == "remote" && !rest.empty() && (rest[0] == ':' || rest.rfind(':') != std::string::npos)) {
            out.push_back(DatabaseLocation{"", rest});
        } else {
            throw Xapian::DatabaseOpeningError(where + ": a stub line Geofacet cannot follow (auto, glass, chert or remote)");
        }
    }
}

void expand_into(const std::string& spec, int depth, std::vector<DatabaseLocation>& out) {
    if (depth > 16) throw Xapian::DatabaseOpeningError(spec + ": stub databases nested too deep (a loop?)");
    if (spec.rfind("tcp://", 0) == 0) {
        if (spec.rfind(':') <= 5) throw Xapian::DatabaseOpeningError(spec + ": expected tcp://HOST:PORT");
        out.push_back(DatabaseLocation{"", spec.substr(6)});
    } else if (is_directory(spec)) {
        if (!is_file(spec + "/iamglass") && !is_file(spec + "/iamchert") && is_stub_folder(spec))
            expand_stub(stub_file_of(spec), depth, out);
        else
            out.push_back(DatabaseLocation{spec, ""});
    } else if (is_file(spec) && !is_single_file_database(spec)) {
        expand_stub(spec, depth, out);
    } else {
        out.push_back(DatabaseLocation{spec, ""});  // a single-file database, or missing: Xapian says which
    }
}

}  // namespace

std::vector<DatabaseLocation> expand_database_spec(const std::string& spec) {
    std::vector<DatabaseLocation> out;
    expand_into(spec, 0, out);
    return out;
}

Xapian::Database open_location(const DatabaseLocation& l) {
    if (!l.is_remote()) return Xapian::Database(l.path);
    if (l.remote[0] == ':') {  // remote :PROGRAM ARGS
        const std::size_t space = l.remote.find(' ');
        return Xapian::Remote::open(l.remote.substr(1, space == std::string::npos ? space : space - 1),
                                    space == std::string::npos ? "" : l.remote.substr(space + 1));
    }
    const std::size_t colon = l.remote.rfind(':');
    char* end = nullptr;
    const unsigned long port = std::strtoul(l.remote.c_str() + colon + 1, &end, 10);
    if (colon == 0 || !end || *end || port == 0 || port > 65535)
        throw Xapian::DatabaseOpeningError(l.remote + ": expected HOST:PORT with a PORT from 1 to 65535");
    return Xapian::Remote::open(l.remote.substr(0, colon), static_cast<unsigned>(port));
}

bool is_stub_folder(const std::string& dir) { return is_file(stub_file_of(dir)); }

std::string stub_file_of(const std::string& dir) { return dir + "/XAPIANDB"; }

namespace {

// Writes the stub of a sharded index: one `auto` line per shard folder, relative to the stub.
void write_stub(const std::string& dir, const std::vector<std::string>& names) {
    const std::string temp = stub_file_of(dir) + ".tmp";
    {
        std::ofstream out(temp);
        out << "# Geofacet index: " << names.size() << " shard" << (names.size() == 1 ? "" : "s")
            << ", fixed when it was created; articles are routed by a hash of their id\n";
        for (const std::string& name : names) out << "auto " << name << "\n";
        if (!out.flush()) throw Xapian::DatabaseCreateError(temp + ": cannot write the stub database file");
    }
    std::error_code ec;
    std::filesystem::rename(temp, stub_file_of(dir), ec);
    if (ec) throw Xapian::DatabaseCreateError(stub_file_of(dir) + ": " + ec.message());
}

bool is_new_folder(const std::string& dir) {
    std::error_code ec;
    return !std::filesystem::exists(dir, ec) || (is_directory(dir) && std::filesystem::is_empty(dir, ec));
}

}  // namespace

std::vector<std::string> writable_shards(const std::string& dir, unsigned shards) {
    if (is_directory(dir) && is_stub_folder(dir)) {
        std::vector<std::string> paths;
        for (const DatabaseLocation& l : expand_database_spec(dir)) {
            if (l.is_remote()) throw std::invalid_argument(dir + ": a remote shard cannot be indexed into");
            paths.push_back(l.path);
        }
        if (shards && shards != paths.size())
            throw std::invalid_argument(dir + " has " + std::to_string(paths.size()) +
                                        " shards, fixed when it was created; --shards " + std::to_string(shards) +
                                        " needs a new folder");
        return paths;
    }
    if (shards <= 1 || !is_new_folder(dir)) {
        if (shards > 1)
            throw std::invalid_argument(dir + " is one database; --shards " + std::to_string(shards) +
                                        " needs a new folder");
        return {dir};
    }
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw Xapian::DatabaseCreateError(dir + ": " + ec.message());
    std::vector<std::string> names, paths;
    for (unsigned k = 0; k < shards; ++k) {
        names.push_back("shard-" + std::to_string(k));
        paths.push_back(dir + "/" + names.back());
        Xapian::WritableDatabase(paths.back(), Xapian::DB_CREATE_OR_OPEN).commit();
    }
    write_stub(dir, names);
    return paths;
}

unsigned shard_of(std::string_view id_term, unsigned count) {
    std::uint64_t h = 14695981039346656037ULL;
    for (unsigned char c : id_term) h = (h ^ c) * 1099511628211ULL;
    return static_cast<unsigned>(h % count);
}

std::string compact_index(const std::string& dir) {
    const bool sharded = is_directory(dir) && is_stub_folder(dir);
    const std::vector<DatabaseLocation> locations = expand_database_spec(dir);
    Xapian::Database all;
    for (const DatabaseLocation& l : locations) all.add_database(open_location(l));
    namespace fs = std::filesystem;
    const std::string merged = sharded ? dir + "/merged" : dir;
    const std::string temp = (sharded ? dir + "/merged" : dir) + ".compacting";
    fs::remove_all(temp);
    all.compact(temp);
    all.close();
    if (sharded) {
        // The stub names the merged database before the shards go, so that the folder always opens whole.
        fs::remove_all(merged);
        fs::rename(temp, merged);
        write_stub(dir, {"merged"});
        for (const DatabaseLocation& l : locations)
            if (l.path != merged) fs::remove_all(l.path);
    } else {
        const std::string old = dir + ".before-compacting";
        fs::rename(dir, old);
        fs::rename(temp, dir);
        fs::remove_all(old);
    }
    return merged;
}

}  // namespace geofacet
