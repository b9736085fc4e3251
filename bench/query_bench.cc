#include "query_bench.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>

#include "archive_generator.h"
#include "plain_xapian.h"
#include "search/searcher.h"

namespace geofacet::bench {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using Filters = std::vector<std::pair<std::string, std::string>>;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// CPU time of the calling thread: a search runs on one thread, and on a machine shared with other work its
// CPU time is what the search cost, where wall time also counts the time it waited for a core.
double thread_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// What a child process took: wall time and its peak resident memory.
struct ChildRun {
    double seconds = 0;
    double cpu_seconds = 0;  // user and system, every thread
    double peak_mb = 0;
};

ChildRun wait_child(pid_t pid, Clock::time_point start, const std::string& what) {
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) > 1)
        throw std::runtime_error(what + " failed (status " + std::to_string(status) + ")");
    const auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; };
    return ChildRun{seconds_since(start), secs(usage.ru_utime) + secs(usage.ru_stime), usage.ru_maxrss / 1024.0};
}

// Runs a program and waits for it.
ChildRun run_program(const std::vector<std::string>& args) {
    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<char*> argv;
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    return wait_child(pid, start, args[0]);
}

// Runs `work` in a child process (so that its peak memory is its own) and waits for it.
ChildRun run_forked(const std::function<void()>& work, const std::string& what) {
    const auto start = Clock::now();
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid == 0) {
        try {
            work();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "%s: %s\n", what.c_str(), e.what());
            _exit(3);
        }
        _exit(0);
    }
    return wait_child(pid, start, what);
}

double megabytes_in(const std::string& path) {
    std::uintmax_t bytes = 0;
    if (fs::is_regular_file(path)) return fs::file_size(path) / 1e6;
    for (const auto& e : fs::recursive_directory_iterator(path))
        if (e.is_regular_file()) bytes += e.file_size();
    return bytes / 1e6;
}

double median_ms(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0 : samples[samples.size() / 2] * 1000;
}

// One benchmark query: the text, and the filters of a sidebar (facet, value), in Geofacet's form and in the
// plain index's term form.
struct BenchQuery {
    std::string text;
    Filters filters;
    Filters plain_filters;
    std::string label() const {
        std::string s = text.empty() ? "(everything)" : text;
        for (const auto& [facet, value] : filters) s += " +" + facet + "=" + value;
        return s;
    }
};

const std::vector<BenchQuery>& bench_queries() {
    static const std::vector<BenchQuery> queries = {
        {"government", {}, {}},  // in most articles: 70% of English ones, and 政府 in Japanese ones
        {"defence spending", {}, {}},
        {"Japan", {}, {}},
        {"tariffs on cars", {}, {}},
        {"防衛費", {}, {}},
        {"Ishiba", {}, {}},
        {"5 percent", {}, {}},
        {"China trade deal", {}, {}},
        {"", {}, {}},
        {"government", {{"country", "US"}}, {{"country", "us"}}},
        {"defence spending", {{"country", "JP"}, {"actor", "shigeru-ishiba"}}, {{"country", "jp"}, {"actor", "shigeru-ishiba"}}},
        {"", {{"percent", "5"}}, {{"percent", "5"}}},
    };
    return queries;
}

// The three timings of one query, in milliseconds (medians).
struct QueryTimes {
    double plain = 0, facets = 0, no_facets = 0, snippets = 0;
    Xapian::doccount matches = 0, plain_matches = 0;
};

class Timer {
  public:
    Timer(std::shared_ptr<const Resources> resources, const std::string& geofacet_db, const std::string& plain_db,
          unsigned runs)
        : geofacet_(std::make_unique<Searcher>(std::move(resources), std::vector<std::string>{geofacet_db})),
          plain_(plain_db),
          runs_(runs) {}

    // Times `q` in rounds (plain, Geofacet with facets, Geofacet without), so that a busy moment of the
    // machine weighs on every engine alike.
    QueryTimes time(const BenchQuery& q) {
        SearchRequest with = request(q, true), without = request(q, false), shown = request(q, true);
        shown.snippets = true;
        std::vector<double> plain, facets, no_facets, snippets;
        QueryTimes t;
        for (unsigned run = 0; run < runs_ + 2; ++run) {  // two warm-up rounds
            const double a = thread_cpu_seconds();
            t.plain_matches = plain_.search(q.text, q.plain_filters, true);
            const double b = thread_cpu_seconds();
            t.matches = geofacet_->search(with).total;
            const double c = thread_cpu_seconds();
            geofacet_->search(without);
            const double d = thread_cpu_seconds();
            geofacet_->search(shown);
            const double e = thread_cpu_seconds();
            if (run < 2) continue;
            plain.push_back(b - a);
            facets.push_back(c - b);
            no_facets.push_back(d - c);
            snippets.push_back(e - d);
        }
        t.plain = median_ms(plain);
        t.facets = median_ms(facets);
        t.no_facets = median_ms(no_facets);
        t.snippets = median_ms(snippets);
        return t;
    }

