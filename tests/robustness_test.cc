// Reproducers of inputs that once stopped a whole run, through the real programs: each now costs at most
// the article that carries it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "schema/schema.h"
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

}  // namespace
}  // namespace geofacet
