// The utilities every layer stands on: the command-line parser of the tools and the data-file loader.
#include <gtest/gtest.h>

#include <sstream>

#include "support.h"
#include "util/command_line.h"
#include "util/data_file.h"
#include "util/output_text.h"

namespace geofacet {
namespace {

// A parse of `args` against a parser like the tools' own; what it did, as one line.
std::string parse(const std::vector<std::string>& args) {
    std::string db, sort;
    std::vector<std::string> facets, positional;
    std::uint64_t threads = 0, offset = 0;
    bool json = false;
    CommandLine cli("tool", "usage: tool ...\n");
    cli.text("--db", &db).texts("--facet", &facets).number("--threads", &threads, 1, 256)
        .number("--offset", &offset, 0, 10000000).flag("--json", &json, "-j")
        .option("--sort", [&](const std::string& v) {
            if (v != "relevance" && v != "date") return std::string("relevance or date");
            sort = v;
            return std::string();
        });
    std::vector<const char*> argv{"tool"};
    for (const std::string& a : args) argv.push_back(a.c_str());
    std::ostringstream out, err;
    const auto status = cli.parse(static_cast<int>(argv.size()), argv.data(), positional, out, err);
    if (status) {
        const std::string text = *status == 0 ? out.str() : err.str();
        return "exit " + std::to_string(*status) + ": " + text.substr(0, text.find('\n'));
    }
    std::string s = "db=" + db + " threads=" + std::to_string(threads) + " offset=" + std::to_string(offset) +
                    " json=" + (json ? "1" : "0") + " sort=" + sort + " facets=";
    for (const std::string& f : facets) s += f + ",";
    s += " words=";
    for (const std::string& p : positional) s += p + ",";
    return s;
}

TEST(CommandLine, EveryToolReadsItsArgumentsTheSameWay) {
    const std::pair<std::vector<std::string>, std::string> cases[] = {
        {{"--db", "x", "japan"}, "db=x threads=0 offset=0 json=0 sort= facets= words=japan,"},
        {{"--db=x", "--threads=2", "a", "b"}, "db=x threads=2 offset=0 json=0 sort= facets= words=a,b,"},
        {{"--facet", "actor", "--facet", "country"}, "db= threads=0 offset=0 json=0 sort= facets=actor,country, words="},
        {{"-j", "--json"}, "db= threads=0 offset=0 json=1 sort= facets= words="},
        {{"-tariff", "-"}, "db= threads=0 offset=0 json=0 sort= facets= words=-tariff,-,"},
        {{"--", "--db"}, "db= threads=0 offset=0 json=0 sort= facets= words=--db,"},
        {{"--sort", "date"}, "db= threads=0 offset=0 json=0 sort=date facets= words="},
        {{"--offset", "10000000"}, "db= threads=0 offset=10000000 json=0 sort= facets= words="},
        // Once accepted and then misread: a negative count wrapped to 4,294,967,295 threads.
        {{"--threads", "-1"}, "exit 2: tool: --threads needs a whole number from 1 to 256, not '-1'"},
        {{"--threads", "0"}, "exit 2: tool: --threads needs a whole number from 1 to 256, not '0'"},
        {{"--threads", "2x"}, "exit 2: tool: --threads needs a whole number from 1 to 256, not '2x'"},
        {{"--threads", " 2"}, "exit 2: tool: --threads needs a whole number from 1 to 256, not ' 2'"},
        // Once wrapped to 0.
        {{"--offset", "4294967296"}, "exit 2: tool: --offset needs a whole number from 0 to 10000000, not '4294967296'"},
        {{"--offset", "99999999999999999999999"}, "exit 2: tool: --offset needs a whole number from 0 to 10000000, not '99999999999999999999999'"},
        {{"--sort", "size"}, "exit 2: tool: --sort needs relevance or date, not 'size'"},
        {{"--db"}, "exit 2: tool: --db needs a value"},
        {{"--json=1"}, "exit 2: tool: --json takes no value"},
        {{"--colour"}, "exit 2: tool: unknown option --colour"},
        {{"--help"}, "exit 0: usage: tool ..."},
    };
    for (const auto& [args, want] : cases) {
        std::string joined;
        for (const std::string& a : args) joined += a + " ";
        EXPECT_EQ(parse(args), want) << joined;
    }
}

TEST(DataFile, SkipsCommentsAndBlankLinesAndNamesTheLineOfAProblem) {
    test::TempDir dir;
    const std::string path = dir.path("words.tsv");
    test::write_file(path, "# format: word<TAB>count\n\nalpha\t1\r\n  \nbeta\t2\ngamma\n");
    std::vector<std::string> seen;
    try {
        read_data_file(path, [&](const DataRecord& r) { seen.push_back(r.field(0) + "/" + r.field(1) + "@" + std::to_string(r.line)); },
                       2, "word<TAB>count");
        FAIL() << "a line with one field was accepted";
    } catch (const DataFileError& e) {
        EXPECT_EQ(std::string(e.what()), path + ":6: expected word<TAB>count");
    }
    EXPECT_EQ(seen, (std::vector<std::string>{"alpha/1@3", "beta/2@5"}));

    // An exception of the caller's is reported at the line that caused it.
    try {
        read_data_file(path, [](const DataRecord& r) {
            if (r.field(0) == "beta") throw std::invalid_argument("no betas here");
        });
        FAIL() << "the caller's exception was lost";
    } catch (const DataFileError& e) {
        EXPECT_EQ(std::string(e.what()), path + ":5: no betas here");
    }
    EXPECT_THROW(read_word_list(dir.path("missing.txt")), DataFileError);
    EXPECT_EQ(read_word_list(path).count("gamma"), 1u);
}

// Article text on its way to a terminal or a link: one line a case.
TEST(OutputText, TerminalTextEscapesWhatWouldDriveTheTerminal) {
    const std::pair<std::string, std::string> cases[] = {
        {"Tokyo", "Tokyo"},
        {"石破茂 · Ishiba", "石破茂 · Ishiba"},
        {"a\nb", "a\\x0Ab"},
        {"red\x1b[31m", "red\\x1B[31m"},
        {"tab\there", "tab\\x09here"},
        {"del\x7f", "del\\x7F"},
        {"c1\xc2\x9b" "2J", "c1\\u009B2J"},
        {"rtl\xe2\x80\xae" "gpj.exe", "rtl\\u202Egpj.exe"},
        {"isolate\xe2\x81\xa6x", "isolate\\u2066x"},
        {"", ""},
    };
    for (const auto& [text, expected] : cases) EXPECT_EQ(terminal_text(text), expected) << text;
}

TEST(OutputText, LinksAreHttpHttpsOrRelative) {
    const std::pair<std::string, std::string> cases[] = {
        {"https://example.com/a?b=c", "https://example.com/a?b=c"},
        {"http://example.com", "http://example.com"},
        {"HTTPS://EXAMPLE.COM", "HTTPS://EXAMPLE.COM"},
        {"/news/2025/06/a.html", "/news/2025/06/a.html"},
        {"page.html", "page.html"},
        {"//cdn.example.com/x", "//cdn.example.com/x"},
        {"a/b:c", "a/b:c"},
        {"?q=a:b", "?q=a:b"},
        {"javascript:alert(1)", ""},
        {"JavaScript:alert(1)", ""},
        {" javascript:alert(1)", ""},
        {"java\tscript:alert(1)", ""},
        {"data:text/html,<script>alert(1)</script>", ""},
        {"file:///etc/passwd", ""},
        {"vbscript:x", ""},
        {"", ""},
    };
    for (const auto& [url, expected] : cases) EXPECT_EQ(link_url(url), expected) << url;
}

}  // namespace
}  // namespace geofacet
