// Sharded indexing: N shards written in parallel answer like one database, an id lives in exactly one shard
// and indexing it again replaces it there, the shard count is fixed at creation, and --compact merges.
#include <gtest/gtest.h>

#include <filesystem>

#include "index/indexing_run.h"
#include "index/shard_layout.h"
#include "search/searcher.h"
#include "support.h"

namespace geofacet {
namespace {

IndexReport index_sharded(const std::string& db, unsigned shards, const std::vector<std::string>& inputs,
                          bool compact = false) {
    IndexOptions options;
    options.db = db;
    options.inputs = inputs;
    options.shards = shards;
    options.threads = 2;
    options.compact = compact;
    options.batch_size = 7;  // several commits per shard
    return run_indexing(test::resources(), options);
}

SearchRequest request_for(const std::string& query, std::vector<std::pair<std::string, std::string>> filters = {}) {
    SearchRequest req = test::request_for(query, std::move(filters));
    req.snippets = false;
    return req;
}

std::set<std::string> ids_of(const SearchResult& r) {
    std::set<std::string> ids;
    for (const Hit& h : r.hits) ids.insert(h.id);
    return ids;
}

void expect_same(const SearchResult& a, const SearchResult& b, const std::string& what) {
    EXPECT_EQ(a.total, b.total) << what;
    EXPECT_EQ(ids_of(a), ids_of(b)) << what;
    ASSERT_EQ(a.facets.size(), b.facets.size()) << what;
    for (std::size_t i = 0; i < a.facets.size(); ++i) {
        std::map<std::string, Xapian::doccount> ca, cb;
        for (const FacetCount& c : a.facets[i].second) ca[c.value] = c.count;
        for (const FacetCount& c : b.facets[i].second) cb[c.value] = c.count;
        EXPECT_EQ(ca, cb) << what << ": " << a.facets[i].first;
    }
}

const char* const kQueries[] = {"", "Japan defence 5 percent", "関税", "tariff", "NATO"};

TEST(Shards, ShardsWrittenInParallelAnswerLikeOneDatabase) {
    test::TempDir dir;
    const IndexReport report = index_sharded(dir.path("three"), 3, {test::source_path("sample-corpus")});
    EXPECT_EQ(report.added, 54u);
    ASSERT_TRUE(is_stub_folder(dir.path("three")));
    const std::vector<DatabaseLocation> shards = expand_database_spec(dir.path("three"));
    ASSERT_EQ(shards.size(), 3u);
    for (const DatabaseLocation& s : shards) EXPECT_GT(Xapian::Database(s.path).get_doccount(), 0u) << s.path;

    Searcher one(test::resources(), test::corpus_db());
    Searcher three(test::resources(), std::vector<std::string>{dir.path("three")});
    EXPECT_EQ(three.database().get_doccount(), 54u);
    for (const char* q : kQueries) {
        const SearchResult r = three.search(request_for(q, {{"country", "JP"}}));
        EXPECT_EQ(r.counting.shards, (std::vector<std::string>{"mapped", "mapped", "mapped"}));
        expect_same(one.search(request_for(q, {{"country", "JP"}})), r, q);
    }
}

TEST(Shards, AnIdLivesInOneShardAndIndexingItAgainReplacesItThere) {
    test::TempDir dir;
    index_sharded(dir.path("db"), 2, {test::source_path("sample-corpus")});
    const IndexReport again = index_sharded(dir.path("db"), 0, {test::source_path("sample-corpus/en.jsonl")});
    EXPECT_EQ(again.added, 0u);
    EXPECT_EQ(again.replaced, 29u);
    const std::vector<DatabaseLocation> shards = expand_database_spec(dir.path("db"));
    for (const auto& [id, article] : test::corpus_articles()) {
        const std::string term = "Q" + id;
        unsigned holders = 0;
        for (std::size_t k = 0; k < shards.size(); ++k) {
            const bool here = Xapian::Database(shards[k].path).term_exists(term);
            holders += here;
            if (here) {
                EXPECT_EQ(k, shard_of(term, 2)) << id;
            }
        }
        EXPECT_EQ(holders, 1u) << id;
    }
    EXPECT_EQ(Xapian::Database(dir.path("db")).get_doccount(), 54u);
}

// The routing hash is part of every sharded index on disk: it must never change.
TEST(Shards, TheRoutingHashIsStable) {
    struct Route {
        const char* term;
        unsigned of_two, of_seven;
    };
    // FNV-1a (64 bits) of the id term, modulo the shard count.
    const Route kRoutes[] = {{"Qen-01", 1, 4}, {"Qja-01", 1, 6}, {"Qgen-0000001", 0, 2}, {"Q", 0, 2}};
    for (const Route& r : kRoutes) {
        EXPECT_EQ(shard_of(r.term, 2), r.of_two) << r.term;
        EXPECT_EQ(shard_of(r.term, 7), r.of_seven) << r.term;
    }
    unsigned in_first = 0;
    for (int i = 0; i < 1000; ++i) in_first += shard_of("Qid-" + std::to_string(i), 2) == 0;
    EXPECT_GT(in_first, 400u);  // an even spread
    EXPECT_LT(in_first, 600u);
}

TEST(Shards, TheShardCountIsFixedWhenTheIndexIsCreated) {
    test::TempDir dir;
    index_sharded(dir.path("two"), 2, {test::source_path("sample-corpus/en.jsonl")});
    EXPECT_THROW(index_sharded(dir.path("two"), 3, {test::source_path("sample-corpus/ja.jsonl")}), std::invalid_argument);
    EXPECT_NO_THROW(index_sharded(dir.path("two"), 2, {test::source_path("sample-corpus/ja.jsonl")}));
    index_sharded(dir.path("one"), 1, {test::source_path("sample-corpus/en.jsonl")});
    EXPECT_THROW(index_sharded(dir.path("one"), 2, {test::source_path("sample-corpus/ja.jsonl")}), std::invalid_argument);
    const test::CommandResult r = test::run(test::bin_path("geofacet-index") + " --quiet --shards 4 --db " +
                                            dir.path("two") + " " + test::source_path("sample-corpus/ja.jsonl"));
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("has 2 shards"), std::string::npos) << r.err;
}

TEST(Shards, CompactMergesTheShardsIntoOneDatabase) {
    test::TempDir dir;
    index_sharded(dir.path("db"), 2, {test::source_path("sample-corpus")}, true);
    const std::vector<DatabaseLocation> merged = expand_database_spec(dir.path("db"));
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_EQ(Xapian::Database(merged.front().path).get_doccount(), 54u);
    EXPECT_FALSE(std::filesystem::exists(dir.path("db/shard-0")));
    Searcher one(test::resources(), test::corpus_db());
    Searcher compacted(test::resources(), std::vector<std::string>{dir.path("db")});
    for (const char* q : kQueries) {
        const SearchResult r = compacted.search(request_for(q));
        EXPECT_EQ(r.counting.shards, std::vector<std::string>{"mapped"});
        expect_same(one.search(request_for(q)), r, q);
    }
}

TEST(Shards, TheQueryProgramOpensAShardedFolderAsOneIndex) {
    test::TempDir dir;
    const test::CommandResult indexed = test::run(test::bin_path("geofacet-index") + " --quiet --shards 2 --db " +
                                                  dir.path("db") + " " + test::source_path("sample-corpus"));
    ASSERT_EQ(indexed.exit_code, 0) << indexed.err;
    const test::CommandResult r = test::run(test::bin_path("geofacet-query") + " --json --db " + dir.path("db") + " tariff");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("\"engine\": \"columns\""), std::string::npos) << r.out.substr(0, 300);
    Searcher one(test::resources(), test::corpus_db());
    EXPECT_NE(r.out.find("\"total\": " + std::to_string(one.search(request_for("tariff")).total)), std::string::npos);
}

}  // namespace
}  // namespace geofacet
