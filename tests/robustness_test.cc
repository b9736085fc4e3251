// Reproducers of inputs that once stopped a whole run, through the real programs: each now costs at most
// the article that carries it.
#include <chrono>
#include <csignal>
#include <filesystem>
#include <thread>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "index/document_builder.h"
#include "schema/schema.h"
#include "search/searcher.h"
#include "support.h"

namespace geofacet {
namespace {

std::string index_cmd(const std::string& db, const std::string& input) {
    return test::bin_path("geofacet-index") + " --quiet --db " + db + " " + input;
}

std::string article(const std::string& id, const std::string& title, const std::string& body, const std::string& url = "") {
    nlohmann::json j{{"id", id}, {"title", title}, {"body", body}};
    if (!url.empty()) j["url"] = url;
    return j.dump() + "\n";
}

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

// Xapian refuses terms over 245 bytes; one such term (a host name, a person's name) aborted the whole run
// and lost every article not yet committed.
TEST(Robustness, OverLongTermsNeverStopTheRun) {
    test::TempDir dir;
    const std::string long_name = "A" + repeat("b", 299);
    test::write_file(dir.path("in.jsonl"),
                     article("host", "Tariffs", "Tariffs rose.", "https://" + repeat("h", 250) + ".example.org/a") +
                     article("latin", "Envoy", "Prime Minister " + long_name + " Smith met Foreign Minister " + long_name +
                                                   " Jones in Tokyo.") +
                     article("katakana", "特使", repeat("ア", 200) + "首相は東京で" + repeat("イ", 200) + "外相と会談した。") +
                     article("normal", "Japan defence", "Japan raised defence spending to 2 percent of GDP."));
    const auto r = test::run(index_cmd(dir.path("db"), dir.path("in.jsonl")));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const Xapian::Database db(dir.path("db"));
    EXPECT_EQ(db.get_doccount(), 4u);
    for (Xapian::TermIterator t = db.allterms_begin(); t != db.allterms_end(); ++t)
        EXPECT_LE((*t).size(), schema::kMaxTermBytes) << *t;
    // The long host still finds its article, through the same shortened term.
    EXPECT_TRUE(db.term_exists(schema::bounded_term(schema::kHostPrefix, repeat("h", 250) + ".example.org")));
}

TEST(Robustness, BoundedTermsAreShortAndNeverShared) {
    const std::string a = repeat("x", 300), b = repeat("x", 299) + "y";
    EXPECT_EQ(schema::bounded_term("XA", "short-id"), "XAshort-id");
    EXPECT_EQ(schema::bounded_term("XA", a).size(), schema::kMaxTermBytes);
    EXPECT_NE(schema::bounded_term("XA", a), schema::bounded_term("XA", b));
    EXPECT_EQ(schema::bounded_term("XA", a), schema::bounded_term("XA", a));
    // Never cut inside a character.
    const std::string kana = schema::bounded_term("XN", repeat("ア", 200));
    EXPECT_LE(kana.size(), schema::kMaxTermBytes);
    EXPECT_EQ((kana.size() - 2 - 17) % 3, 0u) << kana;
}

// One bad article in the middle of a long input costs only itself.
TEST(Robustness, ABadArticleAtLine1001KeepsTheOther2000) {
    test::TempDir dir;
    std::string input;
    for (int i = 1; i <= 2001; ++i)
        input += i == 1001 ? std::string("{\"id\": \"bad\", \"title\": [[[\n")
                           : article("a" + std::to_string(i), "Report " + std::to_string(i), "Tokyo and Washington talk.");
    test::write_file(dir.path("in.jsonl"), input);
    const auto r = test::run(index_cmd(dir.path("db"), dir.path("in.jsonl")));
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find(dir.path("in.jsonl") + ":1001: skipped: malformed JSON"), std::string::npos) << r.err;
    EXPECT_EQ(Xapian::Database(dir.path("db")).get_doccount(), 2000u);
}

// Work per article and per query is linear in its size. These inputs once took memory quadratic in their
// length: 16,000 × 日 took 1.6 GB and 1 MB of it was killed at 24 GB; `日米` × 10,000 in a query took GBs.
// Memory, not time, is asserted: a bound far above linear use and far below what the old code needed.
constexpr long kMemoryBoundKb = 1536 * 1024;

TEST(Robustness, DenseArticlesAreIndexedInBoundedMemory) {
    const std::vector<std::pair<std::string, std::string>> bodies = {
        {"kanji-run", repeat("日", 350000)},
        {"abbreviations", repeat("日米", 175000)},
        {"countries", repeat("日本と中国、韓国、米国が会談した。", 20000)},
        {"percentages", repeat("It rose 5 percent, then 3.5% of GDP and twenty per cent. ", 18000)},
    };
    for (const auto& [name, body] : bodies) {
        test::TempDir dir;
        test::write_file(dir.path("in.jsonl"), article(name, "Dense", body));
        const auto r = test::run(index_cmd(dir.path("db"), dir.path("in.jsonl")));
        EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err;
        EXPECT_LT(r.peak_rss_kb, kMemoryBoundKb) << name;
        EXPECT_EQ(Xapian::Database(dir.path("db")).get_doccount(), 1u) << name;
    }
}

TEST(Robustness, LongQueriesAreAnsweredInBoundedMemory) {
    test::TempDir dir;
    test::write_file(dir.path("in.jsonl"), article("ja", "日米首脳会談", "日米の首脳が関税と防衛費について協議した。") +
                                               article("en", "Ishiba on tariffs", "Ishiba spoke of tariff talks and defence at 5% of GDP."));
    ASSERT_EQ(test::run(index_cmd(dir.path("db"), dir.path("in.jsonl"))).exit_code, 0);
    // 120 KB each, just under what one command-line argument may hold.
    for (const std::string& q : {repeat("日米", 20000), repeat("tariff defence Ishiba 5% ", 4800)}) {
        const auto r = test::run(test::bin_path("geofacet-query") + " --json --db " + dir.path("db") + " '" + q + "'");
        EXPECT_EQ(r.exit_code, 0) << r.err.substr(0, 300);
        EXPECT_LT(r.peak_rss_kb, kMemoryBoundKb / 3 * 2) << q.substr(0, 40);
        const auto j = nlohmann::json::parse(r.out);
        EXPECT_GE(j.at("total").get<int>(), 1) << q.substr(0, 40);
    }
}

// A reader opened before a writer's commits finds the blocks of its revision reused
// (Xapian::DatabaseModifiedError, 2% of queries while an indexer committed every 20 articles): the
// searcher reopens and searches the newest revision.
TEST(Robustness, ReadersSearchOnWhileAWriterCommits) {
    test::TempDir dir;
    const auto articles = test::corpus_articles();
    test::index_into(dir.path("db"), {test::source_path("sample-corpus/en.jsonl"), test::source_path("sample-corpus/ja.jsonl")});
    Xapian::Database read(dir.path("db"));
    Searcher searcher(test::resources(), read);
    auto rewrite_everything = [&](int round) {
        Xapian::WritableDatabase write(dir.path("db"), Xapian::DB_OPEN);
        DocumentBuilder builder(test::analyzer());
        for (const auto& [id, a] : articles) {
            Article changed = a;
            changed.body += " Revision " + std::to_string(round) + ".";
            const BuiltDocument built = builder.build(changed);
            write.replace_document(built.id_term, built.document);
        }
        write.commit();
    };
    for (int round = 0; round < 4; ++round) rewrite_everything(round);
    SearchRequest request;
    request.query = "tariff";
    // The same search without a second attempt meets the overwritten revision: the test provokes the error.
    auto read_everything = [&] {
        Xapian::Enquire enquire(read);
        enquire.set_query(Xapian::Query::MatchAll);
        std::size_t bytes = 0;
        for (const Xapian::docid did : enquire.get_mset(0, 1000))
            for (Xapian::TermIterator t = read.termlist_begin(did); t != read.termlist_end(did); ++t) bytes += (*t).size();
        return bytes;
    };
    EXPECT_THROW(retry_when_modified(read, read_everything, 1), Xapian::DatabaseModifiedError);
    const SearchResult result = searcher.search(request);
    EXPECT_GT(result.total, 0u);
    EXPECT_EQ(searcher.database().get_doccount(), articles.size());
}

// Ctrl-C used to wait for the article being analysed, minutes for one of megabytes; now the article is
// abandoned between two parts of its body and everything committed before it is kept.
TEST(Robustness, CtrlCStopsInsideALongArticle) {
    test::TempDir dir;
    const std::string db = dir.path("db"), input = dir.path("in.jsonl");
    test::write_file(input, article("short-1", "Tokyo", "Japan and the US talk.") + article("short-2", "Seoul", "Korea votes.") +
                                article("long", "Dense", repeat("日米", 1200000)));
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        const std::string prog = test::bin_path("geofacet-index");
        execl(prog.c_str(), prog.c_str(), "--quiet", "--threads", "1", "--batch", "1", "--max-article-bytes", "16777216",
              "--db", db.c_str(), input.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    Xapian::doccount seen = 0;
    for (int i = 0; i < 600 && seen < 2; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        try {
            seen = Xapian::Database(db).get_doccount();
        } catch (const Xapian::Error&) {
        }
    }
    ASSERT_EQ(seen, 2u);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // well inside the long article
    kill(pid, SIGINT);
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 130);
    const Xapian::Database after(db);
    EXPECT_EQ(after.get_doccount(), 2u);
    EXPECT_FALSE(after.term_exists(std::string(schema::kIdPrefix) + "long"));
}

// The smaller reproducers, through the real programs: each a clear error or safe output, one line a case.
TEST(Robustness, SmallReproducersGetClearErrorsOrSafeOutput) {
    test::TempDir dir;
    const std::string db = dir.path("db");
    test::write_file(dir.path("in.jsonl"),
                     article("evil", "Tokyo\x1b[2J talks", "Japan and the US talk about tariffs.", "javascript:alert(1)") +
                         "{\"id\": \"line\\nbreak\", \"title\": \"\"}\n");
    const auto indexed = test::run(index_cmd(db, dir.path("in.jsonl")));
    EXPECT_EQ(indexed.exit_code, 1) << indexed.err;
    // An id holding a newline is quoted visibly, on one line.
    EXPECT_NE(indexed.err.find("line\\x0Abreak"), std::string::npos) << indexed.err;
    EXPECT_EQ(indexed.err.find("line\nbreak"), std::string::npos) << indexed.err;

    const std::string query = test::bin_path("geofacet-query") + " --db " + db;
    struct Case {
        std::string command;
        int exit_code;
        std::string out, err;  // fragments that must appear ("" for none)
    };
    const Case cases[] = {
        {query + " tariffs", 0, "Tokyo\\x1B[2J talks", ""},
        {query + " --json \"$(printf '\\377')\"", 2, "", "the query is not valid UTF-8"},
        {query + " 'country:'", 2, "", "'country:' has no value"},
        {test::bin_path("geofacet-query") + " --db tcp://127.0.0.1:abc japan", 3, "", "PORT from 1 to 65535"},
        {test::bin_path("geofacet-query") + " --db tcp://127.0.0.1:0 japan", 3, "", "PORT from 1 to 65535"},
        {index_cmd(dir.path("db2"), dir.path("in.jsonl")) + " --entities-out /dev/full", 3, "", "cannot write the entities"},
    };
    for (const Case& c : cases) {
        const auto r = test::run(c.command);
        EXPECT_EQ(r.exit_code, c.exit_code) << c.command << "\n" << r.err;
        if (!c.out.empty()) {
            EXPECT_NE(r.out.find(c.out), std::string::npos) << c.command << "\n" << r.out;
        }
        if (!c.err.empty()) {
            EXPECT_NE(r.err.find(c.err), std::string::npos) << c.command << "\n" << r.err;
        }
        EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << c.command;
    }
    // A javascript: link is never returned, in JSON or in the terminal.
    const auto json = nlohmann::json::parse(test::run(query + " --json tariffs").out);
    ASSERT_EQ(json.at("results").size(), 1u);
    EXPECT_EQ(json["results"][0].at("url"), "");
    EXPECT_EQ(test::run(query + " tariffs").out.find("javascript"), std::string::npos);
}

// The input reproducers of the reader's tests, once more through geofacet-index: a nested .json that
// crashed it, a folder whose symlink loop aborted the run, a link out of the folder indexed as
// ../../etc/..., the id 2^64-1 that replaced the article -1, a body whose <script> came back raw.
TEST(Robustness, InputReproducersThroughTheIndexer) {
    namespace fs = std::filesystem;
    test::TempDir dir, outside;
    fs::create_directories(dir.path("in/sub"));
    test::write_file(dir.path("in/deep.json"), "[{\"id\":\"deep\",\"title\":\"t\",\"x\":" + std::string(60000, '[') +
                                                  std::string(60000, ']') + "}]");
    test::write_file(dir.path("in/sub/ids.jsonl"), "{\"id\":18446744073709551615,\"title\":\"Max\",\"body\":\"Tariffs.\"}\n"
                                                   "{\"id\":-1,\"title\":\"Minus one\",\"body\":\"Tariffs.\"}\n" +
                                                       article("xss", "Script", "Tariffs <script>alert(1)</script> rose."));
    test::write_file(outside.path("secret.txt"), "Secret title\nbody\n");
    fs::create_directory_symlink("..", dir.path("in/sub/loop"));
    fs::create_symlink(outside.path("secret.txt"), dir.path("in/leak.txt"));
    const auto r = test::run(index_cmd(dir.path("db"), dir.path("in")));
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find("deep.json:1: skipped: malformed JSON: nested deeper than 64 levels"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("leak.txt: skipped: symbolic link leads out of the folder"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("folder already walked"), std::string::npos) << r.err;
    const Xapian::Database db(dir.path("db"));
    EXPECT_EQ(db.get_doccount(), 3u);
    for (const char* id : {"18446744073709551615", "-1", "xss"}) EXPECT_TRUE(db.term_exists(std::string(schema::kIdPrefix) + id)) << id;

    const auto q = test::run(test::bin_path("geofacet-query") + " --json --db " + dir.path("db") + " script");
    ASSERT_EQ(q.exit_code, 0) << q.err;
    const std::string snippet = nlohmann::json::parse(q.out).at("results").at(0).at("snippet");
    EXPECT_EQ(snippet.find("<script>"), std::string::npos) << snippet;
    EXPECT_NE(snippet.find("&lt;<mark>script</mark>&gt;"), std::string::npos) << snippet;
}

}  // namespace
}  // namespace geofacet
