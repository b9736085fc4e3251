// A second set of articles, written by another hand after the sample corpus, with people and
// organisations the gazetteer lacks: how the extraction does beyond the text it was built on.
#include <gtest/gtest.h>

#include <cstdio>

#include "schema/schema.h"
#include "support.h"

namespace geofacet {
namespace {

std::set<std::string> with_prefix(const Xapian::Document& doc, const std::string& prefix, bool upper = false) {
    std::set<std::string> out;
    for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        std::string term = *t;
        if (term.rfind(prefix, 0) != 0 || (prefix == "N" && term.size() != 3)) continue;
        term = term.substr(prefix.size());
        if (upper)
            for (char& c : term) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        out.insert(term);
    }
    return out;
}

TEST(Holdout, ExtractionHoldsUpOnArticlesItWasNotBuiltOn) {
    test::TempDir dir;
    const Xapian::Database db = test::index_into(dir.path("db"), {test::source_path("tests/data/holdout/articles.jsonl")});
    const auto expected = test::read_expected(test::source_path("tests/data/holdout/expected.tsv"));
    ASSERT_EQ(expected.size(), 16u);
    std::map<std::string, std::array<std::size_t, 3>> counts;  // tp, fp, fn
    for (const auto& [id, want] : expected) {
        const Xapian::Document doc = db.get_document(*db.postlist_begin("Q" + id));
        const std::string lang = id.find("-ja-") != std::string::npos ? "ja" : "en";
        const std::pair<const char*, std::pair<std::set<std::string>, std::set<std::string>>> facets[] = {
            {"actor", {with_prefix(doc, schema::kActorPrefix), want.actors}},
            {"country", {with_prefix(doc, "N", true), want.countries}},
            {"percent", {with_prefix(doc, schema::kPercentPrefix), want.percentages}}};
        for (const auto& [facet, got_want] : facets) {
            auto& c = counts[lang + " " + facet];
            for (const std::string& v : got_want.first) ++c[got_want.second.count(v) ? 0 : 1];
            for (const std::string& v : got_want.second) c[2] += !got_want.first.count(v);
        }
    }
    // Floors a little under what the extraction reaches today, so that a regression shows.
    const std::map<std::string, std::pair<double, double>> floors = {
        {"en actor", {0.95, 0.90}}, {"ja actor", {0.93, 0.80}},   {"en country", {0.95, 0.95}},
        {"ja country", {0.95, 0.95}}, {"en percent", {0.95, 0.95}}, {"ja percent", {0.95, 0.95}}};
    for (const auto& [what, c] : counts) {
        const double precision = double(c[0]) / (c[0] + c[1]), recall = double(c[0]) / (c[0] + c[2]);
        std::printf("holdout %-11s precision %.3f recall %.3f (%zu values)\n", what.c_str(), precision, recall, c[0] + c[2]);
        EXPECT_GE(precision, floors.at(what).first) << what;
        EXPECT_GE(recall, floors.at(what).second) << what;
    }
}

}  // namespace
}  // namespace geofacet
