// Reading input: every form of article, and every kind of bad input reported with file, line and reason.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include <sys/wait.h>
#include <unistd.h>

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

// Reproducers of inputs that once stopped or misled a whole run; each costs only itself now.
TEST(ArticleReader, DeeplyNestedJsonIsOneBadArticle) {
    test::TempDir dir;
    const std::string deep = "{\"id\":\"deep\",\"title\":\"t\",\"x\":" + std::string(60000, '[') + std::string(60000, ']') + "}";
    test::write_file(dir.path("a.jsonl"), deep + "\n{\"id\":\"ok\",\"title\":\"t\"}\n");
    test::write_file(dir.path("b.json"), "[" + deep + "]");
    test::write_file(dir.path("c.json"), "[{\"id\":\"fine\",\"title\":\"brackets [[[ in a string\",\"x\":[[[1]]]}]");
    const Read r = read_all(dir.path());
    std::set<std::string> ids;
    for (const Article& a : r.articles) ids.insert(a.id);
    EXPECT_EQ(ids, (std::set<std::string>{"ok", "fine"}));
    ASSERT_EQ(r.problems.size(), 2u);
    for (const InputProblem& p : r.problems)
        EXPECT_EQ(p.reason, "malformed JSON: nested deeper than 64 levels") << p.origin.file;
}

TEST(ArticleReader, IdsAreKeptAsTheirExactText) {
    test::TempDir dir;
    test::write_file(dir.path("ids.jsonl"),
                     "{\"id\":18446744073709551615,\"title\":\"max\"}\n"
                     "{\"id\":-1,\"title\":\"minus one\"}\n"
                     "{\"id\":99999999999999999999,\"title\":\"beyond 64 bits\"}\n"
                     "{\"id\":1.5,\"title\":\"fraction\"}\n");
    const Read r = read_all(dir.path("ids.jsonl"));
    ASSERT_EQ(r.articles.size(), 2u);
    // Once 2^64-1 became "-1" and silently replaced the article -1.
    EXPECT_EQ(r.articles[0].id, "18446744073709551615");
    EXPECT_EQ(r.articles[1].id, "-1");
    ASSERT_EQ(r.problems.size(), 2u);
    EXPECT_EQ(r.problems[0].origin.line, 3u);
    EXPECT_EQ(r.problems[1].origin.line, 4u);
    EXPECT_NE(r.problems[0].reason.find("not a whole number within 64 bits"), std::string::npos);
}

TEST(ArticleReader, WalksFoldersSafely) {
    namespace fs = std::filesystem;
    test::TempDir dir, outside;
    fs::create_directories(dir.path("in/sub"));
    test::write_file(dir.path("in/sub/a.jsonl"), "{\"id\":\"a\",\"title\":\"A\"}\n");
    test::write_file(outside.path("secret.txt"), "Secret title\nbody\n");
    fs::create_directory_symlink("..", dir.path("in/sub/loop"));                          // a loop
    fs::create_symlink(outside.path("secret.txt"), dir.path("in/leak.txt"));            // a link out of the folder
    fs::create_directory_symlink(outside.path(), dir.path("in/elsewhere"));             // a folder link out
    fs::create_symlink(dir.path("in/sub/a.jsonl"), dir.path("in/alias.jsonl"));         // a link that stays inside
    fs::create_symlink(dir.path("in/missing.txt"), dir.path("in/broken.txt"));          // a broken link
    const Read r = read_all(dir.path("in"));
    std::vector<std::string> ids;
    for (const Article& a : r.articles) ids.push_back(a.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"a", "a"}));  // sub/a.jsonl, and alias.jsonl which points inside
    std::map<std::string, std::string> reasons;
    for (const InputProblem& p : r.problems) reasons[fs::path(p.origin.file).filename().string()] = p.reason;
    EXPECT_EQ(reasons["leak.txt"], "symbolic link leads out of the folder; not followed");
    EXPECT_EQ(reasons["elsewhere"], "symbolic link leads out of the folder; not followed");
    EXPECT_EQ(reasons["broken.txt"], "broken symbolic link; skipped");
    EXPECT_NE(reasons["loop"].find("folder already walked"), std::string::npos);
}

// An unreadable folder is reported, not skipped in silence. Root reads everything, so the walk runs in a
// child process as the unprivileged user "nobody" when the tests run as root.
TEST(ArticleReader, ReportsUnreadableFolders) {
    namespace fs = std::filesystem;
    test::TempDir dir;
    fs::create_directories(dir.path("in/closed"));
    fs::create_directories(dir.path("in/open"));
    test::write_file(dir.path("in/open/a.jsonl"), "{\"id\":\"a\",\"title\":\"A\"}\n");
    test::write_file(dir.path("in/closed/b.jsonl"), "{\"id\":\"b\",\"title\":\"B\"}\n");
    for (const char* p : {"", "in", "in/open", "in/open/a.jsonl"})
        fs::permissions(dir.path(p), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                         fs::perms::others_read | fs::perms::others_exec);
    fs::permissions(dir.path("in/closed"), fs::perms::none);
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const pid_t child = fork();
    if (child == 0) {
        close(fds[0]);
        if (geteuid() == 0 && setuid(65534) != 0) _exit(2);
        const Read r = read_all(dir.path("in"));
        std::string out;
        for (const Article& a : r.articles) out += "article " + a.id + "\n";
        for (const InputProblem& p : r.problems) out += "problem " + fs::path(p.origin.file).filename().string() + ": " + p.reason + "\n";
        if (write(fds[1], out.data(), out.size()) < 0) _exit(3);
        _exit(0);
    }
    close(fds[1]);
    std::string got;
    char buf[4096];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) got.append(buf, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    fs::permissions(dir.path("in/closed"), fs::perms::owner_all);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << got;
    EXPECT_EQ(got, "article a\nproblem closed: cannot read the folder: Permission denied\n");
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
