#include "support.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "index/indexing_run.h"
#include "schema/facets.h"

namespace geofacet::test {

namespace fs = std::filesystem;

std::shared_ptr<const Resources> resources() {
    static const std::shared_ptr<const Resources> r = Resources::load();
    return r;
}

Analyzer& analyzer() {
    static Analyzer a(resources());
    return a;
}

std::string values_in(const std::string& text, Facet facet, bool query) {
    std::set<std::string> values;
    for (const Mention& m : analyzer().analyse(text, query).mentions)
        if (m.facet == facet) values.insert(m.value);
    std::string out;
    for (const std::string& v : values) out += (out.empty() ? "" : ",") + v;
    return out;
}

TempDir::TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "geofacet-test-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    dir_ = tmpl;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
}

std::string TempDir::path(const std::string& name) const { return name.empty() ? dir_ : dir_ + "/" + name; }

std::string source_path(const std::string& relative) { return std::string(GEOFACET_SOURCE_DIR) + "/" + relative; }
std::string bin_path(const std::string& program) { return std::string(GEOFACET_BIN_DIR) + "/" + program; }

void write_file(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
    if (!out) throw std::runtime_error("cannot write " + path);
}

namespace {
std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

CommandResult run(const std::string& command) {
    TempDir tmp;
    const std::string out = tmp.path("out"), err = tmp.path("err");
    const std::string line = command + " >" + out + " 2>" + err;
    CommandResult r;
    const pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", line.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    // wait4, not system(): the peak memory of this command alone, its children included.
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        r.peak_rss_kb = usage.ru_maxrss;
    }
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

std::map<std::string, Counts> brute_force(const Xapian::Database& db, const Xapian::Query& query) {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    const Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
    std::map<std::string, Counts> out;
    for (Xapian::MSetIterator it = all.begin(); it != all.end(); ++it) {
        const Xapian::Document doc = it.get_document();
        for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
            for (const schema::FacetDef& f : schema::kFacets)
                if (const auto value = schema::facet_value_of_term(f, *t)) ++out[std::string(f.name)][*value];
    }
    return out;
}

Counts as_counts(const std::vector<FacetCount>& counts) {
    Counts out;
    for (const FacetCount& c : counts) out[c.value] = c.count;
    return out;
}

SearchRequest request_for(const std::string& query, std::vector<std::pair<std::string, std::string>> filters) {
    SearchRequest req;
    req.query = query;
    req.filters = std::move(filters);
    req.limit = 100;
    req.facet_limit = 1000;
    return req;
}

std::map<std::string, Article> corpus_articles() {
    std::map<std::string, Article> out;
    for (const char* file : {"sample-corpus/en.jsonl", "sample-corpus/ja.jsonl"}) {
        std::ifstream in(source_path(file));
        for (std::string line; std::getline(in, line);) {
            if (line.empty()) continue;
            const auto j = nlohmann::json::parse(line);
            Article a;
            a.id = j.at("id");
            a.title = j.value("title", "");
            a.body = j.value("body", "");
            a.lang = j.value("lang", "");
            a.date = j.value("date", "");
            a.source = j.value("source", "");
            a.url = j.value("url", "");
            out[a.id] = a;
        }
    }
    return out;
}

std::map<std::string, ExpectedFacets> read_expected(const std::string& path) {
    std::map<std::string, ExpectedFacets> out;
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        std::vector<std::string> fields;
        std::stringstream s(line);
        for (std::string f; std::getline(s, f, '\t');) fields.push_back(f);
        fields.resize(4);
        const auto split = [](const std::string& list) {
            std::set<std::string> items;
            std::stringstream items_of(list);
            for (std::string item; std::getline(items_of, item, ',');)
                if (!item.empty()) items.insert(item);
            return items;
        };
        out[fields[0]] = ExpectedFacets{split(fields[1]), split(fields[2]), split(fields[3])};
    }
    return out;
}

std::map<std::string, ExpectedFacets> expected_facets() {
    std::map<std::string, ExpectedFacets> out = read_expected(source_path("sample-corpus/expected-en.tsv"));
    out.merge(read_expected(source_path("sample-corpus/expected-ja.tsv")));
    return out;
}

Xapian::Database index_into(const std::string& db, const std::vector<std::string>& inputs) {
    IndexOptions options;
    options.db = db;
    options.inputs = inputs;
    const IndexReport report = run_indexing(resources(), options);
    if (report.skipped) throw std::runtime_error("indexing skipped articles");
    return Xapian::Database(db);
}

Xapian::Database index_lines(const TempDir& dir, const std::string& jsonl) {
    write_file(dir.path("articles.jsonl"), jsonl);
    return index_into(dir.path("db"), {dir.path("articles.jsonl")});
}

const Xapian::Database& corpus_db() {
    static TempDir dir;
    static const Xapian::Database db = index_into(dir.path("corpus"), {source_path("sample-corpus")});
    return db;
}

std::set<std::string> found_ids(Searcher& searcher, const std::string& query,
                                const std::vector<std::pair<std::string, std::string>>& filters) {
    SearchRequest req;
    req.query = query;
    req.filters = filters;
    req.limit = 1000;
    std::set<std::string> ids;
    for (const Hit& h : searcher.search(req).hits) ids.insert(h.id);
    return ids;
}

}  // namespace geofacet::test
