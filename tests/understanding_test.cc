// Queries that understand what was typed: entities, spelling variants, percentages in every form,
// cross-lingual search, and how it was all understood.
#include <gtest/gtest.h>

#include <algorithm>

#include "schema/schema.h"
#include "search/searcher.h"
#include "support.h"

namespace geofacet {
namespace {

SearchResult search(Searcher& searcher, const std::string& query, bool translate = true) {
    SearchRequest req;
    req.query = query;
    req.limit = 1000;
    req.translate = translate;
    return searcher.search(req);
}

std::vector<std::string> ids(const SearchResult& r) {
    std::vector<std::string> out;
    for (const Hit& h : r.hits) out.push_back(h.id);
    return out;
}

std::set<std::string> id_set(const SearchResult& r) {
    const auto v = ids(r);
    return std::set<std::string>(v.begin(), v.end());
}

bool mentions_defence(const Article& a) {
    const std::string text = a.title + " " + a.body;
    for (const char* w : {"defence", "defense", "Defence", "Defense", "防衛", "国防"})
        if (text.find(w) != std::string::npos) return true;
    return false;
}

TEST(Understanding, TheExampleQueryPutsTheFivePercentArticlesFirstInBothLanguages) {
    Searcher searcher(test::resources(), test::corpus_db());
    const SearchResult r = search(searcher, "Japan defence 5 percent");
    const auto expected = test::expected_facets();
    const auto articles = test::corpus_articles();
    // The articles on the 5 percent demand: Japan, 5 percent and defence, by the hand-written expectations.
    std::set<std::string> on_topic;
    for (const auto& [id, e] : expected)
        if (e.countries.count("JP") && e.percentages.count("5") && mentions_defence(articles.at(id))) on_topic.insert(id);
    std::set<std::string> en_topic, ja_topic;
    for (const std::string& id : on_topic) (id[0] == 'e' ? en_topic : ja_topic).insert(id);
    ASSERT_GE(en_topic.size(), 3u);
    ASSERT_GE(ja_topic.size(), 3u);
    // Within each language, those articles come first, the 2+2 story leading.
    std::vector<std::string> en, ja;
    for (const std::string& id : ids(r)) (id[0] == 'e' ? en : ja).push_back(id);
    ASSERT_GE(en.size(), en_topic.size());
    ASSERT_GE(ja.size(), ja_topic.size());
    EXPECT_EQ(en.front(), "en-01");
    EXPECT_EQ(ja.front(), "ja-01");
    EXPECT_EQ(std::set<std::string>(en.begin(), en.begin() + en_topic.size()), en_topic);
    EXPECT_EQ(std::set<std::string>(ja.begin(), ja.begin() + ja_topic.size()), ja_topic);
    EXPECT_EQ(ids(r).front(), "en-01");
}

TEST(Understanding, SaysHowTheQueryWasUnderstood) {
    Searcher searcher(test::resources(), test::corpus_db());
    const SearchResult r = search(searcher, "Japan defence 5 percent");
    const Interpretation& i = r.interpretation;
    ASSERT_EQ(i.concepts.size(), 3u);
    EXPECT_EQ(i.concepts[0].kind, "country");
    EXPECT_EQ(i.concepts[0].value, "JP");
    EXPECT_EQ(i.concepts[1].kind, "word");
    EXPECT_EQ(i.concepts[2].kind, "percent");
    EXPECT_EQ(i.concepts[2].value, "5");
    EXPECT_EQ(i.remaining_text, "defence");
    EXPECT_FALSE(i.concepts[1].expansions.empty());  // 防衛, from EDICT
    EXPECT_NE(i.summary().find("country Japan (JP)"), std::string::npos);
    EXPECT_NE(i.summary().find("percentage 5%"), std::string::npos);
}

TEST(Understanding, ALongQueryKeepsItsFirstConceptsAndSaysSoOnce) {
    Searcher searcher(test::resources(), test::corpus_db());
    std::string words, more;  // 70 words in one run, then 10 more after an operator
    for (int i = 0; i < 70; ++i) words += "word" + std::to_string(i) + " ";
    for (int i = 70; i < 80; ++i) more += " word" + std::to_string(i);
    for (const std::string& q : {words + "Japan 5%", words + "AND" + more}) {
        const Interpretation& i = search(searcher, q).interpretation;
        EXPECT_EQ(i.concepts.size(), kMaxConcepts) << q;
        EXPECT_EQ(i.concepts.front().text, "word0");
        EXPECT_EQ(std::count(i.notes.begin(), i.notes.end(), "query cut after its first 64 concepts"), 1) << q;
    }
}

TEST(Understanding, FiltersInTheTextApplyToTheWholeQuery) {
    Searcher searcher(test::resources(), test::corpus_db());
    const SearchResult r = search(searcher, "tariff NOT Akazawa date:2025-07-01..2025-07-31");
    ASSERT_GT(r.total, 0u);
    for (const Hit& h : r.hits) {
        EXPECT_EQ(h.date.substr(0, 7), "2025-07") << h.id;
        for (const HitValue& a : h.actors) EXPECT_NE(a.value, "ryosei-akazawa") << h.id;
    }
    EXPECT_NE(r.interpretation.summary().find("not actor Ryosei Akazawa"), std::string::npos) << r.interpretation.summary();
    // A negated filter stays negated.
    for (const Hit& h : search(searcher, "tariff NOT country:JP").hits)
        for (const HitValue& c : h.countries) EXPECT_NE(c.value, "JP") << h.id;
}

TEST(Understanding, EveryFormOfAPercentageFindsTheSameArticles) {
    Searcher searcher(test::resources(), test::corpus_db());
    const auto base = id_set(search(searcher, "5 percent"));
    EXPECT_GT(base.size(), 5u);
    for (const char* form : {"5%", "５％", "5 per cent", "five percent", "5パーセント", "五パーセント", "5 pct", "percent:5"})
        EXPECT_EQ(id_set(search(searcher, form)), base) << form;
    EXPECT_EQ(id_set(search(searcher, "3割")), id_set(search(searcher, "30%")));
}

TEST(Understanding, SpellingVariantsMatchEachOther) {
    test::TempDir dir;
    test::write_file(dir.path("s.jsonl"),
                     "{\"id\":\"uk\",\"lang\":\"en\",\"title\":\"Defence programme\",\"body\":\"The defence "
                     "programme was organised in T\u014dky\u014d by the Labour-led centre.\"}\n"
                     "{\"id\":\"us\",\"lang\":\"en\",\"title\":\"Defense program\",\"body\":\"The defense "
                     "program was organized in Tokyo by the labor-led center.\"}\n");
    const Xapian::Database db = test::index_into(dir.path("db"), {dir.path("s.jsonl")});
    Searcher searcher(test::resources(), db);
    const std::set<std::string> both = {"uk", "us"};
    for (const char* q : {"defence", "defense", "programme", "program", "Tokyo", "Tōkyō", "organise", "organized",
                          "organisation", "labour", "center", "centre", "defence programmes"})
        EXPECT_EQ(id_set(search(searcher, q, false)), both) << q;
    // A stock Xapian query for the British stem still finds the British article, as Omega would.
    Xapian::Enquire e(db);
    e.set_query(Xapian::Query("Zdefenc"));
    EXPECT_EQ(e.get_mset(0, 10).size(), 1u);
}

TEST(Understanding, EnglishFindsJapaneseArticlesAndTheReverse) {
    Searcher searcher(test::resources(), test::corpus_db());
    const auto expected = test::expected_facets();
    const auto articles = test::corpus_articles();
    // 関税 日本 finds the English articles about tariffs on Japan.
    const auto found = id_set(search(searcher, "関税 日本"));
    std::size_t english = 0;
    for (const auto& [id, a] : articles) {
        if (id[0] != 'e' || !expected.at(id).countries.count("JP")) continue;
        if ((a.title + a.body).find("tariff") == std::string::npos) continue;
        EXPECT_TRUE(found.count(id)) << id;
        ++english;
    }
    EXPECT_GE(english, 4u);
    // --no-translate: the articles with the word itself, all Japanese, come before those with Japan alone.
    const auto untranslated = ids(search(searcher, "関税 日本", false));
    const auto first_english = std::find_if(untranslated.begin(), untranslated.end(), [](const std::string& id) { return id[0] == 'e'; });
    for (auto it = first_english; it != untranslated.end(); ++it)
        EXPECT_EQ((articles.at(*it).title + articles.at(*it).body).find("関税"), std::string::npos) << *it;
    EXPECT_GT(first_english - untranslated.begin(), 0);
    // Translations rank below the user's own words.
    const auto ranked = ids(search(searcher, "関税 日本"));
    EXPECT_EQ(ranked.front()[0], 'j');
}

TEST(Understanding, EntitiesRankAboveTheBareWords) {
    test::TempDir dir;
    test::write_file(dir.path("r.jsonl"),
                     "{\"id\":\"words\",\"lang\":\"en\",\"title\":\"Lacquer fair\",\"body\":\"Antique japan lacquer boxes "
                     "sold well; 5 of them went for 20 percent above estimate, a percent or two more than last year.\"}\n"
                     "{\"id\":\"entities\",\"lang\":\"en\",\"title\":\"Budget\",\"body\":\"Japan is weighing defence "
                     "spending of 5 percent of GDP.\"}\n");
    const Xapian::Database db = test::index_into(dir.path("db"), {dir.path("r.jsonl")});
    Searcher searcher(test::resources(), db);
    const auto r = ids(search(searcher, "Japan 5 percent"));
    ASSERT_FALSE(r.empty());
    EXPECT_EQ(r.front(), "entities");
    const auto percent = ids(search(searcher, "5 percent"));
    EXPECT_EQ(std::find(percent.begin(), percent.end(), "words"), percent.end());  // its only 5 is no percentage
}

TEST(Understanding, PercentBucketsCountDocumentsOnce) {
    Searcher searcher(test::resources(), test::corpus_db());
    SearchRequest req;
    req.facets = {"percent_range"};
    req.facet_limit = 10;
    const SearchResult r = searcher.search(req);
    ASSERT_EQ(r.facets.size(), 1u);
    std::map<std::string, Xapian::doccount> buckets;
    for (const FacetCount& c : r.facets[0].second) buckets[c.value] = c.count;
    // Brute force: documents with a percentage in [3, 5).
    Xapian::doccount three_to_five = 0;
    for (const auto& [id, e] : test::expected_facets()) {
        bool in = false;
        for (const std::string& p : e.percentages) in |= std::stod(p) >= 3 && std::stod(p) < 5;
        three_to_five += in;
    }
    EXPECT_EQ(buckets["3-5"], three_to_five);
    req.facets = {};
    req.filters = {{"percent_range", "3-5"}};
    EXPECT_EQ(searcher.search(req).total, three_to_five);
}

}  // namespace
}  // namespace geofacet
