// Simplified, traditional and Japanese forms of a Han character folded to one (plugins/data/han-forms.tsv):
// the fold as a table of cases, the compiled table against its data file, and end to end through a real
// index: a query in simplified forms finds the article in Japanese forms, and a person is one facet value.
#include <gtest/gtest.h>

#include "names/korean.h"
#include "schema/schema.h"
#include "support.h"
#include "text/kanji_variants.h"
#include "text/normaliser.h"
#include "util/data_file.h"
#include "util/utf8.h"

namespace geofacet {
namespace {

TEST(HanFold, EveryCaseOfTheTableFoldsAsWritten) {
    std::size_t cases = 0;
    read_data_file(test::source_path("tests/data/han/fold.tsv"), [&](const DataRecord& r) {
        const NormalisedText n(r.field(0));
        EXPECT_EQ(n.text(), r.field(1)) << r.field(0) << " (line " << r.line << ": " << r.field(2) << ")";
        EXPECT_EQ(n.text().size(), r.field(0).size()) << r.field(0);
        ++cases;
    }, 2, "form<TAB>folded<TAB>why");
    EXPECT_GE(cases, 40u);
}

// The table compiled into the library is the data file, row for row, and folds in one step.
TEST(HanFold, TheLibraryFoldsEveryRowOfTheDataFile) {
    std::size_t rows = 0;
    read_data_file(test::source_path("plugins/data/han-forms.tsv"), [&](const DataRecord& r) {
        std::size_t i = 0, j = 0;
        const char32_t form = utf8::next(r.field(0), i);
        const char32_t standard = utf8::next(r.field(1), j);
        EXPECT_EQ(standard_kanji(form), standard) << r.text;
        EXPECT_EQ(standard_kanji(standard), standard) << r.text;
        EXPECT_EQ(r.field(0).size(), 3u) << r.text;
        EXPECT_EQ(r.field(1).size(), 3u) << r.text;
        ++rows;
    }, 3);
    EXPECT_GT(rows, 2000u);
}

struct BadRow {
    const char* row;
    const char* error;
};

// The build refuses a row that would break the fold: one that changes byte offsets or needs two steps.
const BadRow kBadRows[] = {
    {"\xF0\xA0\xAE\x9F\t叱\told\n", "one character of three bytes"},  // 𠮟: four bytes
    {"澤\t沢沢\told\n", "one character of three bytes"},
    {"澤\t澤\told\n", "folded to itself"},
    {"澤\t沢\told\n澤\t沢\told\n", "listed twice"},
    {"习\t習\tsimplified\n習\t习\tsimplified\n", "itself folded"},
    {"习\t習\n", "expected FORM<TAB>STANDARD<TAB>KIND"},
};

TEST(HanFold, TheBuildRefusesARowThatBreaksTheFold) {
    test::TempDir dir;
    for (const BadRow& bad : kBadRows) {
        test::write_file(dir.path("forms.tsv"), std::string("# FORM<TAB>STANDARD<TAB>KIND\n") + bad.row);
        const test::CommandResult r = test::run(test::bin_path("geofacet-han-forms") + " " + dir.path("forms.tsv") +
                                                " " + dir.path("out.inc"));
        EXPECT_EQ(r.exit_code, 1) << bad.row;
        EXPECT_NE(r.err.find(bad.error), std::string::npos) << bad.row << ": " << r.err;
        EXPECT_NE(r.err.find("forms.tsv"), std::string::npos) << r.err;
    }
    test::write_file(dir.path("forms.tsv"), "# FORM<TAB>STANDARD<TAB>KIND\n習\t习\tsimplified\n澤\t沢\told\n");
    EXPECT_EQ(test::run(test::bin_path("geofacet-han-forms") + " " + dir.path("forms.tsv") + " " + dir.path("out.inc"))
                  .exit_code, 0);
}

TEST(HanFold, OffsetsStillMapBackToTheOriginalText) {
    const std::string original = "ＡＢ习近平と赵乐际";
    const NormalisedText n(original);
    EXPECT_EQ(n.text(), "AB習近平と趙楽際");
    const std::size_t folded_xi = n.text().find("習");
    EXPECT_EQ(n.original_offset(folded_xi), original.find("习"));
    EXPECT_EQ(n.original_offset(n.text().find("楽")), original.find("乐"));
}

// The Korean reader's hanja are keyed by their folded form, as the text it reads is: 濤 (도) is 涛 and 嚴
// (엄) is 厳 once folded.
TEST(HanFold, TheKoreanReaderReadsFoldedHanja) {
    const KoreanNames& korean = *test::resources()->korean;
    EXPECT_EQ(korean.hangul_of_hanja(NormalisedText("李濤").text()), "이도");
    EXPECT_EQ(korean.hangul_of_hanja(NormalisedText("嚴").text()), "엄");
    EXPECT_TRUE(korean.family_hanja(NormalisedText("蔣").text()));
}

std::set<std::string> found(Searcher& searcher, const std::string& query) {
    std::set<std::string> ids;
    for (const Hit& h : searcher.search(test::request_for(query)).hits) ids.insert(h.id);
    return ids;
}

// Japanese articles: one in Japanese forms, one quoting a Chinese source in simplified forms, one quoting
// a Taiwanese one in traditional forms; and an English one.
const char* const kArticles =
    R"({"id":"ja-jp","lang":"ja","title":"日中首脳会談","body":"中国の習近平国家主席は北京で日本の代表団と会談した。)"
    R"(中国外務省の劉勁松アジア局長も同席し、趙楽際全人代常務委員長は談話を出した。"})" "\n"
    R"({"id":"ja-cn","lang":"ja","title":"中国側の発表","body":"中国の報道によると、习近平国家主席は北京で演説した。)"
    R"(中国外務省の刘劲松アジア局長は「協力を進める」と述べた。"})" "\n"
    R"({"id":"ja-tw","lang":"ja","title":"台湾紙の報道","body":"台湾の新聞は、中国の趙樂際全人代常務委員長が北京で)"
    R"(演説したと伝えた。"})" "\n"
    R"({"id":"en-1","lang":"en","title":"Summit","body":"Chinese President Xi Jinping met the delegation in Beijing."})"
    "\n";

