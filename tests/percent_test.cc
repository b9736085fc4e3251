// Percentages: every form in the table is found with its value, and the traps are not percentages.
#include <gtest/gtest.h>

#include "support.h"

namespace geofacet {
namespace {

struct PercentCase {
    const char* text;
    const char* values;  // comma-separated canonical values, "" for none
};

// One line a case; a case that once failed stays here.
const PercentCase kCases[] = {
    {"defence spending of 5 percent of GDP", "5"},
    {"5%", "5"},
    {"５％", "5"},
    {"3.5 per cent", "3.5"},
    {"5パーセント", "5"},
    {"5 pct", "5"},
    {"5pc", "5"},
    {"a 3.5-percent target", "3.5"},
    {"five percent", "5"},
    {"three and a half percent", "3.5"},
    {"twenty-five per cent", "25"},
    {"3 to 3.5 percent", "3,3.5"},
    {"between 3% and 5%", "3,5"},
    {"between 3 and 5 percent", "3,5"},
    {"3-5%", "3,5"},
    {"５．５％", "5.5"},
    {"１・５％", "1.5"},
    {"五パーセント", "5"},
    {"三・五％", "3.5"},
    {"GDP比2%", "2"},
    {"3割", "30"},
    {"2割5分", "25"},
    {"3〜3.5％", "3,3.5"},
    {"1,000%", "1000"},
    // Not percentages.
    {"2 percentage points", ""},
    {"支持率は2ポイント上昇", ""},
    {"5 billion dollars", ""},
    {"the 2+2 talks", ""},
    {"on July 20, 2025", ""},
    {"a 65-year-old", ""},
    {"3.5 trillion yen", ""},
    {"5億円", ""},
    {"G7 summit", ""},
    {"one pc", ""},
    {"5 percent points", ""},
    {"十分な", ""},
};

TEST(PercentExtractor, ReadsEveryFormInTheTable) {
    for (const PercentCase& c : kCases) {
        const Analysis a = test::analyzer().analyse(c.text);
        std::string got;
        for (const Mention& m : a.mentions)
            if (m.facet == Facet::Percent) got += (got.empty() ? "" : ",") + m.value;
        EXPECT_EQ(got, c.values) << c.text;
    }
}

TEST(PercentExtractor, SaysWhatThePercentageIsOf) {
    const struct {
        const char* text;
        const char* of;
    } cases[] = {
        {"raise defence spending to 5 percent of GDP", "GDP"},
        {"a 25 percent tariff on cars", "tariff"},
        {"防衛費をGDP比2%に", "GDP"},
        {"内閣支持率は23%に下落", "approval"},
        {"the economy grew 1.2 percent", "growth"},
        // A cue after the number names it only when linked to it ("of", "の", nothing between).
        {"China keeps its growth target at about 5%, lifts defence spending", "growth"},
        {"Japan's defence spending will reach 2 percent of GDP", "GDP"},
        {"25%の関税", "tariff"},
    };
    for (const auto& c : cases) {
        const Analysis a = test::analyzer().analyse(c.text);
        ASSERT_FALSE(a.mentions.empty()) << c.text;
        const Mention* p = nullptr;
        for (const Mention& m : a.mentions)
            if (m.facet == Facet::Percent) p = &m;
        ASSERT_NE(p, nullptr) << c.text;
        EXPECT_EQ(p->of, c.of) << c.text;
    }
}

}  // namespace
}  // namespace geofacet
