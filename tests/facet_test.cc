// Facets: every count equals a brute-force count over the match set, for every facet, with filters and
// multi-select, on one database, on several searched as one, and with a shard behind a stock
// xapian-tcpsrv; facet columns are never used stale.
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <filesystem>
#include <thread>

#include "index/facet_columns.h"
#include "schema/facets.h"
#include "search/facet_column_store.h"
#include "search/searcher.h"
#include "support.h"
#include "tcpsrv.h"

namespace geofacet {
namespace {

using test::Counts;
using test::as_counts;
using test::brute_force;
using Filters = std::vector<std::pair<std::string, std::string>>;

std::vector<std::string> all_facet_names() {
    std::vector<std::string> names;
    for (const schema::FacetDef& f : schema::kFacets) names.emplace_back(f.name);
    return names;
}

SearchRequest request_for(const std::string& query, Filters filters = {}) {
    SearchRequest req;
    req.query = query;
    req.filters = std::move(filters);
    req.limit = 3;  // a small page: the counts must still cover every match
    req.facets = all_facet_names();
    req.facet_limit = 100000;
    req.snippets = false;
    return req;
}

// The query the searcher ran for `req` without its filters, rebuilt as the searcher builds it.
Xapian::Query query_of(const Xapian::Database& db, const SearchRequest& req, bool relaxed) {
    FilterResolver resolver(test::analyzer(), db);
    QueryBuilder builder(test::analyzer(), resolver);
    const ParsedQuery parsed = builder.parse(req.query);
    // The counted matches, from the graded query rather than the searcher's own unweighted ones: those with
    // every concept, unless no article has all or OR is written, then all of them.
    const bool alternatives = req.query.find(" OR ") != std::string::npos;
    if (parsed.interpretation.concepts.size() < 2 || relaxed || alternatives) return parsed.query;
    std::vector<Xapian::Query> wanted;
    for (const Concept& c : parsed.interpretation.concepts)
        if (!c.excluded) wanted.push_back(c.query);
    return Xapian::Query(Xapian::Query::OP_FILTER, parsed.query, Xapian::Query(Xapian::Query::OP_AND, wanted.begin(), wanted.end()));
}

// The filters of `req` except those of facet `except` ("" for none), as one query.
Xapian::Query filters_of(const Xapian::Database& db, const SearchRequest& req, const std::string& except) {
    FilterResolver resolver(test::analyzer(), db);
    std::vector<std::pair<std::string, Xapian::Query>> filters;
    for (const auto& [facet, value] : req.filters)
        if (facet != except) filters.emplace_back(facet, resolver.resolve(facet, value));
    return combine_filters(filters);
}

Xapian::Query filtered(const Xapian::Query& q, const Xapian::Query& filter) {
    return Xapian::Query(Xapian::Query::OP_FILTER, q, filter);
}

// Checks every facet of `r` against brute force over `db`: a facet with a filter of its own counts the matches
// of the other filters (multi-select), every other facet the matches of all of them.
void expect_brute_force(const Xapian::Database& db, const SearchRequest& req, const SearchResult& r,
                        const std::string& what) {
    const Xapian::Query q = query_of(db, req, r.relaxed);
    const Xapian::Query all = filtered(q, filters_of(db, req, ""));
    Xapian::Enquire e(db);
    e.set_query(all);
    EXPECT_EQ(r.total, e.get_mset(0, db.get_doccount()).size()) << what;
    const auto expected = brute_force(db, all);
    ASSERT_EQ(r.facets.size(), schema::kFacets.size()) << what;
    for (const auto& facet : r.facets) {
        const std::string& name = facet.first;  // a lambda may not capture a structured binding (clang)
        const auto& counts = facet.second;
        const bool own_filter =
            std::any_of(req.filters.begin(), req.filters.end(), [&name](const auto& f) { return f.first == name; });
        const auto want = own_filter ? brute_force(db, filtered(q, filters_of(db, req, name))) : expected;
        EXPECT_EQ(as_counts(counts), want.count(name) ? want.at(name) : Counts{}) << what << ": facet " << name;
        const bool said = std::find(r.counting.multi_select.begin(), r.counting.multi_select.end(), name) !=
                          r.counting.multi_select.end();
        EXPECT_EQ(said, own_filter) << what << ": facet " << name;
    }
}

struct Case {
    const char* query;
    Filters filters;
};

const Case kCases[] = {
    {"", {}},
    {"Japan defence 5 percent", {}},
    {"tariff", {}},
    {"関税", {}},
    {"NATO", {}},
    {"石破", {}},
    {"", {{"country", "JP"}}},
    {"", {{"country", "JP"}, {"country", "AU"}}},
    {"defence", {{"country", "Japan"}, {"actor", "NATO"}}},
    {"", {{"percent", "3..5"}, {"lang", "ja"}}},
    {"", {{"percent_range", "3-5"}, {"source", "Pacific Wire"}, {"country", "US"}}},
    {"country:US percent:10..30", {}},
    {"tariff", {{"lang", "en"}, {"actor", "Trump"}}},
    {"no such word anywhere", {}},
    {"", {{"date", "2025-06"}}},
    {"tariff", {{"date", "2025-05..2025-07"}, {"country", "US"}}},
    {"\"lower house\"", {}},
    {"-Japan", {{"country", "US"}}},
    {"Japan NOT China defence", {}},
    {"tariff OR 関税", {{"country", "JP"}}},
    {"Hegseth lacquer porcelain Albanese", {}},
};

// The columns count the matches walked over their posting lists when the query is boolean, those of
// Xapian's matcher when it is not (a phrase, a date range), and none for every document: all three are met.
TEST(Facets, EveryCountEqualsBruteForceOverTheMatchSetWithFiltersAndMultiSelect) {
    Searcher searcher(test::resources(), test::corpus_db());
    std::set<std::string> passes;
    std::size_t relaxed = 0;
    for (const Case& c : kCases) {
        const SearchRequest req = request_for(c.query, c.filters);
        const SearchResult r = searcher.search(req);
        EXPECT_EQ(r.counting.engine, "columns") << c.query;
        passes.insert(r.counting.pass);
        relaxed += r.relaxed;
        expect_brute_force(test::corpus_db(), req, r, std::string("'") + c.query + "'");
    }
    EXPECT_EQ(passes, (std::set<std::string>{"posting lists", "matcher", "none"}));
    EXPECT_GE(relaxed, 1u);  // a relaxed query counts all the graded query's matches
}

TEST(Facets, AFilteredFacetOffersTheOtherValuesToAdd) {
    Searcher searcher(test::resources(), test::corpus_db());
    const SearchResult jp = searcher.search(request_for("", {{"country", "JP"}}));
    const Counts countries = as_counts(jp.facets[1].second);
    // Multi-select: the country facet still shows the United States, with as many articles as filtering by it.
    ASSERT_TRUE(countries.count("US"));
    EXPECT_EQ(countries.at("US"), searcher.search(request_for("", {{"country", "US"}})).total);
    EXPECT_EQ(countries.at("JP"), jp.total);
    // The other facets count only what the filter keeps.
    const Counts langs = as_counts(jp.facets[4].second);
    Xapian::doccount in_some_language = 0;
    for (const auto& [lang, n] : langs) in_some_language = std::max(in_some_language, n);
    EXPECT_LE(in_some_language, jp.total);
}

// ---- Several databases ----

class ShardedFacets : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = new test::TempDir;
        test::index_into(dir_->path("en"), {test::source_path("sample-corpus/en.jsonl")});
        test::index_into(dir_->path("ja"), {test::source_path("sample-corpus/ja.jsonl")});
        test::write_file(dir_->path("both.stub"), "auto en\nauto ja\n");
    }
    static void TearDownTestSuite() { delete dir_; }
    static test::TempDir* dir_;
};
test::TempDir* ShardedFacets::dir_ = nullptr;

