// Actors: the gazetteer's forms in both scripts, short forms beside titles, generic forms by context.
#include <gtest/gtest.h>

#include "support.h"

namespace geofacet {
namespace {

std::string actors_in(const std::string& text, bool query = false) { return test::values_in(text, Facet::Actor, query); }

struct ActorCase {
    const char* text;
    const char* ids;  // sorted, comma-separated
};

// One line a case; a case that once failed stays here.
const ActorCase kCases[] = {
    // A gazetteer family name the text gave someone else before is that person's (set 6's traps); MeCab's
    // ノ taken for a symbol begins the katakana word after it (ノ|バク).
    {"Tsai Wen-hsiung, the company's chairman, spoke. \"We make spindles,\" Mr Tsai said.", "tsai-wen-hsiung"},
    {"Karim Haddad, a banker, said so. Haddad added that rates would fall.", "karim-haddad"},
    {"アグニェシュカ・ノバク研究員は述べた。ノバク氏によると", "agnieszka-novak"},
    {"ロシアのノバク副首相は", "alexander-novak"},
    {"Prime Minister Shigeru Ishiba said", "shigeru-ishiba"},
    {"石破茂首相は", "shigeru-ishiba"},
    {"石破氏は記者団に", "shigeru-ishiba"},
    {"トランプ米大統領", "donald-trump"},
    {"ドナルド・トランプ大統領", "donald-trump"},
    {"Defense Secretary Pete Hegseth", "pete-hegseth"},
    {"ヘグセス国防長官", "pete-hegseth"},
    {"赤澤亮正経済再生相", "ryosei-akazawa"},
    {"the Financial Times and the FT", "financial-times"},
    {"自民党と公明党", "komeito,ldp"},
    {"米国防総省", "pentagon"},
    {"防衛省内には", "japan-mod"},
    {"豪州のウォン外相", "penny-wong"},
    {"Foreign Minister Wong", "penny-wong"},
    {"the Korean won fell", ""},
    {"ウォン安が進んだ", ""},
    {"Japan's Foreign Ministry said. The Defence Ministry declined to comment.", "japan-mod,japan-mofa"},
    {"China's Defence Ministry said", "china-mnd"},
    {"7月の参院選", ""},
    {"参院本会議", "japan-house-of-councillors"},
    {"アルバニージー首相", "anthony-albanese"},
    {"Abenomics", ""},
};

TEST(ActorExtractor, FindsGazetteerActors) {
    for (const ActorCase& c : kCases) EXPECT_EQ(actors_in(c.text), c.ids) << c.text;
}

TEST(Gazetteer, HoldsEveryActorOfTheSampleCorpus) {
    const auto& g = *test::resources()->gazetteer;
    for (const auto& [id, expected] : test::expected_facets())
        for (const std::string& actor : expected.actors) EXPECT_NE(g.by_id(actor), nullptr) << id << ": " << actor;
}

}  // namespace
}  // namespace geofacet
