// Searching: exact facets over the whole match set, filters, and the same answer on one database, on
// shards, through a stub file and with a shard behind the stock xapian-tcpsrv.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "index/document_data.h"
#include "schema/schema.h"
#include "search/searcher.h"
#include "support.h"
#include "tcpsrv.h"

namespace geofacet {
namespace {

using test::Counts;
using test::as_counts;
using test::brute_force;


std::vector<std::string> ids_of(const SearchResult& r) {
    std::vector<std::string> ids;
    for (const Hit& h : r.hits) ids.push_back(h.id);
    return ids;
}

using test::request_for;

struct SearchCase {
    const char* query;
    std::vector<std::pair<std::string, std::string>> filters;
};

const SearchCase kSearches[] = {
    {"Japan defence 5 percent", {}},
    {"tariff", {}},
    {"関税", {}},
    {"", {}},
    {"NATO", {}},
    {"石破", {}},
    {"", {{"country", "JP"}}},
    {"", {{"country", "JP"}, {"country", "AU"}}},
    {"defence", {{"country", "Japan"}, {"actor", "NATO"}}},
    {"country:US percent:10..30", {}},
};

TEST(Search, FacetCountsEqualBruteForceOverTheWholeMatchSet) {
    Searcher searcher(test::resources(), test::corpus_db());
    for (const SearchCase& c : kSearches) {
        SearchRequest req = request_for(c.query, c.filters);
        req.limit = 3;  // the page is small; the counts must still cover every match
        const SearchResult r = searcher.search(req);
        // The counted query (every concept, unless none has all), rebuilt the way the searcher does, counted by hand.
        Analyzer& analyzer = test::analyzer();
        FilterResolver resolver(analyzer, test::corpus_db());
        QueryBuilder builder(analyzer, resolver);
        const ParsedQuery parsed = builder.parse(c.query);
        Xapian::Query q = parsed.interpretation.concepts.size() > 1 && !r.relaxed ? parsed.strict : parsed.query;
        std::vector<std::pair<std::string, Xapian::Query>> filters;
        for (const auto& [facet, value] : c.filters) filters.emplace_back(facet, resolver.resolve(facet, value));
        if (!filters.empty()) q = Xapian::Query(Xapian::Query::OP_FILTER, q, combine_filters(filters));
        auto expected = brute_force(test::corpus_db(), q);
        Xapian::Enquire e(test::corpus_db());
        e.set_query(q);
        EXPECT_EQ(r.total, e.get_mset(0, test::corpus_db().get_doccount()).size()) << c.query;
        EXPECT_GT(r.total, 0u) << c.query;
        for (const auto& facet : r.facets) {
            const std::string& name = facet.first;  // a lambda may not capture a structured binding (clang)
            // A facet with a filter of its own counts without it (multi-select: see facet_test.cc).
            const bool own_filter =
                std::any_of(c.filters.begin(), c.filters.end(), [&name](const auto& f) { return f.first == name; });
            if (name == "percent_range" || own_filter) continue;
            EXPECT_EQ(as_counts(facet.second), expected[name]) << c.query << " facet " << name;
        }
    }
}

TEST(Search, FiltersAreOrWithinAFacetAndAndAcross) {
    Searcher searcher(test::resources(), test::corpus_db());
    const auto jp = searcher.search(request_for("", {{"country", "JP"}})).total;
    const auto au = searcher.search(request_for("", {{"country", "AU"}})).total;
    const auto both = searcher.search(request_for("", {{"country", "JP"}, {"country", "AU"}})).total;
    const auto db = test::corpus_db();
    const auto count = [&](const Xapian::Query& q) {
        Xapian::Enquire e(db);
        e.set_query(q);
        return e.get_mset(0, db.get_doccount()).size();
    };
    EXPECT_EQ(jp, count(Xapian::Query("Njp")));
    EXPECT_EQ(au, count(Xapian::Query("Nau")));
    EXPECT_EQ(both, count(Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("Njp"), Xapian::Query("Nau"))));
    const auto jp_and_nato = searcher.search(request_for("", {{"country", "日本"}, {"actor", "北大西洋条約機構"}})).total;
    EXPECT_EQ(jp_and_nato, count(Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("Njp"), Xapian::Query("XAnato"))));
    EXPECT_LT(jp_and_nato, jp);
}