TEST_F(ShardedFacets, SeveralDatabasesCountAsOne) {
    for (const std::vector<std::string>& specs :
         {std::vector<std::string>{dir_->path("en"), dir_->path("ja")}, std::vector<std::string>{dir_->path("both.stub")},
          std::vector<std::string>{dir_->path("ja"), dir_->path("en")}}) {
        Searcher searcher(test::resources(), specs);
        ASSERT_EQ(searcher.database().size(), 2u);
        for (const Case& c : kCases) {
            const SearchRequest req = request_for(c.query, c.filters);
            const SearchResult r = searcher.search(req);
            EXPECT_EQ(r.counting.engine, "columns");
            EXPECT_EQ(r.counting.shards, (std::vector<std::string>{"mapped", "mapped"})) << "the indexer left fresh columns";
            expect_brute_force(searcher.database(), req, r, specs.front() + " + ...: '" + c.query + "'");
        }
    }
}

TEST_F(ShardedFacets, OneDatabaseListedTwiceCountsEachDocumentTwice) {
    Searcher twice(test::resources(), std::vector<std::string>{dir_->path("en"), dir_->path("en")});
    Searcher once(test::resources(), std::vector<std::string>{dir_->path("en")});
    const SearchResult a = twice.search(request_for("")), b = once.search(request_for(""));
    EXPECT_EQ(a.total, 2 * b.total);
    for (std::size_t i = 0; i < a.facets.size(); ++i)
        for (const FacetCount& c : b.facets[i].second) EXPECT_EQ(as_counts(a.facets[i].second)[c.value], 2 * c.count);
}

