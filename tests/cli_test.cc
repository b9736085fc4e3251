// The programs: bad input reported and survived, database errors in one line, Ctrl-C, JSON output.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "support.h"

namespace geofacet {
namespace {

std::string index_cmd(const std::string& db, const std::string& args) {
    return test::bin_path("geofacet-index") + " --quiet --db " + db + " " + args;
}

std::size_t lines(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

TEST(IndexProgram, ReportsEveryBadArticleAndIndexesTheRest) {
    test::TempDir dir;
    const std::string big(50u * 1024 * 1024, 'a');
    test::write_file(dir.path("in.jsonl"),
                     "{\"id\":\"ok1\",\"title\":\"Japan\",\"body\":\"Defence spending of 5 percent.\"}\n"
                     "{\"id\":\"broken\",\n"
                     "{\"title\":\"no id here\"}\n"
                     "{\"id\":\"utf\",\"title\":\"\xc3\x28 bad\"}\n"
                     "{\"id\":\"empty\",\"title\":\"\",\"body\":\"\"}\n"
                     "{\"id\":\"huge\",\"body\":\"" + big + "\"}\n"
                     "{\"id\":\"ok2\",\"title\":\"日本\",\"body\":\"防衛費は５％\"}\n");
    const auto r = test::run(index_cmd(dir.path("db"), dir.path("in.jsonl")));
    EXPECT_EQ(r.exit_code, 1) << r.err;
    const std::string file = dir.path("in.jsonl");
    EXPECT_NE(r.err.find(file + ":2: skipped: malformed JSON"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(file + ":3: skipped: missing id"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(file + ":4: skipped: invalid UTF-8"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(file + ":5: skipped: id 'empty': empty article"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(file + ":6: skipped: oversized article"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("indexed 2 documents"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("skipped 5"), std::string::npos) << r.err;
    EXPECT_EQ(Xapian::Database(dir.path("db")).get_doccount(), 2u);
}

TEST(IndexProgram, ExitsZeroWhenNothingIsSkippedAndWritesEntities) {
    test::TempDir dir;
    const auto r = test::run(index_cmd(dir.path("db"), "--entities-out " + dir.path("e.jsonl") + " " +
                                                           test::source_path("sample-corpus/en.jsonl")));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::ifstream in(dir.path("e.jsonl"));
    std::string line;
    std::size_t n = 0;
    while (std::getline(in, line)) {
        const auto j = nlohmann::json::parse(line);
        for (const char* key : {"id", "lang", "actors", "countries", "percentages"}) EXPECT_TRUE(j.contains(key)) << key;
        if (j["id"] == "en-01") {
            EXPECT_EQ(j["lang"], "en");
            bool five = false;
            for (const auto& p : j["percentages"]) five |= p["value"] == 5.0 && !p["text"].get<std::string>().empty();
            EXPECT_TRUE(five);
            for (const auto& a : j["actors"]) EXPECT_FALSE(a["label"].get<std::string>().empty());
        }
        ++n;
    }
    EXPECT_EQ(n, 29u);
}

TEST(IndexProgram, ReindexingReportsReplacements) {
    test::TempDir dir;
    const std::string input = test::source_path("sample-corpus/ja.jsonl");
    ASSERT_EQ(test::run(index_cmd(dir.path("db"), input)).exit_code, 0);
    const auto again = test::run(index_cmd(dir.path("db"), input));
    EXPECT_EQ(again.exit_code, 0);
    EXPECT_NE(again.err.find("(0 new, 25 replaced)"), std::string::npos) << again.err;
    EXPECT_EQ(Xapian::Database(dir.path("db")).get_doccount(), 25u);
}

TEST(IndexProgram, ALockedDatabaseIsAOneLineError) {
    test::TempDir dir;
    Xapian::WritableDatabase holder(dir.path("db"), Xapian::DB_CREATE_OR_OPEN);
    const auto r = test::run(index_cmd(dir.path("db"), test::source_path("sample-corpus/en.jsonl")));
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_EQ(lines(r.err), 1u) << r.err;
    EXPECT_NE(r.err.find("locked"), std::string::npos) << r.err;
}

TEST(IndexProgram, AnUncreatableDatabaseIsAOneLineError) {
    test::TempDir dir;
    test::write_file(dir.path("file"), "not a folder");
    const auto r = test::run(index_cmd(dir.path("file") + "/db", test::source_path("sample-corpus/en.jsonl")));
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_EQ(lines(r.err), 1u) << r.err;
}

TEST(IndexProgram, CtrlCKeepsEveryCommittedBatch) {
    test::TempDir dir;
    const std::string fifo = dir.path("fifo"), db = dir.path("db");
    ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        // The indexer reads "-" (standard input) from the FIFO, so it waits for more while we interrupt it.
        const int in = open(fifo.c_str(), O_RDONLY);
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(in, 0);
        dup2(devnull, 2);
        const std::string prog = test::bin_path("geofacet-index");
        execl(prog.c_str(), prog.c_str(), "--quiet", "--batch", "2", "--db", db.c_str(), "-", static_cast<char*>(nullptr));
        _exit(127);
    }
    const int out = open(fifo.c_str(), O_WRONLY);
    ASSERT_GE(out, 0);
    std::string articles;
    for (int i = 1; i <= 5; ++i)
        articles += "{\"id\":\"c" + std::to_string(i) + "\",\"title\":\"Japan\",\"body\":\"Tariffs of 25 percent.\"}\n";
    ASSERT_EQ(write(out, articles.data(), articles.size()), static_cast<ssize_t>(articles.size()));
    // Wait until two batches are committed, then press Ctrl-C while the indexer waits for input.
    Xapian::doccount seen = 0;
    for (int i = 0; i < 200 && seen < 4; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        try {
            seen = Xapian::Database(db).get_doccount();
        } catch (const Xapian::DatabaseOpeningError&) {
        }
    }
    ASSERT_GE(seen, 4u);
    kill(pid, SIGINT);
    int status = 0;
    waitpid(pid, &status, 0);
    close(out);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 130);
    const Xapian::Database after(db);
    EXPECT_GE(after.get_doccount(), 4u);
    EXPECT_TRUE(after.term_exists("Qc1"));
}

TEST(QueryProgram, AMissingDatabaseIsAOneLineError) {
    const auto r = test::run(test::bin_path("geofacet-query") + " --db /nonexistent/index Japan");
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_EQ(lines(r.err), 1u) << r.err;
    EXPECT_NE(r.err.find("/nonexistent/index"), std::string::npos) << r.err;
}

TEST(QueryProgram, ANonDatabaseIsAOneLineError) {
    test::TempDir dir;
    test::write_file(dir.path("junk"), "this is not a database");
    const auto r = test::run(test::bin_path("geofacet-query") + " --db " + dir.path("junk") + " Japan");
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_EQ(lines(r.err), 1u) << r.err;
}

TEST(QueryProgram, PrintsJsonWithResultsFacetsAndInterpretation) {
    test::TempDir dir;
    ASSERT_EQ(test::run(index_cmd(dir.path("db"), test::source_path("sample-corpus"))).exit_code, 0);
    const auto r = test::run(test::bin_path("geofacet-query") + " --db " + dir.path("db") +
                             " --json --limit 3 Japan defence 5 percent");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_TRUE(j.contains("results") && j.contains("total") && j.contains("facets") && j.contains("interpreted"));
    ASSERT_FALSE(j["results"].empty());
    EXPECT_EQ(j["results"][0]["id"], "en-01");
    for (const char* key : {"id", "title", "score", "snippet", "actors", "countries", "percentages", "date", "url"})
        EXPECT_TRUE(j["results"][0].contains(key)) << key;
    EXPECT_LE(j["results"].size(), 3u);
    for (const char* facet : {"actor", "country", "percent"}) {
        ASSERT_TRUE(j["facets"].contains(facet)) << facet;
        for (const auto& v : j["facets"][facet])
            for (const char* key : {"value", "label", "count"}) EXPECT_TRUE(v.contains(key)) << facet << " " << key;
    }
    EXPECT_NE(j["results"][0]["snippet"].get<std::string>().find("<mark>"), std::string::npos);
}

TEST(AnalyzeProgram, ShowsEveryStepAsJson) {
    const auto r = test::run(test::bin_path("geofacet-analyze") + " --json '石破茂首相は５％を求めた。Ishiba Shigeru agreed.'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["normalised"], "石破茂首相は5%を求めた。Ishiba Shigeru agreed.");
    bool reading = false;
    for (const auto& s : j["segments"])
        if (s["surface"] == "石破") reading = s["reading"] == "イシバ" && s["romaji"] == "ishiba";
    EXPECT_TRUE(reading);
    ASSERT_GE(j["names"].size(), 2u);
    for (const auto& n : j["names"]) {
        EXPECT_EQ(n["key"], "ishiba-shigeru");
        EXPECT_EQ(n["actor"], "shigeru-ishiba");
    }
    ASSERT_EQ(j["entities"]["actors"].size(), 1u);
    EXPECT_EQ(j["entities"]["actors"][0]["count"], 2);
    EXPECT_EQ(j["entities"]["percentages"][0]["value"], 5.0);
    EXPECT_TRUE(j["terms"].contains("XAshigeru-ishiba"));
    EXPECT_TRUE(j["terms"].contains("XNishiba"));
    EXPECT_TRUE(j["terms"].contains("XP5"));
    EXPECT_FALSE(j["terms"]["石破"]["positions"].empty());
}

TEST(AnalyzeProgram, ReadsStandardInputAndExplainsQueries) {
    const auto text = test::run("echo 'いしば 5 percent' | " + test::bin_path("geofacet-analyze") + " --query -");
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("understood: actor Shigeru Ishiba (shigeru-ishiba) · percentage 5%"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("XAshigeru-ishiba"), std::string::npos) << text.out;
    const auto bad = test::run(test::bin_path("geofacet-analyze"));
    EXPECT_EQ(bad.exit_code, 2);
}

TEST(QueryProgram, RejectsBadOptionsWithUsage) {
    const auto r = test::run(test::bin_path("geofacet-query") + " --db x --percent banana Japan");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--percent"), std::string::npos);
    const auto f = test::run(test::bin_path("geofacet-query") + " --db x --filter country Japan");
    EXPECT_EQ(f.exit_code, 2);
}

// Every tool reads its numbers the same way (the index tool once took --threads -1 as 4,294,967,295).
TEST(Programs, RejectNumbersOutOfRangeAlike) {
    const std::pair<std::string, std::string> cases[] = {
        {"geofacet-index --db x --threads -1 in.jsonl", "--threads needs a whole number from 1 to 256, not '-1'"},
        {"geofacet-index --db x --batch 0 in.jsonl", "--batch needs a whole number from 1 to 1000000, not '0'"},
        {"geofacet-query --db x --limit -1 japan", "--limit needs a whole number from 0 to 100000, not '-1'"},
        {"geofacet-query --db x --offset 4294967296 japan", "--offset needs a whole number from 0 to 10000000, not '4294967296'"},
        {"geofacet-query --db x --facet-limit 0 japan", "--facet-limit needs a whole number from 1 to 100000, not '0'"},
    };
    for (const auto& [command, message] : cases) {
        const auto r = test::run(test::bin_path(command));
        EXPECT_EQ(r.exit_code, 2) << command;
        EXPECT_NE(r.err.find(message), std::string::npos) << command << ": " << r.err;
    }
}

}  // namespace
}  // namespace geofacet