TEST(Search, QueryFiltersAgreeWithCommandLineFilters) {
    Searcher searcher(test::resources(), test::corpus_db());
    SearchRequest in_query = request_for("percent:3..5 country:JP");
    SearchRequest options = request_for("", {{"country", "JP"}});
    options.percent_range = "3..5";
    const SearchResult a = searcher.search(in_query), b = searcher.search(options);
    EXPECT_GT(a.total, 0u);
    EXPECT_EQ(a.total, b.total);
    std::vector<std::string> ia = ids_of(a), ib = ids_of(b);
    std::sort(ia.begin(), ia.end());
    std::sort(ib.begin(), ib.end());
    EXPECT_EQ(ia, ib);
    // Every document kept mentions a percentage between 3 and 5.
    for (const Hit& h : a.hits) {
        bool in_range = false;
        for (const HitValue& p : h.percentages) in_range |= std::stod(p.value) >= 3 && std::stod(p.value) <= 5;
        EXPECT_TRUE(in_range) << h.id;
    }
}

TEST(Search, APercentageNeverMatchesTheBareDigit) {
    Searcher searcher(test::resources(), test::corpus_db());
    const SearchResult r = searcher.search(request_for("5%"));
    EXPECT_GT(r.total, 0u);
    const auto ids = ids_of(r);
    EXPECT_EQ(std::find(ids.begin(), ids.end(), "en-20"), ids.end());  // its only 5 is "5 billion"
    // And "5 billion" itself is findable as words.
    const auto billion = ids_of(searcher.search(request_for("5 billion")));
    EXPECT_NE(std::find(billion.begin(), billion.end(), "en-20"), billion.end());
}

TEST(Search, TheExampleSearchPutsTheTwoPlusTwoStoryFirst) {
    Searcher searcher(test::resources(), test::corpus_db());
    const SearchResult r = searcher.search(request_for("Japan defence 5 percent"));
    ASSERT_FALSE(r.hits.empty());
    EXPECT_EQ(r.hits[0].id, "en-01");
    const Counts countries = as_counts(r.facets[1].second);
    EXPECT_TRUE(countries.count("JP") && countries.count("US"));
    const Counts percents = as_counts(r.facets[2].second);
    EXPECT_TRUE(percents.count("5"));
    EXPECT_NE(r.hits[0].snippet.find("["), std::string::npos);
}

// ---- The query path ----

TEST(Search, ARelaxedQueryIsTheGradedQueryAnalysedOnce) {
    const Xapian::Database& db = test::corpus_db();
    Searcher searcher(test::resources(), db);
    // No article has all of these, so those with most of them come first.
    const std::string text = "Hegseth lacquer porcelain Albanese";
    const SearchResult r = searcher.search(request_for(text));
    ASSERT_TRUE(r.relaxed);
    FilterResolver resolver(test::analyzer(), db);
    QueryBuilder builder(test::analyzer(), resolver);
    const ParsedQuery parsed = builder.parse(text);
    Xapian::Enquire strict(db);
    strict.set_query(parsed.strict);
    EXPECT_TRUE(strict.get_mset(0, 1).empty());
    Xapian::Enquire e(db);
    e.set_query(parsed.query);
    EXPECT_EQ(r.total, e.get_mset(0, db.get_doccount()).size());
    EXPECT_GT(r.total, 0u);
}

// The ids of the matches of `q` in `db`.
std::set<std::string> ids_matching(const Xapian::Database& db, const Xapian::Query& q) {
    Xapian::Enquire e(db);
    e.set_query(q);
    std::set<std::string> ids;
    const Xapian::MSet all = e.get_mset(0, db.get_doccount());
    for (Xapian::MSetIterator it = all.begin(); it != all.end(); ++it)
        ids.insert(DocumentData(it.get_document().get_data()).get(schema::kFieldId));
    return ids;
}

