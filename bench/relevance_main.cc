// geofacet-relevance: how well Geofacet ranks a judged query set, beside a plain Xapian index of the same
// articles in the same run: nDCG@10, recall@10 and MRR for each kind of query.
//
//   geofacet-relevance --judged DIR [--per-query] [--no-translate] ARTICLES...
//
// DIR holds queries.tsv (id, kind, lang, query) and qrels.tsv (query, article, grade 1-3), each with a
// header line; ARTICLES are what geofacet-index reads (files or folders).
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "index/article_reader.h"
#include "index/indexing_run.h"
#include "plain_ranking.h"
#include "relevance_metrics.h"
#include "search/searcher.h"
#include "util/command_line.h"
#include "util/data_file.h"

namespace {

using geofacet::bench::Grades;
using geofacet::bench::Scores;

constexpr std::size_t kCutoff = 10;   // nDCG and recall at 10
constexpr unsigned kDepth = 100;      // how deep the reciprocal rank looks

const char* kUsage =
    "usage: geofacet-relevance --judged DIR [--per-query] [--no-translate] ARTICLES...\n"
    "  DIR       holds queries.tsv and qrels.tsv (tests/data/judged)\n"
    "  ARTICLES  files or folders of articles, as geofacet-index reads them\n";

struct JudgedQuery {
    std::string id, kind, lang, text;
};

// The queries and their grades of a judged folder (header lines skipped).
std::vector<JudgedQuery> read_judged(const std::string& dir, std::map<std::string, Grades>& grades) {
    std::vector<JudgedQuery> queries;
    geofacet::read_data_file(dir + "/queries.tsv", [&](const geofacet::DataRecord& r) {
        if (r.field(0) != "id") queries.push_back(JudgedQuery{r.field(0), r.field(1), r.field(2), r.field(3)});
    }, 4, "id<TAB>kind<TAB>lang<TAB>query");
    geofacet::read_data_file(dir + "/qrels.tsv", [&](const geofacet::DataRecord& r) {
        if (r.field(0) != "query") grades[r.field(0)][r.field(1)] = std::stoi(r.field(2));
    }, 3, "query<TAB>article<TAB>grade");
    return queries;
}

std::vector<geofacet::Article> read_articles(const std::vector<std::string>& inputs) {
    std::vector<geofacet::Article> articles;
    geofacet::ArticleReader reader;
    for (const std::string& input : inputs)
        reader.read(input, [&](geofacet::Article&& a) { articles.push_back(std::move(a)); return true; },
                    [](const geofacet::InputProblem&) {});
    return articles;
}

std::vector<std::string> geofacet_ids(geofacet::Searcher& searcher, const std::string& query, bool translate) {
    geofacet::SearchRequest request;
    request.query = query;
    request.limit = kDepth;
    request.translate = translate;
    request.facets = {"lang"};
    std::vector<std::string> ids;
    for (const geofacet::Hit& h : searcher.search(request).hits) ids.push_back(h.id);
    return ids;
}

void print_row(const std::string& kind, const Scores& g, const Scores& p) {
    const double n = g.queries ? g.queries : 1;
    std::printf("%-8s %3d    %.3f  %.3f  %.3f     %.3f  %.3f  %.3f\n", kind.c_str(), g.queries, g.ndcg / n,
                g.recall / n, g.rr / n, p.ndcg / n, p.recall / n, p.rr / n);
}

void print_query(const JudgedQuery& q, const Grades& grades, const std::vector<std::string>& ours,
                 const std::vector<std::string>& plain) {
    std::string top;
    for (std::size_t i = 0; i < ours.size() && i < 5; ++i) {
        const auto g = grades.find(ours[i]);
        top += " " + ours[i] + "(" + std::to_string(g == grades.end() ? 0 : g->second) + ")";
    }
    std::printf("%-4s %-6s %.3f %.3f  %s |%s\n", q.id.c_str(), q.kind.c_str(), geofacet::bench::ndcg_at(ours, grades, kCutoff),
                geofacet::bench::ndcg_at(plain, grades, kCutoff), q.text.c_str(), top.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    std::string judged;
    bool per_query = false, no_translate = false;
    geofacet::CommandLine cli("geofacet-relevance", kUsage);
    cli.text("--judged", &judged).flag("--per-query", &per_query).flag("--no-translate", &no_translate);
    std::vector<std::string> inputs;
    if (auto status = cli.parse(argc, argv, inputs, std::cout, std::cerr)) return *status;
    if (judged.empty() || inputs.empty()) return cli.usage_error("--judged and ARTICLES are required", std::cerr);
    try {
        std::map<std::string, Grades> grades;
        const std::vector<JudgedQuery> queries = read_judged(judged, grades);
        const std::vector<geofacet::Article> articles = read_articles(inputs);
        char tmpl[] = "/tmp/geofacet-relevance-XXXXXX";
        const std::string dir = mkdtemp(tmpl);
        auto resources = geofacet::Resources::load();
        geofacet::IndexOptions options;
        options.db = dir + "/geofacet";
        options.inputs = inputs;
        geofacet::run_indexing(resources, options);
        geofacet::bench::PlainXapian plain(dir + "/plain", articles);
        geofacet::Searcher searcher(resources, std::vector<std::string>{options.db});

        std::map<std::string, std::pair<Scores, Scores>> by_kind;  // kind → (Geofacet, plain Xapian)
        std::vector<std::string> kinds;
        for (const JudgedQuery& q : queries) {
            const std::vector<std::string> ours = geofacet_ids(searcher, q.text, !no_translate);
            const std::vector<std::string> theirs = plain.search(q.text, kDepth);
            if (!by_kind.count(q.kind)) kinds.push_back(q.kind);
            for (const std::string& k : {q.kind, std::string("all")}) {
                by_kind[k].first.add(ours, grades[q.id], kCutoff);
                by_kind[k].second.add(theirs, grades[q.id], kCutoff);
            }
            if (per_query) print_query(q, grades[q.id], ours, theirs);
        }
        std::printf("%zu judged queries over %zu articles; relevant = grade 1 or more\n", queries.size(), articles.size());
        std::printf("kind     queries  Geofacet                   plain Xapian\n");
        std::printf("                  nDCG@10 R@10   MRR         nDCG@10 R@10   MRR\n");
        kinds.push_back("all");
        for (const std::string& k : kinds) print_row(k, by_kind[k].first, by_kind[k].second);
        std::filesystem::remove_all(dir);
    } catch (const std::exception& e) {
        std::cerr << "geofacet-relevance: " << e.what() << "\n";
        return 3;
    }
    return 0;
}
