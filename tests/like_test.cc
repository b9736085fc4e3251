// Related articles across languages: --like finds the other language's report of the same event first,
// for every paired article of the archive, through the library and through geofacet-query.
#include <gtest/gtest.h>

#include "archive.h"
#include "search/searcher.h"
#include "support.h"

namespace geofacet {
namespace {

std::vector<std::string> like(Searcher& searcher, const std::string& id) {
    SearchRequest req;
    req.like = id;
    req.limit = 5;
    std::vector<std::string> ids;
    for (const Hit& h : searcher.search(req).hits) ids.push_back(h.id);
    return ids;
}

TEST(Like, TheOtherLanguagesReportOfTheSameEventComesFirst) {
    Searcher searcher(test::resources(), test::archive_db());
    const auto pairs = test::event_pairs();
    ASSERT_GE(pairs.size(), 11u);  // the sample corpus's own pairs, at least
    for (const auto& [en, ja] : pairs) {
        const auto from_en = like(searcher, en), from_ja = like(searcher, ja);
        ASSERT_FALSE(from_en.empty()) << en;
        ASSERT_FALSE(from_ja.empty()) << ja;
        EXPECT_EQ(from_en.front(), ja) << en;
        EXPECT_EQ(from_ja.front(), en) << ja;
    }
}

TEST(Like, SaysWhatTheArticlesShareAndLeavesTheArticleOut) {
    Searcher searcher(test::resources(), test::archive_db());
    SearchRequest req;
    req.like = "en-01";
    const SearchResult r = searcher.search(req);
    for (const Hit& h : r.hits) EXPECT_NE(h.id, "en-01");
    bool actor = false, translated_word = false;
    for (const Concept& c : r.interpretation.concepts) {
        actor |= c.kind == "actor";
        translated_word |= c.kind == "word" && !c.expansions.empty();
    }
    EXPECT_TRUE(actor);
    EXPECT_TRUE(translated_word);
    EXPECT_NE(r.interpretation.summary().find("articles like en-01"), std::string::npos);
    req.like = "no-such-article";
    EXPECT_THROW(searcher.search(req), std::invalid_argument);
}

TEST(Like, AnArticleTheReaderMayNotReadIsNoArticle) {
    test::TempDir dir;
    const Xapian::Database db = test::index_into(
        dir.path("db"), {test::source_path("sample-corpus"), test::source_path("tests/data/access/restricted.jsonl")});
    Searcher searcher(test::resources(), db);
    SearchRequest req;
    req.like = "acl-defence-01";
    EXPECT_THROW(searcher.search(req), std::invalid_argument);  // nothing of it leaks, not even its evidence
    req.like = "en-01";
    for (const Hit& h : searcher.search(req).hits) EXPECT_EQ(h.id.rfind("acl-", 0), std::string::npos) << h.id;
}

TEST(Like, TheQueryToolTakesAnIdAndNoQuery) {
    test::TempDir dir;
    const auto indexed = test::run(test::bin_path("geofacet-index") + " --quiet --db " + dir.path("db") + " " +
                                   test::source_path("sample-corpus"));
    ASSERT_EQ(indexed.exit_code, 0) << indexed.err;
    const std::string query = test::bin_path("geofacet-query") + " --db " + dir.path("db");
    const auto r = test::run(query + " --json --limit 1 --like en-07");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("\"id\": \"ja-06\""), std::string::npos) << r.out;
    EXPECT_EQ(test::run(query + " --like en-07 tariff").exit_code, 2);
    EXPECT_EQ(test::run(query + " --like no-such-article").exit_code, 2);
}

}  // namespace
}  // namespace geofacet