// The articles with every concept: the graded query's matches that have every wanted concept. A flat text is
// parsed again with AND between its concepts (cheaper), and must give the very same matches; brackets, NOT,
// a trailing operator and a syntax error keep the filtered form. Texts that once differed stay.
TEST(Search, TheStrictQueryIsTheGradedQueryWithEveryConcept) {
    const Xapian::Database& db = test::corpus_db();
    FilterResolver resolver(test::analyzer(), db);
    QueryBuilder builder(test::analyzer(), resolver);
    std::size_t some = 0;
    for (const std::string text : {"Japan defence 5 percent", "tariff -China", "+Japan defence", "tariff Japan \"trade deal\"",
                                   "tariff (-Japan)", "(-Japan) tariff", "tariff (-Japan -China)", "tariff Japan (-5%)",
                                   "Japan NOT China defence", "tariff -China AND", "tariff -Japan NOT", "tariff -Japan OR",
                                   "(tariff -China) Japan", "tariff country:US Japan"}) {
        const ParsedQuery parsed = builder.parse(text);
        std::vector<Xapian::Query> wanted;
        for (const Concept& c : parsed.interpretation.concepts)
            if (!c.excluded) wanted.push_back(c.query);
        const Xapian::Query reference(Xapian::Query::OP_FILTER, parsed.query, Xapian::Query(Xapian::Query::OP_AND, wanted.begin(), wanted.end()));
        const std::set<std::string> want = ids_matching(db, reference);
        some += !want.empty();
        EXPECT_EQ(ids_matching(db, parsed.strict), want) << text;
    }
    EXPECT_GE(some, 12u);
}

TEST(Search, TheTotalCountsTheArticlesWithEveryConceptAndTheListGoesOnWithSome) {
    const Xapian::Database& db = test::corpus_db();
    Searcher searcher(test::resources(), db);
    const std::string text = "Japan defence";
    FilterResolver resolver(test::analyzer(), db);
    QueryBuilder builder(test::analyzer(), resolver);
    const ParsedQuery parsed = builder.parse(text);
    const std::set<std::string> every = ids_matching(db, parsed.strict), some = ids_matching(db, parsed.query);
    ASSERT_GT(every.size(), 0u);
    ASSERT_GT(some.size(), every.size());
    SearchRequest req = request_for(text);
    req.limit = static_cast<Xapian::doccount>(some.size());
    const SearchResult r = searcher.search(req);
    EXPECT_FALSE(r.relaxed);
    EXPECT_EQ(r.total, every.size());
    EXPECT_GT(r.more, 0u);
    // The list: every article with both concepts, then those with one.
    ASSERT_EQ(r.hits.size(), some.size());
    for (std::size_t i = 0; i < r.hits.size(); ++i)
        EXPECT_EQ(every.count(r.hits[i].id), i < every.size() ? 1u : 0u) << "rank " << i + 1 << " " << r.hits[i].id;
    // The facets count the total's articles: the country facet's Japan is every one of them.
    const auto country = std::find_if(r.facets.begin(), r.facets.end(), [](const auto& f) { return f.first == "country"; });
    ASSERT_NE(country, r.facets.end());
    EXPECT_EQ(as_counts(country->second).at("JP"), every.size());
}

// The ids of `mset`'s matches from index `from` on, in order.
std::vector<std::string> ids_in(const Xapian::MSet& mset, Xapian::doccount from = 0) {
    std::vector<std::string> ids;
    for (Xapian::doccount i = from; i < mset.size(); ++i) ids.push_back(DocumentData(mset[i].get_document().get_data()).get(schema::kFieldId));
    return ids;
}