TEST_F(ShardedFacets, AShardBehindStockXapianTcpsrvCountsWithValueSlotsAndGivesTheSameCounts) {
    test::TcpServer server(dir_->path("ja"));
    Searcher local(test::resources(), std::vector<std::string>{dir_->path("en"), dir_->path("ja")});
    Searcher remote(test::resources(), std::vector<std::string>{dir_->path("en"), server.spec()});
    for (const Case& c : kCases) {
        const SearchRequest req = request_for(c.query, c.filters);
        const SearchResult a = local.search(req), b = remote.search(req);
        EXPECT_EQ(b.counting.engine, "value slots");
        EXPECT_EQ(a.total, b.total) << c.query;
        EXPECT_EQ(a.counting.multi_select, b.counting.multi_select) << c.query;
        ASSERT_EQ(a.facets.size(), b.facets.size());
        for (std::size_t i = 0; i < a.facets.size(); ++i)
            EXPECT_EQ(as_counts(a.facets[i].second), as_counts(b.facets[i].second)) << c.query << ": " << a.facets[i].first;
    }
}

// Resources and facet columns are loaded once per process and shared: searchers on several threads (one
// each, with its own database handle, as neither is thread-safe) read one copy of the columns and give the
// answers of one thread.
TEST(Facets, SearchersOnSeveralThreadsShareOneCopyOfTheColumns) {
    test::TempDir dir;
    const std::vector<std::string> spec{dir.path("db")};
    test::index_into(spec.front(), {test::source_path("sample-corpus")});
    const Xapian::Database one(spec.front()), other(spec.front());
    EXPECT_EQ(columns_for(one, spec.front()).columns.get(), columns_for(other, spec.front()).columns.get());
    std::vector<std::map<std::string, Counts>> alone;
    {
        Searcher searcher(test::resources(), spec);
        for (const Case& c : kCases) {
            std::map<std::string, Counts> facets;
            for (const auto& [name, counts] : searcher.search(request_for(c.query, c.filters)).facets) facets[name] = as_counts(counts);
            alone.push_back(facets);
        }
    }
    std::vector<std::thread> threads;
    std::atomic<int> differences{0};
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            Searcher searcher(test::resources(), spec);
            for (int round = 0; round < 3; ++round)
                for (std::size_t i = 0; i < std::size(kCases); ++i) {
                    std::map<std::string, Counts> facets;
                    for (const auto& [name, counts] : searcher.search(request_for(kCases[i].query, kCases[i].filters)).facets)
                        facets[name] = as_counts(counts);
                    differences += facets != alone[i];
                }
        });
    for (std::thread& t : threads) t.join();
    EXPECT_EQ(differences.load(), 0);
}

// ---- Facet columns ----

TEST(FacetColumns, SavedColumnsMapBackTheSame) {
    test::TempDir dir;
    const Xapian::Database db = test::index_into(dir.path("db"), {test::source_path("sample-corpus/en.jsonl")});
    const auto built = FacetColumns::build(db);
    built->save(dir.path("columns"));
    const auto mapped = FacetColumns::map(dir.path("columns"));
    ASSERT_TRUE(mapped);
    EXPECT_TRUE(mapped->mapped());
    EXPECT_TRUE(mapped->fresh_for(db));
    ASSERT_EQ(mapped->ordinals(), built->ordinals());
    for (std::uint32_t o = 0; o < built->ordinals(); ++o) EXPECT_EQ(mapped->value(o), built->value(o));
    for (Xapian::docid d = 0; d <= db.get_lastdocid(); ++d)
        EXPECT_EQ(std::vector<std::uint32_t>(mapped->begin(d), mapped->end(d)), std::vector<std::uint32_t>(built->begin(d), built->end(d)));
    EXPECT_EQ(built->ordinal(schema::FacetId::Country, "JP").has_value(), true);
    EXPECT_EQ(built->ordinal(schema::FacetId::Country, "ZZ").has_value(), false);
}