    void reopen(std::shared_ptr<const Resources> resources, const std::string& geofacet_db) {
        geofacet_ = std::make_unique<Searcher>(std::move(resources), std::vector<std::string>{geofacet_db});
        plain_.reopen();
    }

  private:
    static SearchRequest request(const BenchQuery& q, bool facets) {
        SearchRequest r;
        r.query = q.text;
        r.filters = q.filters;
        r.limit = 10;
        r.count_facets = facets;
        r.snippets = false;  // the plain baseline makes none; timed apart
        return r;
    }

    std::unique_ptr<Searcher> geofacet_;
    PlainSearcher plain_;
    unsigned runs_;
};

// What the index holds for one article: "497 actors, 248 countries, 200 percentages".
std::string facet_terms_of(const std::string& db_path, const std::string& id) {
    const Xapian::Database db(db_path);
    const Xapian::PostingIterator p = db.postlist_begin("Q" + id);
    if (p == db.postlist_end("Q" + id)) return "nothing";
    std::size_t actors = 0, countries = 0, percents = 0;
    const Xapian::Document doc = db.get_document(*p);
    for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        const std::string term = *t;
        actors += term.rfind("XA", 0) == 0;
        percents += term.rfind("XP", 0) == 0;
        countries += term.size() == 3 && term[0] == 'N';
    }
    return std::to_string(actors) + " actors, " + std::to_string(countries) + " countries, " + std::to_string(percents) +
           " percentages";
}

void write_archive(const ArchiveGenerator& generator, std::uint64_t articles, const std::string& path) {
    std::ofstream out(path);
    for (std::uint64_t n = 0; n < articles; ++n) out << to_json_line(generator.article(n).article) << '\n';
    if (!out) throw std::runtime_error("cannot write " + path);
}

void print_times(const std::vector<BenchQuery>& queries, const std::vector<QueryTimes>& times) {
    std::printf("%-44s %9s %9s %10s %9s %9s %9s %9s %10s\n", "query (median CPU ms)", "plain has", "geo has",
                "plain q+f", "geo q+f", "geo q", "geo/plain", "q+f / q", "+snippets");
    QueryTimes sum;
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const QueryTimes& t = times[i];
        std::printf("%-44s %9u %9u %10.2f %9.2f %9.2f %8.2fx %8.2fx %10.2f\n", queries[i].label().c_str(),
                    t.plain_matches, t.matches, t.plain, t.facets, t.no_facets, t.facets / t.plain,
                    t.facets / t.no_facets, t.snippets);
        sum.plain += t.plain, sum.facets += t.facets, sum.no_facets += t.no_facets, sum.snippets += t.snippets;
    }
    std::printf("%-44s %9s %9s %10.2f %9.2f %9.2f %8.2fx %8.2fx %10.2f\n", "SUM", "", "", sum.plain, sum.facets,
                sum.no_facets, sum.facets / sum.plain, sum.facets / sum.no_facets, sum.snippets);
}

// Indexes the archive with geofacet-index once per shard count and with the plain indexer, printing rates.
void index_archives(const ArchiveGenerator& generator, const QueryBenchOptions& o, const std::string& work,
                    double archive_mb) {
    std::map<unsigned, double> rates;
    for (unsigned shards : o.shard_counts) {
        const std::string db = work + "/geofacet-" + std::to_string(shards);
        fs::remove_all(db);
        std::vector<std::string> args{o.bin_dir + "/geofacet-index", "--db", db, "--quiet"};
        if (shards > 1) args.insert(args.end(), {"--shards", std::to_string(shards)});
        args.push_back(work + "/archive.jsonl");
        const ChildRun run = run_program(args);
        rates[shards] = o.articles / run.seconds;
        std::printf("geofacet-index, %u shard%s: %.1f s, %.0f articles/s, %.2f MB/s, %.0f%% CPU, peak memory %.0f MB, "
                    "index %.0f MB\n", shards, shards == 1 ? "" : "s", run.seconds, rates[shards], archive_mb / run.seconds,
                    100 * run.cpu_seconds / run.seconds, run.peak_mb, megabytes_in(db));
    }
    for (const auto& [shards, rate] : rates)
        if (shards > 1 && rates.count(1)) std::printf("  %u shards index %.2fx as fast as 1\n", shards, rate / rates[1]);
    const std::string plain_db = work + "/plain";
    const ChildRun plain = run_forked(
        [&] {
            PlainIndexer indexer(plain_db);
            for (std::uint64_t n = 0; n < o.articles; ++n) indexer.add(generator.article(n));
            indexer.commit();
        },
        "plain indexing");
    std::printf("plain Xapian indexer: %.1f s, %.0f articles/s, peak memory %.0f MB, index %.0f MB\n", plain.seconds,
                o.articles / plain.seconds, plain.peak_mb, megabytes_in(plain_db));
}

