// Ranking in which every concept helps and none is a wall: all concepts first, then most, the rarer counting
// more; explicit operators stay strict; a long query finds the other language's report of the same event;
// a percentage ranks by what it is of.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "archive.h"
#include "search/searcher.h"
#include "support.h"

namespace geofacet {
namespace {

std::vector<std::string> ids(Searcher& searcher, const std::string& query, bool by_date = false) {
    SearchRequest req;
    req.query = query;
    req.limit = 100;
    req.sort_by_date = by_date;
    std::vector<std::string> out;
    for (const Hit& h : searcher.search(req).hits) out.push_back(h.id);
    return out;
}

std::size_t rank_of(const std::vector<std::string>& ranked, const std::string& id) {
    return static_cast<std::size_t>(std::find(ranked.begin(), ranked.end(), id) - ranked.begin());
}

std::string article(const std::string& id, const std::string& lang, const std::string& body) {
    return "{\"id\":\"" + id + "\",\"lang\":\"" + lang + "\",\"title\":\"" + id + "\",\"body\":\"" + body + "\"}\n";
}

// A small archive of JSON Lines, indexed once for the tests that share it.
struct SmallArchive {
    explicit SmallArchive(const std::string& jsonl) : db(test::index_lines(dir, jsonl)) {}
    test::TempDir dir;
    Xapian::Database db;
};

// A small archive whose articles hold some of the concepts of "Japan tariff cars", and more of the commoner ones.
const Xapian::Database& graded() {
    static const SmallArchive archive([] {
        std::string lines = article("all", "en", "Japan faces a tariff on cars.") +
                            article("two", "en", "Japan and the tariff, the tariff, the tariff again: Japan, Japan.") +
                            article("one", "en", "Japan is an island nation, Japan, Japan.") +
                            article("rare", "en", "Cars were parked in rows.") +
                            article("none", "en", "Rain fell on the hills.");
        for (int i = 0; i < 6; ++i) lines += article("common" + std::to_string(i), "en", "Japan held talks.");
        return lines;
    }());
    return archive.db;
}

TEST(Graded, AllConceptsFirstThenMostThenAny) {
    Searcher searcher(test::resources(), graded());
    const auto r = ids(searcher, "Japan tariff cars");
    ASSERT_GE(r.size(), 4u);
    // Three concepts beat two however often the two are mentioned; two beat one; nothing is a wall.
    EXPECT_EQ(r[0], "all");
    EXPECT_EQ(r[1], "two");
    EXPECT_LT(rank_of(r, "one"), r.size());
    EXPECT_EQ(rank_of(r, "none"), r.size());
}

TEST(Graded, AmongEqualCountsTheRarerConceptCountsMore) {
    Searcher searcher(test::resources(), graded());
    const auto r = ids(searcher, "Japan cars");
    // "rare" has only cars (in two articles), "one" only Japan (in ten): cars is the rarer concept.
    EXPECT_LT(rank_of(r, "rare"), rank_of(r, "one"));
}

TEST(Graded, ExplicitOperatorsStayStrict) {
    Searcher searcher(test::resources(), graded());
    for (const char* q : {"Japan +cars", "Japan AND cars", "\"tariff on cars\" Japan"})
        for (const std::string& id : ids(searcher, q)) EXPECT_TRUE(id == "all" || id == "rare") << q << ": " << id;
    EXPECT_EQ(ids(searcher, "\"tariff on cars\" Japan"), std::vector<std::string>{"all"});
    // Quoted phrases joined by OR stay optional.
    const auto either = ids(searcher, "\"tariff on cars\" OR \"island nation\"");
    EXPECT_EQ(std::set<std::string>(either.begin(), either.end()), (std::set<std::string>{"all", "one"}));
}

TEST(Graded, SaysWhenNoArticleHasEveryConcept) {
    Searcher searcher(test::resources(), graded());
    SearchRequest req;
    req.query = "tariff hills";
    const SearchResult r = searcher.search(req);
    EXPECT_TRUE(r.relaxed);
    EXPECT_FALSE(r.hits.empty());
    req.query = "Japan tariff cars";
    EXPECT_FALSE(searcher.search(req).relaxed);
    // Sorted by date, the articles with every concept, when there are some.
    EXPECT_EQ(ids(searcher, "Japan tariff cars", true), std::vector<std::string>{"all"});
}

// An expression's phrase weighs the articles that have it; its words anywhere still match, and the count is
// of every article with the words, whether the phrase is there or not.
TEST(Graded, AnExpressionsPhraseRanksFirstAndAddsNoMatch) {
    static const SmallArchive archive(
        article("apart", "en", "Spending, spending, spending: the defence ministry, defence.") +
        article("phrase", "en", "After a long night of talks on many things, defence spending rose, officials said on Monday.") +
        article("one-word", "en", "The defence ministry met on Monday.") +
        article("other", "en", "Rain fell on the hills."));
    Searcher searcher(test::resources(), archive.db);
    SearchRequest req;
    req.query = "defence spending";
    req.limit = 10;
    const SearchResult r = searcher.search(req);
    ASSERT_EQ(r.hits.size(), 2u);
    EXPECT_EQ(r.hits[0].id, "phrase");
    EXPECT_EQ(r.hits[1].id, "apart");
    EXPECT_EQ(r.total, 2u);
    EXPECT_TRUE(r.total_exact);
}

// A long query, as analysts type them, finds the report of the same event in the other language.
// query | the report in the query's language | the one in the other language, among the first three
struct LongCase {
    const char* query;
    const char* same;
    const char* other;
};

const LongCase kLong[] = {
    {"why did Japan postpone the 2+2 security talks with the United States over defence spending", "en-01", "ja-01"},
    {"Argentine president Milei visits Tokyo to sell lithium and beef to Japanese buyers", "px-en-08", "px-ja-08"},
    {"North Korea's Kim Yo Jong rejects South Korea's offer of military talks", "px-en-11", "px-ja-11"},
    {"参院選で与党が過半数を割った理由", "ja-11", "en-13"},
    {"日本が退役した護衛艦をフィリピンに移転する理由", "px-ja-07", "px-en-07"},
    {"米中が貿易休戦を延長し中国がレアアース規制の停止を続ける", "px-ja-09", "px-en-09"},
};

TEST(LongQueries, FindTheOtherLanguagesReportOfTheSameEvent) {
    Searcher searcher(test::resources(), test::archive_db());
    for (const LongCase& c : kLong) {
        const auto r = ids(searcher, c.query);
        EXPECT_LT(rank_of(r, c.same), 3u) << c.query;
        EXPECT_LT(rank_of(r, c.other), 3u) << c.query;
    }
}

// Percentages rank by what they are of, in both languages: a 5 of GDP or of the defence budget above a 5
// that is a growth target.
const Xapian::Database& percents() {
    static const SmallArchive archive(article("gdp", "en", "Allies should spend 5 percent of GDP on defence.") +
                                      article("growth", "en", "The economy should grow by 5 percent this year. GDP data is due.") +
                                      article("tax", "en", "A 5 percent tax on fuel was approved.") +
                                      article("gdp-ja", "ja", "防衛費をGDP比5％に引き上げる。") +
                                      article("growth-ja", "ja", "政府は成長率目標を5％前後に据え置いた。") +
                                      article("decade", "ja", "内閣支持率は26％に下落した。") +
                                      article("forties", "ja", "内閣支持率は41％だった。"));
    return archive.db;
}

TEST(PercentOf, RanksByWhatThePercentageIsOf) {
    Searcher searcher(test::resources(), percents());
    for (const char* q : {"5% of GDP", "GDP比5％", "5 percent defence spending", "防衛費 5%"}) {
        const auto r = ids(searcher, q);
        for (const char* of_gdp : {"gdp", "gdp-ja"})
            for (const char* other : {"growth", "growth-ja", "tax"})
                EXPECT_LT(rank_of(r, of_gdp), rank_of(r, other)) << q << ": " << of_gdp << " before " << other;
    }
}

// filter | the articles it keeps
struct OfFilterCase {
    const char* filter;
    std::set<std::string> kept;
};

const OfFilterCase kOfFilters[] = {
    {"percent:5@gdp", {"gdp", "gdp-ja"}},
    {"percent:5@GDP", {"gdp", "gdp-ja"}},
    {"percent:5@防衛費", {}},
    {"percent:4..6@growth", {"growth", "growth-ja"}},
    {"percent:@approval", {"decade", "forties"}},
    {"percent:20..30@支持率", {"decade"}},
    {"percent:5@nonsense", {}},
};

TEST(PercentOf, FiltersByWhatThePercentageIsOf) {
    Searcher searcher(test::resources(), percents());
    for (const OfFilterCase& c : kOfFilters) {
        const auto r = ids(searcher, c.filter);
        EXPECT_EQ(std::set<std::string>(r.begin(), r.end()), c.kept) << c.filter;
    }
    SearchRequest req;
    req.filters = {{"percent", "5@gdp"}};
    const SearchResult r = searcher.search(req);
    EXPECT_EQ(r.total, 2u);
    ASSERT_EQ(r.filters.size(), 1u);
    EXPECT_TRUE(r.filters[0].resolved);
    EXPECT_EQ(r.filters[0].label, "5% of gdp");
}

TEST(PercentOf, AFacetCountsWhatPercentagesAreOf) {
    Searcher searcher(test::resources(), percents());
    SearchRequest req;
    req.facets = {"percent_of"};
    const SearchResult r = searcher.search(req);
    ASSERT_EQ(r.facets.size(), 1u);
    std::map<std::string, Xapian::doccount> counts;
    for (const FacetCount& c : r.facets[0].second) {
        counts[c.value] = c.count;
        if (c.value == "gdp") {
            EXPECT_EQ(c.label + " / " + c.label_ja, "GDP / GDP比");
        }
    }
    EXPECT_EQ(counts, (std::map<std::string, Xapian::doccount>{{"gdp", 2}, {"growth", 2}, {"approval", 2}}));
    req.facets = {};
    req.filters = {{"percent_of", "GDP"}};
    EXPECT_EQ(searcher.search(req).total, 2u);
}

TEST(PercentOf, ADecadeOfPercentagesIsARange) {
    Searcher searcher(test::resources(), percents());
    SearchRequest req;
    req.query = "支持率 20%台";
    const SearchResult r = searcher.search(req);
    ASSERT_FALSE(r.hits.empty());
    EXPECT_EQ(r.hits.front().id, "decade");
    for (const Concept& c : r.interpretation.concepts) EXPECT_NE(c.kind, "actor") << c.text;  // 台 is no actor here
}

}  // namespace
}  // namespace geofacet
