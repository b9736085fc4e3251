// Search by name in any script, end to end on real databases: every spelling of a person finds the same
// articles and counts as one facet value; romaji finds Japanese articles and kanji finds English ones.
#include <gtest/gtest.h>

#include "schema/schema.h"
#include "search/searcher.h"
#include "support.h"

namespace geofacet {
namespace {

std::set<std::string> ids_with_term(const Xapian::Database& db, const std::string& term) {
    std::set<std::string> ids;
    for (Xapian::PostingIterator p = db.postlist_begin(term); p != db.postlist_end(term); ++p) {
        const std::string data = db.get_document(*p).get_data();
        ids.insert(data.substr(3, data.find('\n') - 3));  // the first line is "id=..."
    }
    return ids;
}

struct Spellings {
    const char* actor;
    std::vector<const char*> spellings;
};

const Spellings kPeople[] = {
    {"shigeru-ishiba", {"石破", "石破茂", "Ishiba", "Ishiba Shigeru", "Shigeru Ishiba", "いしば", "イシバ", "Prime Minister Ishiba"}},
    {"shinzo-abe", {"安倍晋三", "Shinzo Abe", "Shinzō Abe", "Abe Shinzou", "あべしんぞう"}},
    {"ryosei-akazawa", {"赤沢亮正", "赤澤亮正", "Ryōsei Akazawa", "Ryosei Akazawa", "Akazawa", "あかざわ"}},
    {"donald-trump", {"トランプ", "ドナルド・トランプ", "Donald Trump", "Trump"}},
    {"pete-hegseth", {"ヘグセス", "ピート・ヘグセス", "Pete Hegseth", "Hegseth"}},
    {"gen-nakatani", {"中谷元", "中谷", "Gen Nakatani", "Nakatani"}},
    {"takeshi-iwaya", {"岩屋毅", "岩屋", "Takeshi Iwaya", "Iwaya Takeshi", "Iwaya"}},
    {"marco-rubio", {"ルビオ", "マルコ・ルビオ", "Marco Rubio", "Rubio"}},
    {"elbridge-colby", {"コルビー", "コルビ", "Elbridge Colby", "Colby"}},
    {"sanae-takaichi", {"高市早苗", "髙市早苗", "Sanae Takaichi", "Takaichi Sanae", "Takaichi"}},
    {"fumio-kishida", {"岸田文雄", "Fumio Kishida", "Kishida"}},
    {"mark-rutte", {"ルッテ", "マルク・ルッテ", "Mark Rutte", "Rutte"}},
};

// Foreign people of the sample corpus, each in both languages: Latin, katakana, and kanji or hangul where
// the press writes one.
const Spellings kForeignPeople[] = {
    {"sergei-lavrov", {"Sergei Lavrov", "Lavrov", "ラブロフ", "セルゲイ・ラブロフ"}},
    {"wang-yi", {"Wang Yi", "王毅", "ワン・イー"}},
    {"vasily-nebenzya", {"Vasily Nebenzya", "Nebenzya", "ネベンジャ"}},
    {"abbas-araghchi", {"Abbas Araghchi", "Araghchi", "アッバス・アラグチ", "アラグチ"}},
    {"ali-khamenei", {"Ali Khamenei", "Khamenei", "ハメネイ", "アリ・ハメネイ"}},
    {"luis-caputo", {"Luis Caputo", "Caputo", "ルイス・カプト", "カプト"}},
    {"recep-tayyip-erdogan", {"Recep Tayyip Erdogan", "Erdogan", "エルドアン"}},
    {"han-duck-soo", {"Han Duck-soo", "韓悳洙", "한덕수", "ハン・ドクス"}},
    {"cho-hyun-dong", {"Cho Hyun-dong", "趙賢東", "조현동", "チョ・ヒョンドン"}},
    {"chung-dong-young", {"Chung Dong-young", "鄭東泳", "정동영", "チョン・ドンヨン"}},
};

// People the gazetteer lacks on purpose, in an archive of their own (tests/data/names/world.jsonl, English
// articles first): their katakana joins their Latin name by its sound alone.
const Spellings kUnknownForeignPeople[] = {
    {"dariush-kamrani", {"Dariush Kamrani", "Kamrani", "ダリウシュ・カムラニ", "カムラニ"}},
    {"rodrigo-salvat", {"Rodrigo Salvat", "Salvat", "ロドリゴ・サルバト", "サルバト"}},
    {"murat-kalkan", {"Murat Kalkan", "Kalkan", "ムラト・カルカン", "カルカン"}},
    {"lee-jae-yong", {"Lee Jae-yong", "イ・ジェヨン"}},
};

// Every spelling of `person` finds the articles that name them and counts as one facet value; true when
// they are named in both languages.
bool one_person_whatever_the_spelling(Searcher& searcher, const Spellings& person) {
    const std::set<std::string> expected = ids_with_term(searcher.database(), schema::actor_term(person.actor));
    EXPECT_FALSE(expected.empty()) << person.actor;
    const bool known = test::resources()->gazetteer->by_id(person.actor) != nullptr;
    bool en = false, ja = false;
    for (const std::string& id : expected) (id[0] == 'e' ? en : ja) = true;
    for (const char* spelling : person.spellings) {
        EXPECT_EQ(test::found_ids(searcher, spelling), expected) << person.actor << " as " << spelling;
        // A filter names someone in full, or by a part the gazetteer knows.
        const std::string written = spelling;
        if (known || written.find(' ') != std::string::npos || written.find("\u30FB") != std::string::npos) {
            EXPECT_EQ(test::found_ids(searcher, "", {{"actor", spelling}}), expected) << person.actor << " filtered as " << spelling;
        }
        SearchRequest req;
        req.query = spelling;
        req.facet_limit = 1000;
        const SearchResult r = searcher.search(req);
        // One facet value for the person, counting every article.
        EXPECT_FALSE(r.facets.empty());
        if (r.facets.empty()) continue;
        std::size_t values_for_person = 0;
        for (const FacetCount& c : r.facets[0].second)
            if (c.value == person.actor) {
                ++values_for_person;
                EXPECT_EQ(c.count, expected.size()) << spelling;
            }
        EXPECT_EQ(values_for_person, 1u) << spelling;
    }
    return en && ja;
}

TEST(NameSearch, EverySpellingFindsTheSameArticlesAndOneFacetValue) {
    Searcher searcher(test::resources(), test::corpus_db());
    std::size_t people_in_both_languages = 0;
    for (const Spellings& person : kPeople) people_in_both_languages += one_person_whatever_the_spelling(searcher, person);
    EXPECT_GE(people_in_both_languages, 10u);
}

TEST(NameSearch, ForeignPeopleAreOnePersonInKatakanaHanziHangulAndLatin) {
    Searcher searcher(test::resources(), test::corpus_db());
    std::size_t people_in_both_languages = 0;
    for (const Spellings& person : kForeignPeople)
        people_in_both_languages += one_person_whatever_the_spelling(searcher, person);
    EXPECT_EQ(people_in_both_languages, 10u);
}

TEST(NameSearch, ForeignPeopleTheGazetteerLacksAreOnePersonByTheirSound) {
    test::TempDir dir;
    const Xapian::Database db =
        test::index_into(dir.path("db"), {test::source_path("tests/data/names/world.jsonl")});
    for (const Spellings& person : kUnknownForeignPeople)
        EXPECT_EQ(test::resources()->gazetteer->by_id(person.actor), nullptr) << person.actor;
    Searcher searcher(test::resources(), db);
    std::size_t people_in_both_languages = 0;
    for (const Spellings& person : kUnknownForeignPeople)
        people_in_both_languages += one_person_whatever_the_spelling(searcher, person);
    EXPECT_EQ(people_in_both_languages, 4u);
}

TEST(NameSearch, RomajiFindsJapaneseArticlesAndKanjiFindsEnglishOnes) {
    Searcher searcher(test::resources(), test::corpus_db());
    const auto japanese = test::found_ids(searcher, "Akazawa", {{"lang", "ja"}});
    EXPECT_FALSE(japanese.empty());
    for (const std::string& id : japanese) EXPECT_EQ(id.rfind("ja-", 0), 0u) << id;
    const auto english = test::found_ids(searcher, "赤沢", {{"lang", "en"}});
    EXPECT_FALSE(english.empty());
    for (const std::string& id : english) EXPECT_EQ(id.rfind("en-", 0), 0u) << id;
    EXPECT_FALSE(test::found_ids(searcher, "いしば", {{"lang", "en"}}).empty());
    EXPECT_FALSE(test::found_ids(searcher, "いしば", {{"lang", "ja"}}).empty());
}

TEST(NameSearch, PlainWordsStillWork) {
    Searcher searcher(test::resources(), test::corpus_db());
    EXPECT_FALSE(test::found_ids(searcher, "japan").empty());
    EXPECT_EQ(test::found_ids(searcher, "japan"), test::found_ids(searcher, "Japan"));
    // Stemming: "spend" finds "spending".
    EXPECT_FALSE(test::found_ids(searcher, "spend").empty());
    EXPECT_EQ(test::found_ids(searcher, "tariffs"), test::found_ids(searcher, "tariff"));
}

// People the gazetteer lacks, in a small archive of their own.
TEST(NameSearch, UnknownPeopleAreOneActorAcrossScripts) {
    test::TempDir dir;
    test::write_file(dir.path("a.jsonl"),
                     "{\"id\":\"u-en\",\"lang\":\"en\",\"title\":\"Memoir\",\"body\":\"Former prime minister Kakuei Tanaka "
                     "negotiated with China in 1972. Tanaka later faced a bribery trial. Ichiro Nakadani, a historian, said "
                     "the talks were bold.\"}\n"
                     "{\"id\":\"u-ja\",\"lang\":\"ja\",\"title\":\"回顧録\",\"body\":\"田中角栄元首相は1972年に中国と交渉した。"
                     "田中氏はその後、裁判に臨んだ。歴史家の中谷一郎氏は大胆な交渉だったと述べた。\"}\n");
    const Xapian::Database db = test::index_into(dir.path("db"), {dir.path("a.jsonl")});
    EXPECT_EQ(db.get_termfreq(schema::actor_term("kakuei-tanaka")), 2u);
    // 中谷 reads Nakatani in MeCab, but the archive wrote the name "Nakadani" in English: that reading wins.
    EXPECT_EQ(db.get_termfreq(schema::actor_term("ichiro-nakadani")), 2u);
    EXPECT_EQ(db.get_termfreq(schema::actor_term("ichiro-nakatani")), 0u);
    Searcher searcher(test::resources(), db);
    const std::set<std::string> both = {"u-en", "u-ja"};
    for (const char* q : {"Kakuei Tanaka", "田中角栄", "Tanaka Kakuei"}) EXPECT_EQ(test::found_ids(searcher, q), both) << q;
    EXPECT_EQ(test::found_ids(searcher, "", {{"actor", "田中角栄"}}), both);
    EXPECT_EQ(test::found_ids(searcher, "", {{"actor", "Kakuei Tanaka"}}), both);
    EXPECT_EQ(test::found_ids(searcher, "actor:kakuei-tanaka"), both);
    // A surname alone, in the other script, finds the person through the name part.
    EXPECT_EQ(test::found_ids(searcher, "nakadani"), both);
    SearchRequest req;
    req.query = "田中角栄";
    const SearchResult r = searcher.search(req);
    bool labelled = false;
    for (const FacetCount& c : r.facets[0].second)
        if (c.value == "kakuei-tanaka") labelled = !c.label.empty() && c.label != c.value;
    EXPECT_TRUE(labelled);
}

}  // namespace
}  // namespace geofacet
