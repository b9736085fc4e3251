// geofacet-bench: the speed figures. Two benchmarks, each against plain Xapian on the same data in the
// same run:
//
//   geofacet-bench [analysis] [--corpus DIR] [--mb MB]      analysis and indexing speed (MB/s)
//   geofacet-bench queries [--articles N] [--runs N] ...    query and facet times on a generated archive
#include <algorithm>
#include <iostream>
#include <optional>
#include <string>
#include <unistd.h>

#include "analysis_bench.h"
#include "query_bench.h"
#include "util/command_line.h"

namespace {

const char* kUsage =
    "usage: geofacet-bench [analysis] [--corpus DIR] [--mb MB]\n"
    "       geofacet-bench queries [--articles N] [--runs N] [--shards N ...] [--work DIR] [--keep] [--reuse]\n"
    "                              [--no-entity-rich]\n"
    "  analysis  MB/s of the normaliser, the analysis and indexing against plain Xapian (default: sample-corpus, 2 MB)\n"
    "  queries   a generated archive of N articles (default 100000) indexed by geofacet-index and by a plain\n"
    "            Xapian indexer; the same queries timed with and without facets and filters (median of --runs,\n"
    "            default 30); --shards N (repeatable) indexes once per shard count; --work keeps the files there;\n"
    "            --reuse times the queries again on the databases a --work folder holds; --no-entity-rich\n"
    "            leaves out the timing after one entity-rich article (plain Xapian takes minutes a query at 1M)\n";

// The folder of this program (geofacet-index is beside it).
std::string own_dir(const char* argv0) {
    char buf[4096];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    std::string path = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string(argv0);
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? "." : path.substr(0, slash);
}

}  // namespace

int main(int argc, char** argv) {
    std::string corpus = "sample-corpus", megabytes = "2";
    std::uint64_t articles = 100000, runs = 30;
    bool skip_rich = false;
    std::vector<std::string> shards;
    geofacet::bench::QueryBenchOptions q;
    geofacet::CommandLine cli("geofacet-bench", kUsage);
    cli.text("--corpus", &corpus)
        .option("--mb", [&megabytes](const std::string& v) {
            char* end = nullptr;
            const double mb = std::strtod(v.c_str(), &end);
            if (!end || *end || !(mb > 0 && mb <= 10000)) return std::string("a number of megabytes, e.g. 2 or 0.5");
            megabytes = v;
            return std::string();
        })
        .number("--articles", &articles, 1, 100000000)
        .number("--runs", &runs, 1, 10000)
        .texts("--shards", &shards)
        .text("--work", &q.work_dir)
        .flag("--keep", &q.keep)
        .flag("--reuse", &q.reuse)
        .flag("--no-entity-rich", &skip_rich);
    std::vector<std::string> modes;
    if (auto status = cli.parse(argc, argv, modes, std::cout, std::cerr)) return *status;
    const std::string mode = modes.empty() ? "analysis" : modes.front();
    if (modes.size() > 1 || (mode != "analysis" && mode != "queries"))
        return cli.usage_error("expected one mode: analysis or queries", std::cerr);
    try {
        auto resources = geofacet::Resources::load();
        if (mode == "analysis") return geofacet::bench::run_analysis_bench(resources, corpus, std::stod(megabytes));
        q.articles = articles;
        q.runs = static_cast<unsigned>(runs);
        q.entity_rich = !skip_rich;
        q.bin_dir = own_dir(argv[0]);
        if (!shards.empty()) q.shard_counts.clear();
        for (const std::string& s : shards) {
            std::uint64_t n = 0;
            if (!geofacet::parse_whole_number(s, 1, 64, n)) return cli.usage_error("--shards takes 1 to 64", std::cerr);
            q.shard_counts.push_back(static_cast<unsigned>(n));
        }
        if (std::find(q.shard_counts.begin(), q.shard_counts.end(), 1u) == q.shard_counts.end())
            q.shard_counts.insert(q.shard_counts.begin(), 1u);  // the single database is the one searched
        return geofacet::bench::run_query_bench(resources, q);
    } catch (const std::exception& e) {
        std::cerr << "geofacet-bench: " << e.what() << "\n";
        return 3;
    }
}
