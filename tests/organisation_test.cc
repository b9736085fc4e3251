// Organisations: the Japanese and the English name of one organisation are one facet value, and
// organisations whose names share words stay apart. Tables in tests/data/organisations/, one line a case,
// read through the real analyser (MeCab, ENAMDICT, EDICT, the gazetteer).
#include <gtest/gtest.h>

#include "support.h"
#include "text/script.h"
#include "util/data_file.h"

namespace geofacet {
namespace {

// `surface` in a sentence of its language, as the press would write it.
std::string in_sentence(const std::string& surface, const std::string& lang) {
    return lang == "ja" ? surface + "は発表した。" : surface + " said on Monday.";
}

std::string table(const std::string& name) { return test::source_path("tests/data/organisations/" + name); }

TEST(Organisations, EveryNameInEitherLanguageGivesItsOneId) {
    std::size_t cases = 0;
    std::set<std::string> english, japanese;  // ids met in each language
    read_data_file(table("pairs.tsv"), [&](const DataRecord& r) {
        const std::string& surface = r.field(0);
        const std::string& lang = r.field(1);
        EXPECT_EQ(test::values_in(in_sentence(surface, lang), Facet::Actor), r.field(2)) << surface << " (line " << r.line << ")";
        (lang == "ja" ? japanese : english).insert(r.field(2));
        ++cases;
    }, 3, "surface<TAB>lang<TAB>id");
    // The table is the measure: at least 60 organisations' names, most of them in both directions.
    EXPECT_GE(cases, 60u);
    std::size_t both = 0;
    for (const std::string& id : japanese) both += english.count(id);
    EXPECT_GE(both, 30u);
}

TEST(Organisations, NamesThatShareWordsStayApart) {
    std::size_t cases = 0;
    read_data_file(table("apart.tsv"), [&](const DataRecord& r) {
        const auto id_of = [](const std::string& surface) {
            return test::values_in(in_sentence(surface, has_japanese(surface) ? "ja" : "en"), Facet::Actor);
        };
        const std::string a = id_of(r.field(0)), b = id_of(r.field(1));
        EXPECT_TRUE(!a.empty() && a.find(',') == std::string::npos) << r.field(0) << " gives " << a;
        EXPECT_TRUE(!b.empty() && b.find(',') == std::string::npos) << r.field(1) << " gives " << b;
        EXPECT_NE(a, b) << r.field(0) << " and " << r.field(1);
        ++cases;
    }, 2, "surface<TAB>other surface");
    EXPECT_GE(cases, 10u);
}

TEST(Organisations, ACountryInsideAnOrganisationsNameIsNoMention) {
    read_data_file(table("no-country.tsv"), [&](const DataRecord& r) {
        EXPECT_EQ(test::values_in(in_sentence(r.field(0), "ja"), Facet::Country), "") << r.field(0);
        EXPECT_NE(test::values_in(in_sentence(r.field(0), "ja"), Facet::Actor), "") << r.field(0);
    });
}

TEST(Organisations, CommonWordsEndingInAHeadWordAreNoOrganisation) {
    read_data_file(table("not-organisations.tsv"), [&](const DataRecord& r) {
        EXPECT_EQ(test::values_in(in_sentence(r.field(0), "ja"), Facet::Actor), "") << r.field(0);
    });
}

}  // namespace
}  // namespace geofacet
