// Countries: names, short forms, demonyms, capitals and Japanese abbreviations, and the traps.
#include <gtest/gtest.h>

#include "support.h"

namespace geofacet {
namespace {

std::string countries_in(const std::string& text, bool query = false) { return test::values_in(text, Facet::Country, query); }

struct CountryCase {
    const char* text;
    const char* codes;  // sorted, comma-separated; "" for none
};

// One line a case; a case that once failed stays here.
const CountryCase kCases[] = {
    // Names from ICU's locale data, in both languages, and the data file's forms.
    {"Japan raised spending", "JP"},
    {"talks with the United States", "US"},
    {"U.S. officials said", "US"},
    {"the US demanded more", "US"},
    {"America First", "US"},
    {"Britain and France", "FR,GB"},
    {"the UK government", "GB"},
    {"Japanese officials", "JP"},
    {"Chinese warships", "CN"},
    {"Tokyo withdrew from the talks", "JP"},
    {"Washington pressed its allies", "US"},
    {"Beijing protested", "CN"},
    {"Canberra and Seoul", "AU,KR"},
    {"North Korea fired a missile", "KP"},
    {"Myanmar, also called Burma", "MM"},
    {"Guam and Taiwan", "GU,TW"},
    {"日本政府は", "JP"},
    {"米国とアメリカ", "US"},
    {"中国が反発", "CN"},
    {"韓国と北朝鮮", "KP,KR"},
    {"日米同盟", "JP,US"},
    {"米中対立", "CN,US"},
    {"日豪首脳会談", "AU,JP"},
    {"日韓関係", "JP,KR"},
    {"米英両国", "GB,US"},
    {"中露の演習", "CN,RU"},
    {"英仏独の首脳", "DE,FR,GB"},
    {"首相が訪米した", "US"},
    {"大統領が来日した", "JP"},
    {"訪中団", "CN"},
    {"対中政策", "CN"},
    {"米政府は", "US"},
    {"米軍の基地", "US"},
    {"トランプ米大統領", "US"},
    {"日本人記者", "JP"},
    {"ＮＡＴＯの日本代表", "JP"},
    // Traps.
    {"peaches from Georgia, where the governor declared an emergency", ""},
    {"heat across Atlanta and Georgia", ""},
    {"Washington state wildfires", ""},
    {"The Washington Post reported", ""},
    {"George Washington's house", ""},
    {"Michael Jordan scored", ""},
    {"a volunteer, Jordan, 34, said", ""},
    {"Chad Smith, the farmer", ""},
    {"the turkey farm", ""},
    {"Turkey farmers lost birds to the heat", ""},
    {"fine china plates", ""},
    {"antique japan lacquer boxes", ""},
    {"Japan lacquer boxes", ""},
    {"the South China Sea", ""},
    {"the Indian Ocean", ""},
    {"the Korean Peninsula", ""},
    {"インド太平洋の安全保障", ""},
    {"米中間選挙", "US"},
    {"豪雨の被害", ""},
    {"独自の判断", ""},
    {"仏像の修復", ""},
    {"台風が接近", ""},
    {"日本経済新聞が報じた", ""},
    // The other side of each trap.
    {"Georgia and Armenia signed a deal in Tbilisi", "AM,GE"},
    {"King Abdullah of Jordan", "JO"},
    {"Chad's army withdrew from the border", "TD"},
    {"Turkey and Greece held talks", "GR,TR"},
    {"Washington and Tokyo agreed", "JP,US"},
    {"China and Japan", "CN,JP"},
    {"Japan exports cars", "JP"},
    {"ジョージア政府は", "GE"},
    {"ジョージア州の知事", ""},
    // A katakana country name that is also a given name, joined by a name dot to a katakana word, begins a
    // person's name; two countries so joined stay countries (set 5, set 6).
    {"ケニアのチャド・オティエノ講師", "KE"},
    {"ジョージア・ホイットフィールド上級研究員", ""},
    {"ロシア・ウクライナ戦争", "RU,UA"},
    {"チャドとジョージア・アルメニア両国", "AM,GE,TD"},
    {"トルコ政府", "TR"},
    {"ワシントン・ポストによると", ""},
    {"ワシントンで会談", "US"},
    {"ヴェトナム政府", "VN"},
    {"ベトナム政府", "VN"},
};

TEST(CountryExtractor, FindsCountriesAndAvoidsTraps) {
    for (const CountryCase& c : kCases) EXPECT_EQ(countries_in(c.text), c.codes) << c.text;
}

TEST(CountryExtractor, QueriesNeedNoCapitals) {
    EXPECT_EQ(countries_in("japan defence", true), "JP");
    EXPECT_EQ(countries_in("japan defence", false), "");
}

TEST(CountryLexicon, HasEveryIsoCountryInBothLanguages) {
    const auto& countries = test::resources()->countries->countries();
    EXPECT_GE(countries.size(), 249u);
    for (const Country& c : countries) {
        EXPECT_EQ(c.code.size(), 2u);
        EXPECT_FALSE(c.label_en.empty()) << c.code;
        EXPECT_FALSE(c.label_ja.empty()) << c.code;
    }
    const Country* jp = test::resources()->countries->by_code("jp");
    ASSERT_NE(jp, nullptr);
    EXPECT_EQ(jp->label_en, "Japan");
    EXPECT_EQ(jp->label_ja, "日本");
}

}  // namespace
}  // namespace geofacet
