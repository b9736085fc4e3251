// Names across scripts: one person, one key, one facet value. Tables, one line a case; a case that once
// failed stays in its table.
#include <gtest/gtest.h>

#include "names/kana_latin.h"
#include "names/romaji.h"
#include "support.h"
#include "text/normaliser.h"

namespace geofacet {
namespace {

struct Pair {
    const char* surface;
    const char* expected;
};

// ---- Latin romanisations → one canonical romaji ----
const Pair kRomaji[] = {
    {"Shinzō", "shinzo"},    {"Shinzô", "shinzo"},     {"Shinzou", "shinzo"},    {"Shinzoo", "shinzo"},
    {"Shinzoh", "shinzo"},   {"Shinzo", "shinzo"},     {"Ōno", "ono"},           {"Ohno", "ono"},
    {"Oono", "ono"},         {"Ōhira", "ohira"},       {"Oohira", "ohira"},      {"Yūko", "yuko"},
    {"Yuuko", "yuko"},       {"Itō", "ito"},           {"Itoh", "ito"},          {"Satō", "sato"},
    {"Saitou", "saito"},     {"Kōno", "kono"},         {"Kouno", "kono"},        {"Ryōsei", "ryosei"},
    {"Ryousei", "ryosei"},   {"Tōkyō", "tokyo"},       {"Shimbun", "shinbun"},   {"Shinbun", "shinbun"},
    {"Namba", "nanba"},      {"Homma", "honma"},       {"Shin'ichi", "shinichi"}, {"Shinichi", "shinichi"},
    {"Jun'ichirō", "junichiro"}, {"Tutomu", "tsutomu"}, {"Huzita", "fujita"},   {"Simizu", "shimizu"},
    {"Tiba", "chiba"},       {"Ziro", "jiro"},         {"Syozi", "shoji"},       {"Matuda", "matsuda"},
    {"Kyôko", "kyoko"},      {"Tyosyu", "choshu"},     {"Hattori", "hattori"},   {"Inoue", "inoue"},
    {"Ishiba", "ishiba"},    {"ISHIBA", "ishiba"},     {"Akazawa", "akazawa"},   {"Matchi", "matchi"},
    {"MattI", "matchi"},     {"Trump", "trump"},       {"Colby", "colby"},       {"Hegseth", "hegseth"},
    {"Adam", "adam"},        {"Booker", "booker"},
};

TEST(Romaji, FoldsEverySpellingToOne) {
    for (const Pair& p : kRomaji) EXPECT_EQ(canonical_romaji(p.surface), p.expected) << p.surface;
}

// ---- Kana → canonical romaji (ICU's transliterators, then the same folding) ----
const Pair kKana[] = {
    {"いしば", "ishiba"},       {"イシバ", "ishiba"},     {"しげる", "shigeru"},     {"シンゾウ", "shinzo"},
    {"しんぞう", "shinzo"},     {"あかざわ", "akazawa"},  {"りょうせい", "ryosei"},  {"ナカタニ", "nakatani"},
    {"トーキョー", "tokyo"},    {"とうきょう", "tokyo"},  {"しんいち", "shinichi"},  {"シンイチ", "shinichi"},
    {"ふじた", "fujita"},       {"ちば", "chiba"},        {"まっちゃ", "matcha"},    {"ｲｼﾊﾞ", "ishiba"},
    {"コルビー", "korubi"},     {"コルビ", "korubi"},     {"ヴァンス", "bansu"},     {"バンス", "bansu"},
    {"ティラー", "chira"},      {"チラー", "chira"},      {"ディーン", "jin"},       {"ジーン", "jin"},
    {"ヂ", "ji"},               {"ヅ", "zu"},
};

TEST(KanaRomaniser, RomanisesKanaAndFoldsKatakanaVariants) {
    KanaRomaniser k;
    for (const Pair& p : kKana) EXPECT_EQ(k.key(NormalisedText(p.surface).text()), p.expected) << p.surface;
}

TEST(NameNormaliser, GivesForeignKatakanaNamesTheirEnamdictSpelling) {
    NameNormaliser& n = test::analyzer().names();
    EXPECT_EQ(n.kana_part("トランプ").front(), "trump");
    EXPECT_EQ(n.kana_part("コルビー"), n.kana_part("コルビ"));
    const auto colby = n.kana_part("コルビー");
    EXPECT_NE(std::find(colby.begin(), colby.end(), "colby"), colby.end());
    EXPECT_EQ(n.kana_part("いしば").front(), "ishiba");  // hiragana: a reading, never a foreign spelling
}

TEST(NameNormaliser, ReadsKanjiWithMecabFirstThenEnamdict) {
    NameNormaliser& n = test::analyzer().names();
    EXPECT_EQ(n.kanji_part("石破", "イシバ").front(), "ishiba");
    const auto nakatani = n.kanji_part("中谷", "");
    EXPECT_NE(std::find(nakatani.begin(), nakatani.end(), "nakatani"), nakatani.end());
    EXPECT_NE(std::find(nakatani.begin(), nakatani.end(), "nakadani"), nakatani.end());
    // Never Chinese pinyin (ICU's Han-Latin gives "shi po mao" for 石破茂).
    for (const std::string& r : n.kanji_part("石破", "")) EXPECT_EQ(r.find("shi po"), std::string::npos);
}

// ---- Old and variant kanji → one form ----
const Pair kKanji[] = {
    {"赤澤", "赤沢"}, {"渡邊", "渡辺"}, {"渡邉", "渡辺"}, {"齋藤", "斎藤"}, {"齊藤", "斎藤"}, {"斉藤", "斎藤"},
    {"髙市", "高市"}, {"山﨑", "山崎"}, {"國分", "国分"}, {"長嶋", "長島"}, {"濱田", "浜田"}, {"櫻井", "桜井"},
    {"廣瀬", "広瀬"}, {"臺灣", "台湾"}, {"德川", "徳川"}, {"ＮＡＴＯ", "NATO"},
};

TEST(NormalisedText, FoldsOldKanjiOfNames) {
    for (const Pair& p : kKanji) EXPECT_EQ(NormalisedText(p.surface).text(), p.expected) << p.surface;
}

// ---- A text → the actor it names (index mode: capitals matter, titles and honorifics are not the name) ----
const Pair kActors[] = {
    // Shigeru Ishiba
    {"石破茂首相は述べた", "shigeru-ishiba"},  {"石破首相", "shigeru-ishiba"},     {"石破氏は", "shigeru-ishiba"},
    {"いしば しげる", "shigeru-ishiba"},       {"Shigeru Ishiba said", "shigeru-ishiba"},
    {"Ishiba Shigeru said", "shigeru-ishiba"}, {"Prime Minister Ishiba", "shigeru-ishiba"},
    {"Mr Ishiba said", "shigeru-ishiba"},      {"石破茂（Shigeru Ishiba）", "shigeru-ishiba"},
    {"イシバ・シゲル氏", "shigeru-ishiba"},
    // Shinzo Abe
    {"安倍晋三元首相", "shinzo-abe"}, {"Shinzō Abe", "shinzo-abe"},  {"Shinzo Abe", "shinzo-abe"},
    {"Abe Shinzou", "shinzo-abe"},     {"Abe Shinzō said", "shinzo-abe"}, {"安倍元首相", "shinzo-abe"},
    {"あべ しんぞう", "shinzo-abe"},
    // Ryosei Akazawa
    {"赤沢亮正経済再生相", "ryosei-akazawa"}, {"赤澤亮正氏", "ryosei-akazawa"}, {"Ryōsei Akazawa", "ryosei-akazawa"},
    {"Ryosei Akazawa", "ryosei-akazawa"},       {"赤沢氏は", "ryosei-akazawa"},     {"Akazawa Ryousei said", "ryosei-akazawa"},
    {"Economic Revitalisation Minister Akazawa", "ryosei-akazawa"},
    // Donald Trump
    {"トランプ", "donald-trump"}, {"ドナルド・トランプ大統領", "donald-trump"}, {"トランプ米大統領", "donald-trump"},
    {"Donald Trump", "donald-trump"}, {"President Trump said", "donald-trump"}, {"Mr Trump", "donald-trump"},
    // Pete Hegseth
    {"ヘグセス国防長官", "pete-hegseth"}, {"ピート・ヘグセス氏", "pete-hegseth"}, {"Pete Hegseth", "pete-hegseth"},
    {"Secretary Hegseth", "pete-hegseth"},
    // Gen Nakatani
    {"中谷元防衛相", "gen-nakatani"}, {"中谷元・防衛相", "gen-nakatani"}, {"Gen Nakatani", "gen-nakatani"},
    {"Defence Minister Gen Nakatani", "gen-nakatani"}, {"中谷防衛相", "gen-nakatani"},
    // Takeshi Iwaya
    {"岩屋毅外相", "takeshi-iwaya"}, {"岩屋外相", "takeshi-iwaya"}, {"Takeshi Iwaya", "takeshi-iwaya"},
    {"Iwaya Takeshi said", "takeshi-iwaya"},
    // Marco Rubio
    {"ルビオ国務長官", "marco-rubio"}, {"マルコ・ルビオ氏", "marco-rubio"}, {"Marco Rubio", "marco-rubio"},
    {"Secretary of State Rubio", "marco-rubio"},
    // Elbridge Colby
    {"コルビー国防次官", "elbridge-colby"}, {"コルビ国防次官", "elbridge-colby"}, {"エルブリッジ・コルビー氏", "elbridge-colby"},
    {"Elbridge Colby", "elbridge-colby"}, {"コルビは述べた", "elbridge-colby"}, {"ゼレンスキイ大統領", "volodymyr-zelensky"},
    // JD Vance
    {"バンス副大統領", "jd-vance"}, {"ヴァンス副大統領", "jd-vance"}, {"JD Vance", "jd-vance"},
    {"Vice President Vance", "jd-vance"},
    // Sanae Takaichi
    {"高市早苗", "sanae-takaichi"}, {"髙市早苗氏", "sanae-takaichi"}, {"Sanae Takaichi", "sanae-takaichi"},
    {"Takaichi Sanae said", "sanae-takaichi"}, {"高市首相", "sanae-takaichi"},
    // Fumio Kishida
    {"岸田文雄前首相", "fumio-kishida"}, {"Fumio Kishida", "fumio-kishida"}, {"Kishida Fumio said", "fumio-kishida"},
    // Tetsuo Saito
    {"斉藤鉄夫代表", "tetsuo-saito"}, {"齊藤鉄夫氏", "tetsuo-saito"}, {"Tetsuo Saito", "tetsuo-saito"},
    {"Tetsuo Saitō said", "tetsuo-saito"},
    // Shinjiro Koizumi, Toshimitsu Motegi, Yoshimasa Hayashi, Katsunobu Kato
    {"小泉進次郎", "shinjiro-koizumi"}, {"Shinjirō Koizumi", "shinjiro-koizumi"}, {"Koizumi Shinjiro said", "shinjiro-koizumi"},
    {"茂木敏充外相", "toshimitsu-motegi"}, {"Toshimitsu Motegi", "toshimitsu-motegi"},
    {"林芳正官房長官", "yoshimasa-hayashi"}, {"Yoshimasa Hayashi", "yoshimasa-hayashi"},
    {"加藤勝信財務相", "katsunobu-kato"}, {"Katsunobu Katō", "katsunobu-kato"}, {"Katsunobu Kato", "katsunobu-kato"},
    // Others
    {"習近平国家主席", "xi-jinping"}, {"Xi Jinping", "xi-jinping"}, {"李在明大統領", "lee-jae-myung"},
    {"Lee Jae-myung", "lee-jae-myung"}, {"ルッテ事務総長", "mark-rutte"}, {"Mark Rutte", "mark-rutte"},
    {"豪州のウォン外相", "penny-wong"}, {"Foreign Minister Wong", "penny-wong"},
    // Organisations
    {"自民党", "ldp"}, {"自民", "ldp"}, {"the LDP", "ldp"}, {"Liberal Democratic Party", "ldp"},
    {"米国防総省", "pentagon"}, {"ペンタゴン", "pentagon"}, {"the Pentagon", "pentagon"},
    {"日銀", "bank-of-japan"}, {"Bank of Japan", "bank-of-japan"}, {"BOJ", "bank-of-japan"},
    {"ＮＡＴＯ", "nato"}, {"北大西洋条約機構", "nato"}, {"NATO", "nato"},
    {"ロイター通信", "reuters"}, {"Reuters", "reuters"},
    // People the gazetteer lacks: an id in English order (Japanese given name first), the same in both scripts.
    // A Japanese name written family name first in Latin keeps its order until the archive writes it the other
    // way (names_search_test): nothing else tells which romaji word is the family name.
    {"田中角栄元首相", "kakuei-tanaka"}, {"Kakuei Tanaka said", "kakuei-tanaka"}, {"Tanaka Kakuei said", "tanaka-kakuei"},
    {"野中広務氏", "hiromu-nonaka"}, {"Hiromu Nonaka said", "hiromu-nonaka"},
    {"中谷真一氏", "shinichi-nakatani"}, {"Shinichi Nakatani said", "shinichi-nakatani"},
    {"安倍昭恵氏", "akie-abe"}, {"Akie Abe said", "akie-abe"},
    {"河野洋平氏", "yohei-kono"}, {"Yohei Kono said", "yohei-kono"}, {"Yōhei Kōno said", "yohei-kono"},
    {"加藤鮎子氏", "ayuko-kato"}, {"Ayuko Kato said", "ayuko-kato"},
    {"The farmer, Gen Tanaka, said", "gen-tanaka"},
};

TEST(Actors, EverySpellingInEveryScriptGivesOneActor) {
    for (const Pair& p : kActors) EXPECT_EQ(test::values_in(p.surface, Facet::Actor), p.expected) << p.surface;
}

// ---- A query → the actor it names (case and titles do not matter) ----
const Pair kQueries[] = {
    {"いしば", "shigeru-ishiba"},         {"イシバ", "shigeru-ishiba"},     {"ishiba", "shigeru-ishiba"},
    {"ishiba shigeru", "shigeru-ishiba"}, {"Shigeru Ishiba", "shigeru-ishiba"}, {"石破", "shigeru-ishiba"},
    {"abe shinzou", "shinzo-abe"},         {"shinzō abe", "shinzo-abe"},     {"あべしんぞう", "shinzo-abe"},
    {"あかざわ", "ryosei-akazawa"},        {"akazawa", "ryosei-akazawa"},    {"赤澤", "ryosei-akazawa"},
    {"trump", "donald-trump"},             {"とらんぷ", "donald-trump"},     {"hegseth", "pete-hegseth"},
    {"takaichi sanae", "sanae-takaichi"},  {"たかいち", "sanae-takaichi"},   {"nakatani gen", "gen-nakatani"},
};

TEST(Actors, QueriesFindPeopleByAnySpelling) {
    for (const Pair& p : kQueries) EXPECT_EQ(test::values_in(p.surface, Facet::Actor, true), p.expected) << p.surface;
}

// ---- Pairs that must NOT be one actor ----
const Pair kApart[] = {
    {"安倍晋三元首相", "安倍昭恵氏"},          {"Shinzo Abe", "Akie Abe said"},
    {"中谷元防衛相", "中谷真一氏"},            {"Gen Nakatani", "Shinichi Nakatani said"},
    {"Taro Kono", "Yohei Kono said"},          {"河野太郎氏", "河野洋平氏"},
    {"Katsunobu Kato", "Ayuko Kato said"},     {"加藤勝信氏", "加藤鮎子氏"},
    {"Lee Jae-myung", "Lee Hsien Loong said"}, {"小泉進次郎氏", "小泉純一郎元首相"},
    {"Shinjiro Koizumi", "Junichiro Koizumi said"}, {"林芳正官房長官", "森林の保全"},
};

TEST(Actors, DifferentPeopleWithSimilarNamesStayApart) {
    for (const Pair& p : kApart) {
        const std::string a = test::values_in(p.surface, Facet::Actor), b = test::values_in(p.expected, Facet::Actor);
        EXPECT_FALSE(a.empty()) << p.surface;
        EXPECT_NE(a, b) << p.surface << " vs " << p.expected;
    }
}

const char* kNoActor[] = {"Abenomics lifted stocks", "the trump card", "森林の保全", "a glass of water", "ウォン安が進んだ",
                          "the Korean won", "7月の参院選"};

TEST(Actors, PlainWordsAreNotNames) {
    for (const char* text : kNoActor) EXPECT_EQ(test::values_in(text, Facet::Actor), "") << text;
}

TEST(Actors, JordanTheCountryIsNotMichaelJordan) {
    EXPECT_EQ(test::values_in("King Abdullah of Jordan", Facet::Country), "JO");
    EXPECT_EQ(test::values_in("Michael Jordan scored", Facet::Country), "");
    EXPECT_EQ(test::values_in("Michael Jordan scored", Facet::Actor), "michael-jordan");
}

TEST(Actors, TitlesAndHonorificsAreNotPartOfTheName) {
    for (const char* text : {"石破首相", "石破氏", "石破さん", "Prime Minister Ishiba", "Mr Ishiba"}) {
        const Analysis a = test::analyzer().analyse(text);
        ASSERT_FALSE(a.mentions.empty()) << text;
        EXPECT_TRUE(a.mentions[0].text == "石破" || a.mentions[0].text == "Ishiba") << text << ": " << a.mentions[0].text;
    }
}

TEST(Actors, ReadingsFollowTheArchivesEvidence) {
    // 中谷 may be Nakatani or Nakadani; when the archive has seen "Ichiro Nakadani" in Latin script, that reading wins.
    Analyzer analyzer(test::resources());
    const std::string text = "中谷一郎氏は述べた";
    EXPECT_EQ(test::values_in(text, Facet::Actor), "ichiro-nakatani");
    analyzer.set_name_evidence([](const std::string& key) { return key == "ichiro-nakadani"; });
    std::string id;
    for (const Mention& m : analyzer.analyse(text).mentions)
        if (m.facet == Facet::Actor) id = m.value;
    EXPECT_EQ(id, "ichiro-nakadani");
}

TEST(Gazetteer, HoldsAtLeast150Actors) {
    const auto& actors = test::resources()->gazetteer->actors();
    EXPECT_GE(actors.size(), 150u);
    std::size_t people = 0, bilingual = 0;
    for (const Actor& a : actors) {
        people += a.is_person();
        bilingual += !a.label_ja.empty() && !a.label_en.empty();
    }
    EXPECT_GE(people, 100u);
    EXPECT_EQ(bilingual, actors.size());
}

}  // namespace
}  // namespace geofacet
