#include "query_bench.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <stdexcept>

#include "archive_generator.h"
#include "bench_support.h"
#include "index/facet_columns.h"
#include "plain_xapian.h"
#include "search/searcher.h"

namespace geofacet::bench {

namespace {

namespace fs = std::filesystem;
using Filters = std::vector<std::pair<std::string, std::string>>;

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

// The timings of one query, in milliseconds of CPU (medians).
struct QueryTimes {
    double plain = 0, facets = 0, no_facets = 0, snippets = 0, months = 0, sharded = 0;
    Xapian::doccount matches = 0, plain_matches = 0;
};

// Times queries on Geofacet (one database, and its two-shard copy when there is one) and on plain Xapian.
class Timer {
  public:
    Timer(std::shared_ptr<const Resources> resources, const std::string& work, unsigned runs)
        : resources_(std::move(resources)), work_(work), plain_(work + "/plain"), runs_(runs) {
        one_ = std::make_unique<Searcher>(resources_, std::vector<std::string>{work_ + "/geofacet-1"});
        if (fs::exists(work_ + "/geofacet-2"))
            two_ = std::make_unique<Searcher>(resources_, std::vector<std::string>{work_ + "/geofacet-2"});
    }

    // Times `q` in rounds (plain, Geofacet with facets, without, with snippets, with months as well, on two
    // shards), so that a busy
    // moment of the machine weighs on every engine alike. Two rounds warm up.
    QueryTimes time(const BenchQuery& q) {
        SearchRequest with = request(q, true), without = request(q, false), shown = request(q, true);
        SearchRequest dated = request(q, true);
        shown.snippets = true;
        dated.facets = {"actor", "country", "percent", "percent_range", "date"};
        std::vector<double> samples[6];
        QueryTimes t;
        for (unsigned run = 0; run < runs_ + 2; ++run) {
            double at[7];
            at[0] = thread_cpu_seconds();
            t.plain_matches = plain_.search(q.text, q.plain_filters, true);
            at[1] = thread_cpu_seconds();
            t.matches = one_->search(with).total;
            at[2] = thread_cpu_seconds();
            one_->search(without);
            at[3] = thread_cpu_seconds();
            one_->search(shown);
            at[4] = thread_cpu_seconds();
            one_->search(dated);
            at[5] = thread_cpu_seconds();
            if (two_) two_->search(with);
            at[6] = thread_cpu_seconds();
            if (run >= 2)
                for (int i = 0; i < 6; ++i) samples[i].push_back(at[i + 1] - at[i]);
        }
        t.plain = median_ms(samples[0]);
        t.facets = median_ms(samples[1]);
        t.no_facets = median_ms(samples[2]);
        t.snippets = median_ms(samples[3]);
        t.months = median_ms(samples[4]);
        t.sharded = two_ ? median_ms(samples[5]) : 0;
        return t;
    }

    bool sharded() const { return two_ != nullptr; }

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

