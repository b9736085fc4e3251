// Sets of articles written by other hands after the sample corpus, with people and organisations the
// gazetteer lacks: how the extraction does beyond the text it was built on.
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

using Counts = std::map<std::string, std::array<std::size_t, 3>>;  // "en actor" → tp, fp, fn

// Indexes one holdout set alone (its articles are each other's evidence, as in an archive) and counts, per
// language and facet, the values found right, found wrongly and missed.
Counts score(const std::string& articles, const std::string& expected_file, std::size_t articles_in_set) {
    test::TempDir dir;
    const Xapian::Database db = test::index_into(dir.path("db"), {test::source_path(articles)});
    const auto expected = test::read_expected(test::source_path(expected_file));
    EXPECT_EQ(expected.size(), articles_in_set) << expected_file;
    Counts counts;
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
    return counts;
}

// A holdout set and the floors its precision and recall keep: a little under what the extraction reaches
// today, so that a regression shows. Countries and percentages keep 0.95 in every set.
struct HoldoutSet {
    const char* articles;
    const char* expected;
    std::size_t size;
    std::map<std::string, std::pair<double, double>> actor_floors;  // "en"/"ja" → precision, recall
};

const HoldoutSet kSets[] = {
    // The first set, written after the sample corpus: a regression set since its faults were fixed.
    {"tests/data/holdout/articles.jsonl", "tests/data/holdout/expected.tsv", 16, {{"en", {0.97, 0.95}}, {"ja", {0.95, 0.95}}}},
    // The second, written for names of the whole world and Japanese organisations and measured blind once
    // (README): foreign names in every script, Korean and Chinese people, organisations by their English names.
    {"tests/data/holdout/articles-2.jsonl", "tests/data/holdout/expected-2.tsv", 16, {{"en", {0.97, 0.97}}, {"ja", {0.95, 0.95}}}},
    // The third, written with the second and measured blind once (0.945/0.915 English, 0.816/0.639 Japanese:
    // README-3.md): the people and organisations the world's news names most, family names with a title in katakana.
    {"tests/data/holdout/articles-3.jsonl", "tests/data/holdout/expected-3.tsv", 12, {{"en", {0.97, 0.97}}, {"ja", {0.95, 0.97}}}},
    // The fourth, written after the third was measured and measured blind once (README-4.md): the floors are
    // that measurement, a little under, so that what it found is never lost; raised after organisations and
    // people were joined across scripts (0.971/1.000 English, 0.994/0.983 Japanese).
    {"tests/data/holdout/articles-4.jsonl", "tests/data/holdout/expected-4.tsv", 20, {{"en", {0.96, 0.99}}, {"ja", {0.98, 0.97}}}},
    // The fifth, written blind during that round and measured once at its end (README-5.md): floors just under;
    // raised after organisations without a head word, Taiwan's spellings and the world's companies in the
    // gazetteer (0.988/1.000, 0.964/0.953).
    {"tests/data/holdout/articles-5.jsonl", "tests/data/holdout/expected-5.tsv", 20, {{"en", {0.97, 0.98}}, {"ja", {0.95, 0.94}}}},
    // The sixth, written blind and measured once (0.964/0.953, 0.981/0.916: README-6.md), then a development
    // set (0.982/0.988, 1.000/0.988).
    {"tests/data/holdout/articles-6.jsonl", "tests/data/holdout/expected-6.tsv", 20, {{"en", {0.97, 0.97}}, {"ja", {0.98, 0.97}}}},
    // The seventh, written blind and measured once (0.965/0.976, 0.959/0.948: README-7.md), then a development
    // set (0.994/0.988, 0.977/0.971).
    {"tests/data/holdout/articles-7.jsonl", "tests/data/holdout/expected-7.tsv", 20, {{"en", {0.98, 0.98}}, {"ja", {0.97, 0.96}}}},
    // The eighth, written blind during the last round and measured once at its end (0.989/0.963, 0.978/0.946:
    // README-8.md); a person before "of" and an organisation was then split (1.000/0.984, 0.978/0.951).
    {"tests/data/holdout/articles-8.jsonl", "tests/data/holdout/expected-8.tsv", 20, {{"en", {0.98, 0.97}}, {"ja", {0.97, 0.94}}}},
};

TEST(Holdout, ExtractionHoldsUpOnArticlesItWasNotBuiltOn) {
    for (const HoldoutSet& set : kSets) {
        for (const auto& [what, c] : score(set.articles, set.expected, set.size)) {
            const double precision = double(c[0]) / double(c[0] + c[1]), recall = double(c[0]) / double(c[0] + c[2]);
            std::printf("%s %-11s precision %.3f recall %.3f (%zu values)\n", set.expected, what.c_str(), precision,
                        recall, c[0] + c[2]);
            const bool actor = what.find("actor") != std::string::npos;
            const auto floor = actor ? set.actor_floors.at(what.substr(0, 2)) : std::make_pair(0.95, 0.95);
            EXPECT_GE(precision, floor.first) << set.expected << ": " << what;
            EXPECT_GE(recall, floor.second) << set.expected << ": " << what;
        }
    }
}

}  // namespace
}  // namespace geofacet
