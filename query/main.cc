// geofacet-query: searches Geofacet indexes, with facets.
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <unistd.h>

#include <xapian.h>

#include "print_result.h"
#include "index/access_list.h"
#include "schema/facets.h"
#include "search/date_range.h"
#include "search/result_json.h"
#include "search/searcher.h"
#include "util/command_line.h"
#include "util/utf8.h"

namespace {

// The usage text; the facet names come from the facet table.
const std::string& usage() {
    static const std::string text =
        "usage: geofacet-query --db DIR [--db DIR ...] [--json] [--limit N] [--offset N] [--facet NAME ...]\n"
        "                      [--facet-limit N] [--filter NAME=VALUE ...] [--percent MIN..MAX] [--sort relevance|date]\n"
        "                      [--date FROM..TO] [--no-translate] [--no-facets] [--no-total] [--user NAME] [--group NAME ...]\n"
        "                      QUERY... | --like ID\n"
        "  --like    the articles about the same event as article ID, in both languages\n"
        "  --db      a database folder, a stub database file, or tcp://HOST:PORT (xapian-tcpsrv); repeat to search shards\n"
        "  facets    " + geofacet::schema::facet_names() + " (date: by month); a filtered facet is counted without its own\n"
        "            filter; --no-facets counts none; --no-total lets the total of a search without facets be an\n"
        "            estimate (faster)\n"
        "  --user, --group  search as someone: only the articles they may read (default: public ones only)\n"
        "exit status: 0 success, 2 usage error, 3 database error\n";
    return text;
}

// The query tool's options and query words.
struct QueryOptions {
    std::vector<std::string> dbs;
    geofacet::SearchRequest request;
    bool json = false;
    std::string user;
    std::vector<std::string> groups;
};

// The options that narrow or order a search, and say who searches.
void add_narrowing_options(geofacet::CommandLine& cli, QueryOptions& o) {
    geofacet::SearchRequest& r = o.request;
    cli.option("--filter", [&r](const std::string& f) {
            const std::size_t eq = f.find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == f.size()) return std::string("NAME=VALUE, e.g. country=JP");
            r.filters.emplace_back(f.substr(0, eq), f.substr(eq + 1));
            return std::string();
        })
        .option("--percent", [&r](const std::string& v) {
            double lo, hi;
            if (!geofacet::parse_percent_range(v, lo, hi)) return std::string("MIN..MAX, e.g. 3..5");
            r.percent_range = v;
            return std::string();
        })
        .option("--user", [&o](const std::string& v) {
            const std::string problem = geofacet::access_name_problem(v);
            o.user = v;
            return problem.empty() ? problem : "a user name (" + problem + ")";
        })
        .option("--group", [&o](const std::string& v) {
            const std::string problem = geofacet::access_name_problem(v);
            o.groups.push_back(v);
            return problem.empty() ? problem : "a group name (" + problem + ")";
        })
        .option("--date", [&r](const std::string& v) {
            std::string from, to;
            if (!geofacet::parse_date_range(v, from, to)) return std::string("FROM..TO, e.g. 2025-06-01..2025-06-30 or 2025-06");
            r.date_range = v;
            return std::string();
        })
        .option("--sort", [&r](const std::string& v) {
            if (v != "relevance" && v != "date") return std::string("relevance or date");
            r.sort_by_date = v == "date";
            return std::string();
        });
}

// The options of the command line into `o`; an exit status when the program should stop now.
std::optional<int> parse_options(int argc, char** argv, QueryOptions& o) {
    std::uint64_t limit = o.request.limit, offset = o.request.offset, facet_limit = o.request.facet_limit;
    bool no_translate = false, no_facets = false, no_total = false;
    geofacet::SearchRequest& r = o.request;
    geofacet::CommandLine cli("geofacet-query", usage());
    cli.texts("--db", &o.dbs)
        .flag("--json", &o.json)
        .flag("--no-translate", &no_translate)
        .text("--like", &r.like)
        .flag("--no-facets", &no_facets)
        .flag("--no-total", &no_total)
        .number("--limit", &limit, 0, 100000)
        .number("--offset", &offset, 0, 10000000)
        .texts("--facet", &r.facets)
        .number("--facet-limit", &facet_limit, 1, 100000);
    add_narrowing_options(cli, o);
    std::vector<std::string> words;
    if (auto status = cli.parse(argc, argv, words, std::cout, std::cerr)) return status;
    if (o.dbs.empty()) return cli.usage_error("--db is required", std::cerr);
    if (!r.like.empty() && !words.empty()) return cli.usage_error("--like ID takes no QUERY", std::cerr);
    for (const std::string& w : words) r.query += (r.query.empty() ? "" : " ") + w;
    if (geofacet::utf8::find_invalid(r.query) != std::string::npos)
        return cli.usage_error("the query is not valid UTF-8", std::cerr);
    for (const auto& [facet, value] : r.filters)
        if (geofacet::utf8::find_invalid(value) != std::string::npos)
            return cli.usage_error("--filter " + facet + ": the value is not valid UTF-8", std::cerr);
    r.limit = static_cast<Xapian::doccount>(limit);
    r.offset = static_cast<Xapian::doccount>(offset);
    r.facet_limit = facet_limit;
    r.translate = !no_translate;
    r.count_facets = !no_facets;
    r.exact_total = !no_total;
    r.reader = geofacet::make_reader(o.user, o.groups);
    return std::nullopt;
}

// Searches and prints; the exit status.
int search_and_print(const QueryOptions& o) {
    try {
        geofacet::Searcher searcher(geofacet::Resources::load(), o.dbs);
        const geofacet::SearchResult result = searcher.search(o.request);
        if (o.json)
            std::cout << geofacet::result_json(o.request.query, o.request, result).dump(2) << "\n";
        else
            geofacet::print_result(std::cout, o.request, result);
    } catch (const Xapian::DatabaseLockError& e) {
        std::cerr << "geofacet-query: database locked: " << e.get_msg() << "\n";
        return 3;
    } catch (const Xapian::DatabaseOpeningError& e) {
        std::cerr << "geofacet-query: cannot open database: " << e.get_msg() << "\n";
        return 3;
    } catch (const Xapian::Error& e) {
        std::cerr << "geofacet-query: " << e.get_description() << "\n";
        return 3;
    } catch (const std::invalid_argument& e) {
        std::cerr << "geofacet-query: " << e.what() << "\n" << usage();
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "geofacet-query: " << e.what() << "\n";
        return 3;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    QueryOptions options;
    if (auto status = parse_options(argc, argv, options)) return *status;
    if (options.json) {
        options.request.snippet.mark_start = "<mark>";
        options.request.snippet.mark_end = "</mark>";
        options.request.snippet.html = true;
    } else if (isatty(STDOUT_FILENO)) {
        options.request.snippet.mark_start = "\033[1m";
        options.request.snippet.mark_end = "\033[0m";
    }
    return search_and_print(options);
}