// Phrase boosts read positions, so they reorder the first pass's best kRescoreWindow matches only: the list is
// those in the order of the boosted query, then the rest in the first pass's order, page after page, each
// match once. Expressions the glossary knows: their phrase is a boost on their words.
TEST(Search, PhraseBoostsReorderTheBestMatchesAndPagesNeitherRepeatNorSkip) {
    const Xapian::Database& db = test::corpus_db();
    Searcher searcher(test::resources(), db);
    FilterResolver resolver(test::analyzer(), db);
    QueryBuilder builder(test::analyzer(), resolver);
    std::size_t reordered = 0;
    for (const std::string text : {"defence spending Japan", "trade deal China", "tariffs on cars United States"}) {
        const ParsedQuery parsed = builder.parse(text);
        ASSERT_FALSE(parsed.rescored.empty()) << text << ": " << parsed.query.get_description();
        Xapian::Enquire first(db);
        first.set_query(parsed.query);
        const Xapian::MSet all = first.get_mset(0, db.get_doccount());
        const Xapian::doccount window = std::min<Xapian::doccount>(kRescoreWindow, all.size());
        std::vector<Xapian::Query> best;
        for (Xapian::doccount i = 0; i < window; ++i) best.emplace_back(schema::kIdPrefix + ids_in(all, i).front());
        Xapian::Enquire boosted(db);
        boosted.set_query(Xapian::Query(Xapian::Query::OP_FILTER, parsed.rescored, Xapian::Query(Xapian::Query::OP_OR, best.begin(), best.end())));
        std::vector<std::string> want = ids_in(boosted.get_mset(0, window));
        const std::vector<std::string> rest = ids_in(all, window), unboosted = ids_in(first.get_mset(0, window));
        reordered += want != unboosted;
        want.insert(want.end(), rest.begin(), rest.end());
        ASSERT_GT(want.size(), static_cast<std::size_t>(kRescoreWindow)) << text << ": the corpus must reach past the window";
        std::vector<std::string> listed;
        for (Xapian::doccount offset = 0; offset < want.size(); offset += 7) {
            SearchRequest req = request_for(text);
            req.offset = offset;
            req.limit = 7;
            for (const std::string& id : ids_of(searcher.search(req))) listed.push_back(id);
        }
        EXPECT_EQ(listed, want) << text;
    }
    EXPECT_GT(reordered, 0u) << "no boost changed an order: the test would not see rescoring missing";
}

// A page of filters alone, or of excluded words alone, is ordered by date: the searcher looks among the newest
// month's days first, then months, and must find the very page a match of every document would (without
// weights: a pure NOT's every-document part once weighed by length, and pages repeated and skipped articles).
TEST(Search, APageWithoutWeightsIsTheNewestMatches) {
    const Xapian::Database& db = test::corpus_db();
    Searcher searcher(test::resources(), db);
    std::size_t pages = 0;  // pages with articles, compared
    for (const std::string text : {"", "-Japan"}) {
        for (const auto& filters : std::vector<std::vector<std::pair<std::string, std::string>>>{
                 {}, {{"country", "JP"}}, {{"country", "US"}}, {{"lang", "en"}}, {{"percent_range", "3-5"}}}) {
            FilterResolver resolver(test::analyzer(), db);
            QueryBuilder builder(test::analyzer(), resolver);
            std::vector<std::pair<std::string, Xapian::Query>> qs;
            for (const auto& [facet, value] : filters) qs.emplace_back(facet, resolver.resolve(facet, value));
            Xapian::Enquire e(db);
            e.set_query(Xapian::Query(Xapian::Query::OP_FILTER, builder.parse(text).query, combine_filters(qs)));
            e.set_weighting_scheme(Xapian::BoolWeight());
            e.set_sort_by_relevance_then_value(schema::kDateSlot, true);
            for (Xapian::doccount offset : {0u, 2u, 7u}) {
                SearchRequest req = request_for(text, filters);
                req.offset = offset;
                req.limit = 3;
                std::vector<std::string> want;
                const Xapian::MSet all = e.get_mset(offset, 3);
                for (Xapian::MSetIterator it = all.begin(); it != all.end(); ++it)
                    want.push_back(DocumentData(it.get_document().get_data()).get(schema::kFieldId));
                pages += !want.empty();
                EXPECT_EQ(ids_of(searcher.search(req)), want) << "'" << text << "', " << filters.size() << " filters, offset " << offset;
            }
        }
    }
    EXPECT_GE(pages, 25u);  // of 30: "-Japan" with the Japan filter has none
}

