// Reading input: every form of article, and every kind of bad input reported with file, line and reason.
#include <gtest/gtest.h>

#include <filesystem>

#include "index/article_reader.h"
#include "support.h"

namespace geofacet {
namespace {

struct Read {
    std::vector<Article> articles;
    std::vector<InputProblem> problems;
};

Read read_all(const std::string& input, ReaderLimits limits = {}) {
    Read r;
    ArticleReader reader(limits);
    reader.read(
        input, [&](Article&& a) { r.articles.push_back(std::move(a)); return true; },
        [&](const InputProblem& p) { r.problems.push_back(p); });
    return r;
}

TEST(ArticleReader, ReadsJsonLines) {
    test::TempDir dir;
    test::write_file(dir.path("a.jsonl"),
                     "{\"id\":\"a1\",\"title\":\"One\",\"body\":\"Text\",\"lang\":\"en\",\"date\":\"2025-06-20T10:00:00Z\"}\n"
                     "\n"
                     "{\"id\":7,\"title\":\"数字のid\",\"body\":\"本文\"}\n");
    const Read r = read_all(dir.path("a.jsonl"));
    ASSERT_EQ(r.articles.size(), 2u);
    EXPECT_TRUE(r.problems.empty());
    EXPECT_EQ(r.articles[0].id, "a1");
    EXPECT_EQ(r.articles[0].date, "2025-06-20");
    EXPECT_EQ(r.articles[0].origin.line, 1u);
    EXPECT_EQ(r.articles[1].id, "7");
    EXPECT_EQ(r.articles[1].origin.line, 3u);
}

TEST(ArticleReader, WalksFoldersForJsonlJsonAndText) {
    test::TempDir dir;
    std::filesystem::create_directories(dir.path("sub"));
    test::write_file(dir.path("x.jsonl"), "{\"id\":\"x\",\"title\":\"X\"}\n");
    test::write_file(dir.path("sub/one.json"), "{\n  \"id\": \"one\",\n  \"title\": \"Pretty\"\n}\n");
    test::write_file(dir.path("sub/many.json"), "[{\"id\":\"m1\",\"body\":\"a\"},{\"id\":\"m2\",\"body\":\"b\"}]");
    test::write_file(dir.path("sub/story.txt"), "The title line\nThe body\nof the story.\n");
    test::write_file(dir.path("notes.tsv"), "not\tan\tarticle\n");
    const Read r = read_all(dir.path());
    EXPECT_TRUE(r.problems.empty());
    std::set<std::string> ids;
    for (const Article& a : r.articles) ids.insert(a.id);
    EXPECT_EQ(ids, (std::set<std::string>{"x", "one", "m1", "m2", "sub/story"}));
    for (const Article& a : r.articles)
        if (a.id == "sub/story") {
            EXPECT_EQ(a.title, "The title line");
            EXPECT_EQ(a.body, "The body\nof the story.\n");
        }
}

struct BadCase {
    const char* line;
    const char* reason;  // expected start of the reason
};

const BadCase kBadCases[] = {
    {"{\"id\":\"a\",\"title\":", "malformed JSON"},
    {"[1,2,3]", "not a JSON object"},
    {"{\"title\":\"no id\"}", "missing id"},
    {"{\"id\":\"\",\"title\":\"t\"}", "empty id"},
    {"{\"id\":{\"x\":1},\"title\":\"t\"}", "id is not a string"},
    {"{\"id\":\"e\",\"title\":\"\",\"body\":\"  \"}", "id 'e': empty article"},
    {"{\"id\":\"e2\"}", "id 'e2': empty article"},
    {"{\"id\":\"b\",\"title\":\"bad \xff\xfe bytes\"}", "invalid UTF-8 at byte 23"},
    {"{\"id\":\"n\",\"title\":5}", "\"title\" is not a string"},
};

TEST(ArticleReader, ReportsEachBadLineAndGoesOn) {
    test::TempDir dir;
    std::string content = "{\"id\":\"good1\",\"title\":\"fine\"}\n";
    for (const BadCase& c : kBadCases) content += std::string(c.line) + "\n";
    content += "{\"id\":\"good2\",\"title\":\"fine too\"}\n";
    test::write_file(dir.path("mixed.jsonl"), content);
    const Read r = read_all(dir.path("mixed.jsonl"));
    ASSERT_EQ(r.articles.size(), 2u);
    EXPECT_EQ(r.articles[1].id, "good2");
    ASSERT_EQ(r.problems.size(), std::size(kBadCases));
    for (std::size_t i = 0; i < std::size(kBadCases); ++i) {
        EXPECT_EQ(r.problems[i].origin.file, dir.path("mixed.jsonl"));
        EXPECT_EQ(r.problems[i].origin.line, i + 2);
        EXPECT_TRUE(r.problems[i].skipped);
        EXPECT_EQ(r.problems[i].reason.rfind(kBadCases[i].reason, 0), 0u)
            << kBadCases[i].line << " gave: " << r.problems[i].reason;
    }
}

TEST(ArticleReader, SkipsOversizedArticles) {
    test::TempDir dir;
    const std::string big(50u * 1024 * 1024, 'x');
    test::write_file(dir.path("big.jsonl"), "{\"id\":\"big\",\"body\":\"" + big + "\"}\n{\"id\":\"ok\",\"title\":\"t\"}\n");
    const Read r = read_all(dir.path("big.jsonl"));
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].id, "ok");
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].origin.line, 1u);
    EXPECT_EQ(r.problems[0].reason.rfind("oversized article: 52428", 0), 0u) << r.problems[0].reason;
}

TEST(ArticleReader, WarnsButKeepsArticlesWithBadDatesOrLanguages) {
    test::TempDir dir;
    test::write_file(dir.path("w.jsonl"), "{\"id\":\"w\",\"title\":\"t\",\"date\":\"June 5\",\"lang\":\"fr\"}\n");
    const Read r = read_all(dir.path("w.jsonl"));
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].date, "");
    EXPECT_EQ(r.articles[0].lang, "");
    ASSERT_EQ(r.problems.size(), 2u);
    EXPECT_FALSE(r.problems[0].skipped);
    EXPECT_FALSE(r.problems[1].skipped);
}

TEST(ArticleReader, ReportsMissingInput) {
    const Read r = read_all("/nonexistent/articles.jsonl");
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].reason, "no such file or folder");
}

TEST(NormaliseDate, AcceptsIso8601Only) {
    EXPECT_EQ(normalise_date("2025-06-20"), "2025-06-20");
    EXPECT_EQ(normalise_date("2025-06-20T09:30:00+09:00"), "2025-06-20");
    EXPECT_EQ(normalise_date("2025-13-01"), "");
    EXPECT_EQ(normalise_date("20/06/2025"), "");
    EXPECT_EQ(normalise_date("2025-06-20x"), "");
}

}  // namespace
}  // namespace geofacet