// Adds one article with every entity there is to both indexes and times every query again: no Geofacet facet
// time should move, whatever that article holds.
void entity_rich_section(std::shared_ptr<const Resources> resources, const ArchiveGenerator& generator,
                         const QueryBenchOptions& o, const std::string& work, Timer& timer,
                         const std::vector<QueryTimes>& before) {
    const GeneratedArticle rich = generator.entity_rich_article(500, 200);
    const std::string rich_file = work + "/entity-rich.jsonl", geofacet_db = work + "/geofacet-1";
    std::ofstream(rich_file) << to_json_line(rich.article) << '\n';
    run_program({o.bin_dir + "/geofacet-index", "--db", geofacet_db, "--quiet", rich_file});
    run_forked(
        [&] {
            PlainIndexer indexer(work + "/plain", false);
            indexer.add(rich);
            indexer.commit();
        },
        "plain indexing of the entity-rich article");
    timer.reopen(resources, geofacet_db);
    std::printf("\nafter adding one article with %zu actors, %zu countries and %zu percentages (Geofacet found %s):\n",
                rich.actors.size(), rich.countries.size(), rich.percentages.size(),
                facet_terms_of(geofacet_db, rich.article.id).c_str());
    std::printf("%-44s %12s %12s\n", "query", "plain q+f", "geo q+f");
    double worst = 0;
    const auto& queries = bench_queries();
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const QueryTimes t = timer.time(queries[i]);
        const double change = t.facets / before[i].facets - 1;
        worst = std::max(worst, std::abs(change));
        std::printf("%-44s %+11.0f%% %+11.0f%%\n", queries[i].label().c_str(), 100 * (t.plain / before[i].plain - 1),
                    100 * change);
    }
    std::printf("largest change of a Geofacet query+facet time: %.0f%%\n", 100 * worst);
}

}  // namespace

int run_query_bench(std::shared_ptr<const Resources> resources, const QueryBenchOptions& o) {
    std::string work = o.work_dir;
    if (work.empty()) {
        char tmpl[] = "/tmp/geofacet-query-bench-XXXXXX";
        work = mkdtemp(tmpl);
    }
    fs::create_directories(work);
    const ArchiveGenerator generator(*resources);
    const std::string archive = work + "/archive.jsonl";
    const bool reuse = o.reuse && fs::exists(work + "/geofacet-1") && fs::exists(work + "/plain");
    if (!reuse) write_archive(generator, o.articles, archive);
    const double archive_mb = megabytes_in(archive);
    std::printf("Geofacet query benchmark: %llu generated articles (%.1f MB of JSON Lines), %u runs a query\n\n",
                static_cast<unsigned long long>(o.articles), archive_mb, o.runs);
    if (!reuse) index_archives(generator, o, work, archive_mb);

    Timer timer(resources, work + "/geofacet-1", work + "/plain", o.runs);
    std::printf("\n(geo q+f: a Geofacet search with its default facets, exact counts; geo q: the same without facets;\n"
                " plain q+f: QueryParser and one ValueCountMatchSpy per slot in use. Every search reads its top 10;\n"
                " +snippets: geo q+f with the snippets of those 10, as geofacet-query shows them.)\n");
    std::vector<QueryTimes> before;
    for (const BenchQuery& q : bench_queries()) before.push_back(timer.time(q));
    print_times(bench_queries(), before);
    if (!reuse) entity_rich_section(resources, generator, o, work, timer, before);
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    std::printf("peak memory of this searching process: %.0f MB\n", self.ru_maxrss / 1024.0);
    if (!o.keep && o.work_dir.empty()) fs::remove_all(work);
    return 0;
}

}  // namespace geofacet::bench
