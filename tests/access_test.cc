// Per-document access control through the real parts: an index of the sample corpus and two restricted
// articles, searched, counted, suggested and fetched as different readers; who a request comes from.
#include <gtest/gtest.h>

#include <algorithm>

#include "index/access_list.h"
#include "index/article_reader.h"
#include "search/access.h"
#include "search/searcher.h"
#include "search/suggest.h"
#include "support.h"

namespace geofacet {
namespace {

// The sample corpus with acl-defence-01 (group:defence: Kaja Kallas, Estonia, "Kestrel") and acl-tanaka-01
// (user:tanaka: 上川陽子, "ケストレル"), indexed once.
const Xapian::Database& access_db() {
    static test::TempDir dir;
    static const Xapian::Database db =
        test::index_into(dir.path("db"), {test::source_path("sample-corpus"), test::source_path("tests/data/access")});
    return db;
}

Searcher& searcher() {
    static Searcher s(test::resources(), access_db());
    return s;
}

const Reader kAnonymous{};
const Reader kDefence{"", {"defence"}};
const Reader kTanaka{"tanaka", {}};
const Reader kOutsider{"suzuki", {"finance"}};

SearchResult search_as(const Reader& reader, const std::string& query, std::vector<std::string> facets = {}) {
    SearchRequest r;
    r.query = query;
    r.reader = reader;
    r.limit = 100;
    r.facet_limit = 1000;
    r.facets = std::move(facets);
    return searcher().search(r);
}

std::set<std::string> ids(const SearchResult& r) {
    std::set<std::string> out;
    for (const Hit& h : r.hits) out.insert(h.id);
    return out;
}

std::set<std::string> values(const SearchResult& r, const std::string& facet) {
    std::set<std::string> out;
    for (const auto& [name, counts] : r.facets)
        if (name == facet)
            for (const FacetCount& c : counts) out.insert(c.value);
    return out;
}

std::vector<std::pair<std::string, Xapian::doccount>> pairs(const std::vector<FacetCount>& counts) {
    std::vector<std::pair<std::string, Xapian::doccount>> out;
    for (const FacetCount& c : counts) out.emplace_back(c.value, c.count);
    return out;
}

TEST(Access, TheIndexHoldsAccessTermsOfTheirOwnPrefix) {
    const Xapian::Database& db = access_db();
    EXPECT_EQ(db.get_termfreq("XVpublic"), 54u);
    EXPECT_EQ(db.get_termfreq("XVgroup:defence"), 1u);
    EXPECT_EQ(db.get_termfreq("XVuser:tanaka"), 1u);
}

TEST(Access, EachReaderMatchesWhatTheyMayReadOnly) {
    struct Case {
        const Reader* reader;
        const char* query;
        std::set<std::string> expected;
    };
    const Case cases[] = {
        {&kAnonymous, "Kestrel", {}},
        {&kOutsider, "Kestrel", {}},
        {&kDefence, "Kestrel", {"acl-defence-01"}},
        {&kTanaka, "Kestrel", {}},
        {&kAnonymous, "ケストレル", {}},
        {&kTanaka, "ケストレル", {"acl-tanaka-01"}},
        {&kDefence, "ケストレル", {}},
    };
    for (const Case& c : cases) {
        const SearchResult r = search_as(*c.reader, c.query);
        EXPECT_EQ(ids(r), c.expected) << c.query << " as " << c.reader->user << "/" << c.reader->groups.size();
        EXPECT_EQ(r.total, c.expected.size()) << c.query;
    }
}

TEST(Access, TotalsAndFacetCountsCountNothingRestricted) {
    const std::vector<std::string> facets{"actor", "country", "percent", "source", "date"};
    const SearchResult anonymous = search_as(kAnonymous, "", facets);
    EXPECT_EQ(anonymous.total, 54u);
    EXPECT_FALSE(values(anonymous, "actor").count("kaja-kallas"));
    EXPECT_FALSE(values(anonymous, "actor").count("yoko-kamikawa"));
    EXPECT_FALSE(values(anonymous, "country").count("EE"));
    EXPECT_FALSE(values(anonymous, "source").count("Internal Cable"));
    for (const auto& [name, counts] : anonymous.facets) {
        if (name != "date") continue;
        for (const FacetCount& c : counts) EXPECT_NE(c.value, "2025-02") << "only the restricted articles are of February";
    }

    const SearchResult defence = search_as(kDefence, "", facets);
    EXPECT_EQ(defence.total, 55u);
    EXPECT_TRUE(values(defence, "actor").count("kaja-kallas"));
    EXPECT_TRUE(values(defence, "country").count("EE"));
    EXPECT_FALSE(values(defence, "actor").count("yoko-kamikawa"));
    EXPECT_EQ(search_as(Reader{"tanaka", {"defence"}}, "").total, 56u);
}

// A filtered facet is counted over the matches of the other filters (multi-select): with no other filter and
// no words, that is every article the reader may read, never every article of the archive.
TEST(Access, AMultiSelectFacetCountsNothingRestrictedEither) {
    const std::vector<std::string> facets{"actor", "country"};
    const SearchResult unfiltered = search_as(kAnonymous, "", facets);
    for (const auto& [facet, value] : std::vector<std::pair<std::string, std::string>>{
             {"country", "EE"}, {"country", "JP"}, {"actor", "Kaja Kallas"}, {"actor", "shigeru-ishiba"}}) {
        SearchRequest r;
        r.filters = {{facet, value}};
        r.facets = facets;
        r.facet_limit = 1000;
        const SearchResult filtered = searcher().search(r);
        EXPECT_EQ(filtered.counting.multi_select, std::vector<std::string>{facet}) << value;
        EXPECT_FALSE(values(filtered, "country").count("EE")) << facet << "=" << value;
        EXPECT_FALSE(values(filtered, "actor").count("kaja-kallas")) << facet << "=" << value;
        EXPECT_FALSE(values(filtered, "actor").count("yoko-kamikawa")) << facet << "=" << value;
        for (const auto& [name, counts] : filtered.facets) {
            if (name != facet) continue;
            for (const auto& [name0, counts0] : unfiltered.facets) {
                if (name0 != name) continue;
                EXPECT_EQ(pairs(counts), pairs(counts0)) << facet << "=" << value;
            }
        }
    }
}

TEST(Access, FilteringOnARestrictedValueFindsNothing) {
    SearchRequest r;
    r.filters = {{"actor", "Kaja Kallas"}};
    EXPECT_EQ(searcher().search(r).total, 0u);
    r.reader = kDefence;
    EXPECT_EQ(searcher().search(r).total, 1u);
}

TEST(Access, DocumentsAreFetchedOnlyByTheirReaders) {
    EXPECT_FALSE(searcher().document("acl-defence-01", kAnonymous));
    EXPECT_FALSE(searcher().document("acl-defence-01", kTanaka));
    EXPECT_FALSE(searcher().document("no-such-id", kDefence));
    const auto doc = searcher().document("acl-defence-01", kDefence);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->first.title, "Classified cable: Japan weighs Tomahawk deployment to Yonaguni");
    EXPECT_TRUE(searcher().document("acl-tanaka-01", kTanaka));
    EXPECT_TRUE(searcher().document("en-01", kAnonymous));
}

TEST(Access, SuggestionsOfferOnlyReadableValues) {
    Analyzer& analyzer = test::analyzer();
    const SuggestIndex index(analyzer, access_db());
    const auto values_of = [&](const std::string& facet, const std::string& prefix, const Reader& reader) {
        std::vector<std::string> out;
        for (const Suggestion& s : index.suggest(facet, prefix, reader, analyzer, access_db(), 10)) out.push_back(s.value);
        return out;
    };
    EXPECT_EQ(values_of("actor", "kal", kAnonymous), std::vector<std::string>{});
    EXPECT_EQ(values_of("actor", "kal", kDefence), std::vector<std::string>{"kaja-kallas"});
    EXPECT_EQ(values_of("actor", "上川", kAnonymous), std::vector<std::string>{});
    EXPECT_EQ(values_of("actor", "上川", kTanaka), std::vector<std::string>{"yoko-kamikawa"});
    EXPECT_EQ(values_of("country", "est", kAnonymous), std::vector<std::string>{});
    EXPECT_EQ(values_of("country", "est", kDefence), std::vector<std::string>{"EE"});
    EXPECT_EQ(values_of("source", "inter", kAnonymous), std::vector<std::string>{});
    EXPECT_EQ(values_of("source", "inter", kDefence), std::vector<std::string>{"Internal Cable"});
}

TEST(Access, SuggestionsFindAnActorInEitherScriptOrByItsNameKey) {
    Analyzer& analyzer = test::analyzer();
    const SuggestIndex index(analyzer, access_db());
    for (const std::string prefix : {"ishi", "Ishiba", "石", "石破", "いし", "イシバ", "shigeru", "ISHI"}) {
        const auto s = index.suggest("actor", prefix, kAnonymous, analyzer, access_db(), 5);
        ASSERT_FALSE(s.empty()) << prefix;
        EXPECT_EQ(s.front().value, "shigeru-ishiba") << prefix;
        EXPECT_EQ(s.front().label_ja, "石破茂");
        EXPECT_GT(s.front().count, 10u);
    }
    EXPECT_TRUE(index.suggest("actor", "zzzz", kAnonymous, analyzer, access_db(), 5).empty());
    EXPECT_THROW(index.suggest("percent", "5", kAnonymous, analyzer, access_db(), 5), std::invalid_argument);
}

TEST(Access, IdentityComesOnlyFromTrustedProxies) {
    IdentityPolicy policy;
    policy.trusted_proxies = {"127.0.0.1", "10.1.0.0/16", "fd00::/8"};
    struct Case {
        const char* address;
        const char* user;
        const char* groups;
        std::string expected_user;
        std::vector<std::string> expected_groups;
    };
    const Case cases[] = {
        {"127.0.0.1", "tanaka", "defence, finance ,,", "tanaka", {"defence", "finance"}},
        {"::ffff:127.0.0.1", "tanaka", "", "tanaka", {}},
        {"10.1.200.3", "", "defence", "", {"defence"}},
        {"fd12::1", "sato", "", "sato", {}},
        {"127.0.0.2", "tanaka", "defence", "", {}},     // not trusted: anonymous
        {"10.2.0.1", "tanaka", "defence", "", {}},
        {"::1", "tanaka", "defence", "", {}},
        {"not an address", "tanaka", "defence", "", {}},
        {"127.0.0.1", "bad\x01name", "ok,bad\x02", "", {"ok"}},  // malformed names are dropped
    };
    for (const Case& c : cases) {
        const Reader r = identify(policy, c.address, [&](const std::string& name) {
            return name == "X-Remote-User" ? std::string(c.user) : name == "X-Remote-Groups" ? std::string(c.groups) : "";
        });
        EXPECT_EQ(r.user, c.expected_user) << c.address;
        EXPECT_EQ(r.groups, c.expected_groups) << c.address;
    }
    policy.user_header = "X-Forwarded-User";
    const Reader r = identify(policy, "127.0.0.1", [](const std::string& n) { return n == "X-Forwarded-User" ? "kato" : ""; });
    EXPECT_EQ(r.user, "kato");
}

TEST(Access, ProxyEntriesAreAddressesOrNetworks) {
    for (const char* good : {"127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8", "192.168.1.0/24", "0.0.0.0/0"})
        EXPECT_EQ(proxy_entry_problem(good), "") << good;
    for (const char* bad : {"", "localhost", "10.0.0.0/33", "::1/129", "10.0.0.0/", "1.2.3.4/x", "1.2.3"})
        EXPECT_NE(proxy_entry_problem(bad), "") << bad;
}

TEST(Access, ArticlesWithAMalformedAccessListAreSkipped) {
    test::TempDir dir;
    test::write_file(dir.path("a.jsonl"),
                     "{\"id\":\"ok\",\"title\":\"T\",\"acl\":[\"group:defence\",\"user:tanaka\"]}\n"
                     "{\"id\":\"public\",\"title\":\"T\",\"acl\":null}\n"
                     "{\"id\":\"empty\",\"title\":\"T\",\"acl\":[]}\n"
                     "{\"id\":\"kind\",\"title\":\"T\",\"acl\":[\"role:admin\"]}\n"
                     "{\"id\":\"comma\",\"title\":\"T\",\"acl\":[\"group:a,b\"]}\n"
                     "{\"id\":\"string\",\"title\":\"T\",\"acl\":\"group:defence\"}\n"
                     "{\"id\":\"number\",\"title\":\"T\",\"acl\":[7]}\n");
    std::vector<Article> articles;
    std::vector<InputProblem> problems;
    ArticleReader().read(
        dir.path("a.jsonl"), [&](Article&& a) { articles.push_back(std::move(a)); return true; },
        [&](const InputProblem& p) { problems.push_back(p); });
    ASSERT_EQ(articles.size(), 2u);
    EXPECT_EQ(articles[0].acl, (std::vector<std::string>{"group:defence", "user:tanaka"}));
    EXPECT_TRUE(articles[1].acl.empty());
    ASSERT_EQ(problems.size(), 5u);
    for (const InputProblem& p : problems) {
        EXPECT_TRUE(p.skipped);
        EXPECT_NE(p.reason.find("acl"), std::string::npos) << p.reason;
    }
    EXPECT_EQ(access_terms({}), std::vector<std::string>{"XVpublic"});
}

}  // namespace
}  // namespace geofacet