TEST(Search, WithoutFacetsTheTotalIsExactUnlessNoTotalIsAsked) {
    Searcher searcher(test::resources(), test::corpus_db());
    SearchRequest req = request_for("Japan defence");
    const Xapian::doccount exact = searcher.search(req).total;
    req.count_facets = false;
    const SearchResult counted = searcher.search(req);
    EXPECT_TRUE(counted.total_exact);
    EXPECT_EQ(counted.total, exact);
    EXPECT_TRUE(counted.facets.empty());
    req.exact_total = false;
    req.limit = 1;
    const SearchResult estimated = searcher.search(req);
    EXPECT_EQ(estimated.hits.size(), 1u);
    // The match stopped once the page was certain: the total is Xapian's estimate, and says so.
    EXPECT_FALSE(estimated.total_exact);
    EXPECT_NE(estimated.total, exact);
    EXPECT_EQ(estimated.hits.front().id, counted.hits.front().id);
}

// ---- Shards ----

class ShardedSearch : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = new test::TempDir;
        test::index_into(dir_->path("en"), {test::source_path("sample-corpus/en.jsonl")});
        test::index_into(dir_->path("ja"), {test::source_path("sample-corpus/ja.jsonl")});
    }
    static void TearDownTestSuite() { delete dir_; }
    static test::TempDir* dir_;
};
test::TempDir* ShardedSearch::dir_ = nullptr;

// Results with their scores, in score order; documents of equal score in id order (Xapian breaks ties
// by document number, which differs between one database and shards).
std::vector<std::pair<long, std::string>> scored(const SearchResult& r) {
    std::vector<std::pair<long, std::string>> out;
    for (const Hit& h : r.hits) out.emplace_back(-std::lround(h.score * 1e6), h.id);
    std::sort(out.begin(), out.end());
    return out;
}

void expect_same(const SearchResult& a, const SearchResult& b, const std::string& what) {
    EXPECT_EQ(a.total, b.total) << what;
    EXPECT_EQ(scored(a), scored(b)) << what;
    ASSERT_EQ(a.facets.size(), b.facets.size()) << what;
    for (std::size_t i = 0; i < a.facets.size(); ++i)
        EXPECT_EQ(as_counts(a.facets[i].second), as_counts(b.facets[i].second)) << what << " " << a.facets[i].first;
}

const char* kShardQueries[] = {"Japan defence 5 percent", "関税", "country:JP percent:3..5", "tariff", ""};

TEST_F(ShardedSearch, TwoShardsAnswerLikeOneDatabase) {
    Searcher one(test::resources(), test::corpus_db());
    Searcher two(test::resources(), std::vector<std::string>{dir_->path("en"), dir_->path("ja")});
    for (const char* q : kShardQueries) expect_same(one.search(request_for(q)), two.search(request_for(q)), q);
}

TEST_F(ShardedSearch, AStubDatabaseFileListsShards) {
    test::write_file(dir_->path("all.stub"), "auto " + dir_->path("en") + "\nauto " + dir_->path("ja") + "\n");
    Searcher one(test::resources(), test::corpus_db());
    Searcher stub(test::resources(), std::vector<std::string>{dir_->path("all.stub")});
    for (const char* q : kShardQueries) expect_same(one.search(request_for(q)), stub.search(request_for(q)), q);
}

TEST_F(ShardedSearch, AShardBehindStockXapianTcpsrvGivesTheSameAnswer) {
    test::TcpServer server(dir_->path("ja"));
    Searcher one(test::resources(), test::corpus_db());
    Searcher remote_shard(test::resources(), std::vector<std::string>{dir_->path("en"), server.spec()});
    for (const char* q : kShardQueries) expect_same(one.search(request_for(q)), remote_shard.search(request_for(q)), q);
    SearchRequest date_sorted = request_for("defence");
    date_sorted.sort_by_date = true;
    SearchRequest filtered = request_for("", {{"country", "US"}, {"actor", "Trump"}});
    filtered.percent_range = "10..30";
    for (const SearchRequest& req : {date_sorted, filtered})
        expect_same(one.search(req), remote_shard.search(req), req.query + " (sorted/filtered)");
}

}  // namespace
}  // namespace geofacet
