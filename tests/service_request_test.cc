// The service's request parsing, dates and config files: tables of input → request or reason.
#include <gtest/gtest.h>

#include "search/date_range.h"
#include "search/search_request.h"
#include "support.h"
#include "util/config_file.h"
#include "util/data_file.h"

namespace geofacet {
namespace {

TEST(SearchParams, GoodParametersMakeTheRequest) {
    const ParsedSearch p = parse_search_params({{"q", "Japan defence"}, {"filter", "country:JP"}, {"filter", "actor:石破"},
                                                {"filter", "source:A: B"}, {"percent", "3..5"}, {"date", "2025-06"},
                                                {"facet", "actor"}, {"facet", "date"}, {"facet_limit", "20"}, {"limit", "0"},
                                                {"offset", "30"}, {"sort", "date"}, {"translate", "0"}});
    ASSERT_FALSE(p.error) << p.error->parameter << ": " << p.error->reason;
    const SearchRequest& r = p.request;
    EXPECT_EQ(r.query, "Japan defence");
    EXPECT_EQ(r.filters, (std::vector<std::pair<std::string, std::string>>{{"country", "JP"}, {"actor", "石破"}, {"source", "A: B"}}));
    EXPECT_EQ(r.percent_range, "3..5");
    EXPECT_EQ(r.date_range, "2025-06");
    EXPECT_EQ(r.facets, (std::vector<std::string>{"actor", "date"}));
    EXPECT_EQ(r.facet_limit, 20u);
    EXPECT_EQ(r.limit, 0u);
    EXPECT_EQ(r.offset, 30u);
    EXPECT_TRUE(r.sort_by_date);
    EXPECT_FALSE(r.translate);
    EXPECT_EQ(r.snippet.mark_start, "<mark>");
    EXPECT_TRUE(r.snippet.html);
    const ParsedSearch defaults = parse_search_params({});
    EXPECT_FALSE(defaults.error);
    EXPECT_EQ(defaults.request.limit, 10u);
    EXPECT_TRUE(defaults.request.translate);
    EXPECT_EQ(parse_search_params({{"like", "en-10"}, {"facet", "lang"}}).request.like, "en-10");
}

TEST(SearchParams, BadParametersAreRefusedWithTheirReason) {
    struct Case {
        UrlParams params;
        const char* parameter;
        const char* reason_part;
    };
    const Case cases[] = {
        {{{"limit", "101"}}, "limit", "from 0 to 100"},
        {{{"limit", "-1"}}, "limit", "whole number"},
        {{{"limit", "ten"}}, "limit", "whole number"},
        {{{"offset", "10001"}}, "offset", "10000"},
        {{{"facet_limit", "0"}}, "facet_limit", "from 1"},
        {{{"sort", "popular"}}, "sort", "relevance or date"},
        {{{"translate", "yes"}}, "translate", "0 or 1"},
        {{{"percent", "lots"}}, "percent", "MIN..MAX"},
        {{{"date", "June"}}, "date", "FROM..TO"},
        {{{"date", "2025-13"}}, "date", "FROM..TO"},
        {{{"date", "2025-07..2025-06"}}, "date", "FROM..TO"},
        {{{"filter", "countryJP"}}, "filter", "NAME:VALUE"},
        {{{"filter", ":JP"}}, "filter", "NAME:VALUE"},
        {{{"q", "a"}, {"q", "b"}}, "q", "more than once"},
        {{{"q", "\xff\xfe"}}, "q", "UTF-8"},
        {{{"q", std::string(2001, 'a')}}, "q", "2000 bytes"},
        {{{"q", "tariff"}, {"like", "en-10"}}, "like", "without q"},
        {{{"like", std::string(201, 'a')}}, "like", "200 bytes"},
        {{{"fitler", "country:JP"}}, "fitler", "unknown parameter"},
    };
    for (const Case& c : cases) {
        const ParsedSearch p = parse_search_params(c.params);
        ASSERT_TRUE(p.error) << c.parameter;
        EXPECT_EQ(p.error->parameter, c.parameter);
        EXPECT_NE(p.error->reason.find(c.reason_part), std::string::npos) << p.error->reason;
    }
    UrlParams many;
    for (int i = 0; i < 65; ++i) many.emplace_back("filter", "country:JP");
    EXPECT_EQ(parse_search_params(many).error->parameter, "filter");
}

TEST(DateRange, DatesMonthsAndYearsWithOpenEnds) {
    struct Case {
        const char* text;
        bool ok;
        const char* from;
        const char* to;
    };
    const Case cases[] = {
        {"2025-06-01..2025-06-30", true, "20250601", "20250630"},
        {"2025-06", true, "20250601", "20250631"},
        {"2025", true, "20250101", "20251231"},
        {"2025-05..", true, "20250501", ""},
        {"..2024", true, "", "20241231"},
        {"..", false, "", ""},
        {"", false, "", ""},
        {"2025-6", false, "", ""},
        {"2025-06-31x", false, "", ""},
        {"2025/06/01", false, "", ""},
    };
    for (const Case& c : cases) {
        std::string from, to;
        EXPECT_EQ(parse_date_range(c.text, from, to), c.ok) << c.text;
        if (!c.ok) continue;
        EXPECT_EQ(from, c.from) << c.text;
        EXPECT_EQ(to, c.to) << c.text;
    }
    EXPECT_THROW(date_range_query("soon"), std::invalid_argument);
}

TEST(DateRange, MonthsAreCountedNewestFirstAndFilterTheMatches) {
    Searcher searcher(test::resources(), test::corpus_db());
    SearchRequest r;
    r.facets = {"actor", "date"};
    r.facet_limit = 100;
    const SearchResult all = searcher.search(r);
    ASSERT_EQ(all.facets.size(), 2u);
    EXPECT_EQ(all.facets[1].first, "date");
    const std::vector<FacetCount>& months = all.facets[1].second;
    ASSERT_GE(months.size(), 2u);
    for (std::size_t i = 1; i < months.size(); ++i) EXPECT_GT(months[i - 1].value, months[i].value);
    Xapian::doccount dated = 0;
    for (const FacetCount& m : months) dated += m.count;
    EXPECT_LE(dated, all.total);
    const FacetCount& june = *std::find_if(months.begin(), months.end(), [](const FacetCount& m) { return m.value == "2025-06"; });
    EXPECT_EQ(june.label, "June 2025");
    EXPECT_EQ(june.label_ja, "2025年6月");
    r.date_range = "2025-06";
    r.facets = {"date"};
    const SearchResult in_june = searcher.search(r);
    EXPECT_EQ(in_june.total, june.count);
}

TEST(ConfigFile, OptionsOneALineAsOnTheCommandLine) {
    test::TempDir dir;
    test::write_file(dir.path("serve.conf"),
                     "# the service\n\ndb /srv/index one\ndb = /srv/index two\nlisten\t127.0.0.1:9000\nquiet\n");
    EXPECT_EQ(read_config_file(dir.path("serve.conf")),
              (std::vector<std::string>{"--db", "/srv/index one", "--db", "/srv/index two", "--listen", "127.0.0.1:9000", "--quiet"}));
    test::write_file(dir.path("bad.conf"), "db /x\n--listen 1\n");
    try {
        read_config_file(dir.path("bad.conf"));
        FAIL() << "a line with dashes is refused";
    } catch (const DataFileError& e) {
        EXPECT_NE(std::string(e.what()).find("bad.conf:2"), std::string::npos) << e.what();
    }
    EXPECT_THROW(read_config_file(dir.path("missing.conf")), DataFileError);
    const char* argv[] = {"prog", "--db", "x", "--config=/etc/a.conf"};
    EXPECT_EQ(config_file_argument(4, argv), "/etc/a.conf");
}

}  // namespace
}  // namespace geofacet