TEST(HanFoldSearch, SimplifiedTraditionalAndJapaneseFormsFindTheSameArticles) {
    test::TempDir dir;
    const Xapian::Database db = test::index_lines(dir, kArticles);
    Searcher searcher(test::resources(), db);
    const std::set<std::string> xi = {"ja-jp", "ja-cn", "en-1"};
    EXPECT_EQ(found(searcher, "習近平"), xi);
    EXPECT_EQ(found(searcher, "习近平"), xi);
    const std::set<std::string> liu = {"ja-jp", "ja-cn"};
    EXPECT_EQ(found(searcher, "劉勁松"), liu);
    EXPECT_EQ(found(searcher, "刘劲松"), liu);
    const std::set<std::string> zhao = {"ja-jp", "ja-tw"};
    EXPECT_EQ(found(searcher, "趙楽際"), zhao);
    EXPECT_EQ(found(searcher, "赵乐际"), zhao);
    EXPECT_EQ(found(searcher, "趙樂際"), zhao);
    // A facet filter names a gazetteer person in any form too (one the gazetteer lacks, such as 劉勁松, is not
    // resolved by a filter in kanji in any form: see names_search_test).
    const std::pair<const char*, std::set<std::string>> filters[] = {
        {"习近平", xi}, {"習近平", xi}, {"赵乐际", zhao}, {"趙樂際", zhao}, {"趙楽際", zhao}};
    for (const auto& [form, expected] : filters) {
        std::set<std::string> ids;
        for (const Hit& h : searcher.search(test::request_for("", {{"actor", form}})).hits) ids.insert(h.id);
        EXPECT_EQ(ids, expected) << "filtered as " << form;
    }
}

TEST(HanFoldSearch, APersonInAnyFormIsOneFacetValue) {
    test::TempDir dir;
    const Xapian::Database db = test::index_lines(dir, kArticles);
    EXPECT_EQ(db.get_termfreq(schema::actor_term("xi-jinping")), 3u);
    EXPECT_EQ(db.get_termfreq(schema::actor_term("liu-jinsong")), 2u);  // one the gazetteer lacks
    EXPECT_EQ(db.get_termfreq(schema::actor_term("zhao-leji")), 2u);
    Searcher searcher(test::resources(), db);
    const SearchResult r = searcher.search(test::request_for("习近平"));
    ASSERT_FALSE(r.facets.empty());
    const test::Counts actors = test::as_counts(r.facets[0].second);
    EXPECT_EQ(actors.count("xi-jinping") ? actors.at("xi-jinping") : 0u, 3u);
    // No second value for him under a simplified or traditional reading.
    std::size_t values_for_him = 0;
    for (const auto& [value, count] : actors) values_for_him += value.find("jinping") != std::string::npos;
    EXPECT_EQ(values_for_him, 1u);
}

}  // namespace
}  // namespace geofacet
