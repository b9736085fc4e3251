#include "archive.h"

#include <filesystem>
#include <fstream>
#include <set>

#include "support.h"

namespace geofacet::test {

namespace {
namespace fs = std::filesystem;

// The ids of the articles of the archive (each line's "id" field).
std::set<std::string> archive_ids() {
    std::set<std::string> ids;
    for (const std::string& input : archive_inputs()) {
        std::vector<std::string> files;
        if (fs::is_directory(input)) {
            for (const auto& e : fs::recursive_directory_iterator(input))
                if (e.path().extension() == ".jsonl") files.push_back(e.path().string());
        } else {
            files.push_back(input);
        }
        for (const std::string& f : files) {
            std::ifstream in(f);
            for (std::string line; std::getline(in, line);) {
                const std::size_t at = line.find("\"id\"");
                if (at == std::string::npos) continue;
                const std::size_t open = line.find('"', line.find(':', at) + 1), close = line.find('"', open + 1);
                ids.insert(line.substr(open + 1, close - open - 1));
            }
        }
    }
    return ids;
}
}  // namespace

std::vector<std::string> archive_inputs() {
    std::vector<std::string> inputs{source_path("sample-corpus"), source_path("tests/data/holdout/articles.jsonl")};
    for (const char* staged : {"tests/data/staging/pairs-en.jsonl", "tests/data/staging/pairs-ja.jsonl"})
        if (fs::exists(source_path(staged))) inputs.push_back(source_path(staged));
    return inputs;
}

const Xapian::Database& archive_db() {
    static TempDir dir;
    static const Xapian::Database db = index_into(dir.path("archive"), archive_inputs());
    return db;
}

std::vector<std::pair<std::string, std::string>> event_pairs() {
    const std::set<std::string> ids = archive_ids();
    std::vector<std::pair<std::string, std::string>> pairs;
    // The list moves with the articles: beside the sample corpus once they join it, else in staging.
    const std::string beside = source_path("sample-corpus/pairs.tsv");
    std::ifstream in(fs::exists(beside) ? beside : source_path("tests/data/staging/pairs.tsv"));
    for (std::string line; std::getline(in, line);) {
        const std::size_t tab = line.find('\t'), tab2 = line.find('\t', tab + 1);
        if (tab == std::string::npos || line.rfind("en_id", 0) == 0) continue;
        std::pair<std::string, std::string> p{line.substr(0, tab), line.substr(tab + 1, tab2 - tab - 1)};
        if (ids.count(p.first) && ids.count(p.second)) pairs.push_back(p);
    }
    return pairs;
}

}  // namespace geofacet::test
