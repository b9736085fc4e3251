// Snippets: the matched words marked, the text made safe for where it goes (HTML, a terminal).
#include <gtest/gtest.h>

#include "search/snippet.h"
#include "support.h"

namespace geofacet {
namespace {

std::string snippet(const std::string& text, const std::set<std::string>& terms, bool html) {
    Snippeter s(test::analyzer());
    SnippetStyle style;
    style.mark_start = html ? "<mark>" : "[";
    style.mark_end = html ? "</mark>" : "]";
    style.html = html;
    return s.make(text, terms, style);
}

TEST(Snippet, MarksWhatMatchedAndEscapesEverythingElse) {
    struct Case {
        std::string text;
        std::set<std::string> terms;
        bool html;
        std::string want;
    };
    const Case cases[] = {
        {"Tokyo raised tariffs.", {"Ztariff"}, false, "Tokyo raised [tariffs]."},
        // Once returned raw inside the marked JSON snippet: stored XSS for any page that renders it.
        {"<script>alert(1)</script> tariff talks", {"tariff"}, true,
         "&lt;script&gt;alert(1)&lt;/script&gt; <mark>tariff</mark> talks"},
        {"Tom & Jerry's \"tariff\"", {"tariff"}, true, "Tom &amp; Jerry&#39;s &quot;<mark>tariff</mark>&quot;"},
        {"<b>tariff</b>", {"tariff"}, false, "<b>[tariff]</b>"},
        // Escape sequences in an article never reach a terminal.
        {"tariff \x1b" "[31mred\x1b" "[0m \x07" "bell", {"tariff"}, false, "[tariff] [31mred[0m bell"},
        {"line one\tline\u2028two tariff", {"tariff"}, false, "line one line two [tariff]"},
        {"日本の関税率は高い", {"関税"}, true, "日本の<mark>関税</mark>率は高い"},
        // A glossary expression searched whole (its XE term) is marked whole, in any number and any cut.
        {"Both defence budgets grew.", {"XEdefence budget"}, false, "Both [defence budgets] grew."},
        {"日本の防衛予算は増えた", {"XE防衛予算"}, false, "日本の[防衛予算]は増えた"},
    };
    for (const Case& c : cases) EXPECT_EQ(snippet(c.text, c.terms, c.html), c.want) << c.text;
}

}  // namespace
}  // namespace geofacet
