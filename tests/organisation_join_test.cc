// Organisations across scripts through a real index: a Japanese organisation the gazetteer lacks takes the id of
// the English name the archive wrote for it, when that name accounts for all of it, and only then. Tables in
// tests/data/organisations/ (joined.tsv, not-joined.tsv), one line a case.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "schema/schema.h"
#include "search/searcher.h"
#include "support.h"
#include "util/data_file.h"

namespace geofacet {
namespace {

struct Case {
    std::string english, japanese, id;
    std::size_t line = 0;
};

std::vector<Case> read_cases(const std::string& name, std::size_t fields) {
    std::vector<Case> cases;
    read_data_file(test::source_path("tests/data/organisations/" + name), [&](const DataRecord& r) {
        cases.push_back(Case{r.field(0), r.field(1), fields > 2 ? r.field(2) : "", r.line});
    }, fields);
    return cases;
}

std::string article(const std::string& id, const std::string& lang, const std::string& body) {
    return nlohmann::json{{"id", id}, {"lang", lang}, {"title", lang == "ja" ? "報告" : "Report"}, {"body", body}}.dump() + "\n";
}

// Every English name first, then every Japanese one, indexed into `dir`: the English articles are the
// evidence the Japanese ones see.
Xapian::Database index_cases(const test::TempDir& dir, const std::vector<Case>& cases) {
    std::string input;
    for (std::size_t k = 0; k < cases.size(); ++k) input += article("en-" + std::to_string(k), "en", cases[k].english + " said on Monday.");
    for (std::size_t k = 0; k < cases.size(); ++k) input += article("ja-" + std::to_string(k), "ja", cases[k].japanese + "は発表した。");
    test::write_file(dir.path("in.jsonl"), input);
    return test::index_into(dir.path("db"), {dir.path("in.jsonl")});
}

// The actor ids of article `id`, comma-separated in term order.
std::string actors_of(const Xapian::Database& db, const std::string& id) {
    const std::string q = std::string(schema::kIdPrefix) + id, prefix = schema::kActorPrefix;
    const Xapian::PostingIterator p = db.postlist_begin(q);
    if (p == db.postlist_end(q)) return "(no article)";
    const Xapian::Document doc = db.get_document(*p);
    std::string out;
    Xapian::TermIterator t = doc.termlist_begin();
    for (t.skip_to(prefix); t != doc.termlist_end() && (*t).rfind(prefix, 0) == 0; ++t)
        out += (out.empty() ? "" : ",") + (*t).substr(prefix.size());
    return out;
}

TEST(OrganisationJoin, AJapaneseNameTakesTheIdOfTheEnglishNameTheArchiveWrote) {
    const std::vector<Case> cases = read_cases("joined.tsv", 3);
    test::TempDir dir;
    const Xapian::Database db = index_cases(dir, cases);
    for (std::size_t k = 0; k < cases.size(); ++k) {
        EXPECT_EQ(actors_of(db, "en-" + std::to_string(k)), cases[k].id) << cases[k].english << " (line " << cases[k].line << ")";
        EXPECT_EQ(actors_of(db, "ja-" + std::to_string(k)), cases[k].id) << cases[k].japanese << " (line " << cases[k].line << ")";
    }
    EXPECT_GE(cases.size(), 20u);
}

TEST(OrganisationJoin, APartUnaccountedForKeepsTwoOrganisationsApart) {
    const std::vector<Case> cases = read_cases("not-joined.tsv", 2);
    test::TempDir dir;
    const Xapian::Database db = index_cases(dir, cases);
    for (std::size_t k = 0; k < cases.size(); ++k) {
        const std::string english = actors_of(db, "en-" + std::to_string(k));
        EXPECT_EQ(english.rfind("org-", 0), 0u) << cases[k].english;
        const std::string japanese = actors_of(db, "ja-" + std::to_string(k));
        EXPECT_EQ(("," + japanese + ",").find("," + english + ","), std::string::npos)
            << cases[k].japanese << " took " << english << " (line " << cases[k].line << ")";
    }
    EXPECT_GE(cases.size(), 10u);
}

// The measure end to end: one organisation named only in katakana in a Japanese article and in English
// in another is one facet value, and either spelling finds both articles.
TEST(OrganisationJoin, EitherSpellingFindsBothArticlesAndTheyCountAsOneValue) {
    test::TempDir dir;
    test::write_file(dir.path("in.jsonl"),
                     article("o-en", "en", "Analysts at Rystad Energy said exports to Japan would fall. Rystad Energy expects prices to rise.") +
                     article("o-ja", "ja", "調査会社リスタッド・エナジーは、日本向けの輸出が減ると分析した。"));
    const Xapian::Database db = test::index_into(dir.path("db"), {dir.path("in.jsonl")});
    EXPECT_EQ(db.get_termfreq(schema::actor_term("org-rystad-energy")), 2u);
    Searcher searcher(test::resources(), db);
    const std::set<std::string> both = {"o-en", "o-ja"};
    EXPECT_EQ(test::found_ids(searcher, "Rystad Energy"), both);
    EXPECT_EQ(test::found_ids(searcher, "リスタッド・エナジー"), both);
    EXPECT_EQ(test::found_ids(searcher, "", {{"actor", "org-rystad-energy"}}), both);
    SearchRequest req;
    req.query = "リスタッド・エナジー";
    std::size_t values = 0;
    for (const auto& facet : searcher.search(req).facets)
        for (const FacetCount& c : facet.second)
            if (c.value.find("energy") != std::string::npos) {
                ++values;
                EXPECT_EQ(c.value, "org-rystad-energy");
                EXPECT_EQ(c.count, 2u);
            }
    EXPECT_EQ(values, 1u);
}

}  // namespace
}  // namespace geofacet