    std::shared_ptr<const Resources> resources_;
    std::string work_;
    std::unique_ptr<Searcher> one_, two_;
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

void print_times(const std::vector<BenchQuery>& queries, const std::vector<QueryTimes>& times, bool sharded) {
    std::printf("%-44s %9s %9s %10s %9s %9s %9s %9s %10s %9s %10s\n", "query (median CPU ms)", "plain has", "geo has",
                "plain q+f", "geo q+f", "geo q", "geo/plain", "q+f / q", "+snippets", "+months", sharded ? "2 shards" : "");
    QueryTimes sum;
    const auto line = [&](const std::string& label, const std::string& plain_has, const std::string& has, const QueryTimes& t) {
        std::printf("%-44s %9s %9s %10.2f %9.2f %9.2f %8.2fx %8.2fx %10.2f %9.2f", label.c_str(), plain_has.c_str(),
                    has.c_str(), t.plain, t.facets, t.no_facets, t.facets / t.plain, t.facets / t.no_facets, t.snippets,
                    t.months);
        if (sharded) std::printf(" %10.2f", t.sharded);
        std::printf("\n");
    };
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const QueryTimes& t = times[i];
        line(queries[i].label(), std::to_string(t.plain_matches), std::to_string(t.matches), t);
        sum.plain += t.plain, sum.facets += t.facets, sum.no_facets += t.no_facets, sum.snippets += t.snippets;
        sum.months += t.months, sum.sharded += t.sharded;
    }
    line("SUM", "", "", sum);
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
        std::printf("geofacet-index, %u shard%s: %.1f s, %.0f articles/s, %.2f MB/s, %.2f cores busy, peak memory %.0f MB, "
                    "index %.0f MB\n", shards, shards == 1 ? "" : "s", run.seconds, rates[shards], archive_mb / run.seconds,
                    run.cpu_seconds / run.seconds, run.peak_mb, megabytes_in(db));
    }
    for (const auto& [shards, rate] : rates)
        if (shards > 1 && rates.count(1)) std::printf("  %u shards index %.2fx as fast as 1\n", shards, rate / rates[1]);
    const ChildRun plain = run_forked(
        [&] {
            PlainIndexer indexer(work + "/plain");
            for (std::uint64_t n = 0; n < o.articles; ++n) indexer.add(generator.article(n));
            indexer.commit();
        },
        "plain indexing");
    std::printf("plain Xapian indexer: %.1f s, %.0f articles/s, peak memory %.0f MB, index %.0f MB\n", plain.seconds,
                o.articles / plain.seconds, plain.peak_mb, megabytes_in(work + "/plain"));
}

// Removes the entity-rich article again (and refreshes the columns), so that the folder can be timed again.
void remove_article(const std::string& work, const std::string& id) {
    for (const char* db : {"/geofacet-1", "/plain"}) {
        Xapian::WritableDatabase w(work + db, Xapian::DB_OPEN);
        w.delete_document("Q" + id);
        w.commit();
        if (std::string(db) == "/geofacet-1") refresh_facet_columns(w, work + db);
    }
}

// Medians of `runs` timed calls of `a` and `b`, alternating, after two warm-up rounds.
std::pair<double, double> time_pair(unsigned runs, const std::function<void()>& a, const std::function<void()>& b) {
    std::vector<double> ta, tb;
    for (unsigned run = 0; run < runs + 2; ++run) {
        const double t0 = thread_cpu_seconds();
        a();
        const double t1 = thread_cpu_seconds();
        b();
        const double t2 = thread_cpu_seconds();
        if (run >= 2) ta.push_back(t1 - t0), tb.push_back(t2 - t1);
    }
    return {median_ms(ta), median_ms(tb)};
}

// Adds one article with every entity there is to both indexes and times every query before and after, in
// alternating runs of a searcher opened before the article was added (it keeps reading that revision) and
// one opened after: no Geofacet facet time should move, whatever that article holds. The engines are timed
// apart: plain searches with hundreds of spies would leave the caches cold for the Geofacet ones.
void entity_rich_section(std::shared_ptr<const Resources> resources, const ArchiveGenerator& generator,
                         const QueryBenchOptions& o, const std::string& work) {
    const GeneratedArticle rich = generator.entity_rich_article(500, 200);
    const std::string rich_file = work + "/entity-rich.jsonl", geofacet_db = work + "/geofacet-1";
    std::ofstream(rich_file) << to_json_line(rich.article) << '\n';
    Searcher geo_before(resources, std::vector<std::string>{geofacet_db});
    PlainSearcher plain_before(work + "/plain");
    run_program({o.bin_dir + "/geofacet-index", "--db", geofacet_db, "--quiet", rich_file});
    run_forked(
        [&] {
            PlainIndexer indexer(work + "/plain", false);
            indexer.add(rich);
            indexer.commit();
        },
        "plain indexing of the entity-rich article");
    Searcher geo_after(resources, std::vector<std::string>{geofacet_db});
    PlainSearcher plain_after(work + "/plain");
    std::printf("\nafter adding one article with %zu actors, %zu countries and %zu percentages (Geofacet found %s),\n"
                "median CPU ms before -> after (alternating runs of a searcher of each revision):\n",
                rich.actors.size(), rich.countries.size(), rich.percentages.size(),
                facet_terms_of(geofacet_db, rich.article.id).c_str());
    std::printf("%-44s %24s %24s\n", "query", "plain q+f", "geo q+f");
    double worst = 0;
    for (const BenchQuery& q : bench_queries()) {
        SearchRequest r;
        r.query = q.text;
        r.filters = q.filters;
        r.snippets = false;
        const auto geo = time_pair(o.runs, [&] { geo_before.search(r); }, [&] { geo_after.search(r); });
        // The plain searches grow a hundredfold with that article: three runs each will do.
        const auto plain = time_pair(std::min(o.runs, 3u), [&] { plain_before.search(q.text, q.plain_filters, true); },
                                     [&] { plain_after.search(q.text, q.plain_filters, true); });
        worst = std::max(worst, std::abs(geo.second / geo.first - 1));
        std::printf("%-44s %8.2f -> %8.2f %+5.0f%% %8.2f -> %8.2f %+5.0f%%\n", q.label().c_str(), plain.first, plain.second,
                    100 * (plain.second / plain.first - 1), geo.first, geo.second, 100 * (geo.second / geo.first - 1));
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

    Timer timer(resources, work, o.runs);
    std::printf("\n(geo q+f: a Geofacet search with its default facets, exact counts; geo q: the same without facets;\n"
                " plain q+f: QueryParser and one ValueCountMatchSpy per slot in use. Every search reads its top 10;\n"
                " +snippets: geo q+f with the snippets of those 10, as geofacet-query shows them;\n"
                " +months: geo q+f and the count by month (facet=date), as the page asks%s.)\n",
                timer.sharded() ? "; 2 shards: geo q+f on the two-shard index" : "");
    std::vector<QueryTimes> before;
    for (const BenchQuery& q : bench_queries()) before.push_back(timer.time(q));
    print_times(bench_queries(), before, timer.sharded());
    if (o.entity_rich) {
        entity_rich_section(resources, generator, o, work);
        remove_article(work, generator.entity_rich_article(500, 200).article.id);
    }
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    std::printf("peak memory of this searching process: %.0f MB\n", self.ru_maxrss / 1024.0);
    if (!o.keep && o.work_dir.empty()) fs::remove_all(work);
    return 0;
}

}  // namespace geofacet::bench
