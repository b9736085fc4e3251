#include "index/shard_layout.h"

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>

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
        throw Xapian::DatabaseOpeningError(l.remote + ": expected HOST:PORT");
    return Xapian::Remote::open(l.remote.substr(0, colon), static_cast<unsigned>(port));
}

bool is_stub_folder(const std::string& dir) { return is_file(stub_file_of(dir)); }

std::string stub_file_of(const std::string& dir) { return dir + "/XAPIANDB"; }

}  // namespace geofacet