TEST(FacetColumns, ATornOrForeignFileIsNotMapped) {
    test::TempDir dir;
    const Xapian::Database db = test::index_into(dir.path("db"), {test::source_path("sample-corpus/en.jsonl")});
    FacetColumns::build(db)->save(dir.path("columns"));
    std::filesystem::resize_file(dir.path("columns"), std::filesystem::file_size(dir.path("columns")) - 4);
    EXPECT_FALSE(FacetColumns::map(dir.path("columns")));
    test::write_file(dir.path("other"), std::string(4096, 'x'));
    EXPECT_FALSE(FacetColumns::map(dir.path("other")));
    EXPECT_FALSE(FacetColumns::map(dir.path("missing")));
}

// Stale columns are never used: after the database changed behind a columns file, the searcher rebuilds them.
TEST(FacetColumns, AStaleColumnsFileIsRebuiltNeverUsed) {
    test::TempDir dir;
    const std::string db_dir = dir.path("db");
    test::index_into(db_dir, {test::source_path("sample-corpus/en.jsonl")});
    const std::string file = facet_columns_path(db_dir);
    std::filesystem::copy_file(file, dir.path("old-columns"));
    // Index the Japanese articles too, then put the old file back: it describes the older revision.
    test::index_into(db_dir, {test::source_path("sample-corpus/ja.jsonl")});
    std::filesystem::copy_file(dir.path("old-columns"), file, std::filesystem::copy_options::overwrite_existing);
    ASSERT_FALSE(FacetColumns::map(file)->fresh_for(Xapian::Database(db_dir)));

    Searcher searcher(test::resources(), std::vector<std::string>{db_dir});
    const SearchRequest req = request_for("");
    const SearchResult r = searcher.search(req);
    EXPECT_EQ(r.counting.shards, std::vector<std::string>{"built and saved"});
    expect_brute_force(searcher.database(), req, r, "after a stale file");
    EXPECT_TRUE(FacetColumns::map(file)->fresh_for(Xapian::Database(db_dir)));
}

// A searcher still reading an older revision builds its columns in memory and leaves the newer file alone.
TEST(FacetColumns, AReaderOfAnOlderRevisionDoesNotReplaceTheNewerFile) {
    test::TempDir dir;
    const std::string db_dir = dir.path("db");
    test::index_into(db_dir, {test::source_path("sample-corpus/en.jsonl")});
    const Xapian::Database old_revision(db_dir);
    test::index_into(db_dir, {test::source_path("sample-corpus/ja.jsonl")});
    const ShardColumns c = columns_for(old_revision, db_dir);
    EXPECT_EQ(c.origin, ColumnOrigin::BuiltInMemory);
    EXPECT_TRUE(c.columns->fresh_for(old_revision));
    EXPECT_TRUE(FacetColumns::map(facet_columns_path(db_dir))->fresh_for(Xapian::Database(db_dir)));
}

TEST(FacetColumns, ColumnsOfADatabaseWithoutAKnownFolderAreBuiltInMemory) {
    test::TempDir dir;
    const Xapian::Database db = test::index_into(dir.path("db"), {test::source_path("sample-corpus/ja.jsonl")});
    const ShardColumns c = columns_for(db, "");
    EXPECT_EQ(c.origin, ColumnOrigin::BuiltInMemory);
    EXPECT_TRUE(c.columns->fresh_for(db));
    const ShardColumns unwritable = columns_for(db, dir.path("no/such/folder"));
    EXPECT_EQ(unwritable.origin, ColumnOrigin::BuiltInMemory);
}

TEST(FacetColumns, TheIndexerLeavesFreshColumns) {
    test::TempDir dir;
    const Xapian::Database db = test::index_into(dir.path("db"), {test::source_path("sample-corpus/en.jsonl")});
    const auto mapped = FacetColumns::map(facet_columns_path(dir.path("db")));
    ASSERT_TRUE(mapped);
    EXPECT_TRUE(mapped->fresh_for(db));
}

}  // namespace
}  // namespace geofacet
