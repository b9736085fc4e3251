// geofacet-query: searches Geofacet indexes, with facets.
#include <cstdlib>
#include <iostream>
#include <string>
#include <unistd.h>

#include <xapian.h>

#include "output.h"
#include "search/searcher.h"

namespace {

const char* kUsage =
    "usage: geofacet-query --db DIR [--db DIR ...] [--json] [--limit N] [--offset N] [--facet NAME ...]\n"
    "                      [--facet-limit N] [--filter NAME=VALUE ...] [--percent MIN..MAX] [--sort relevance|date]\n"
    "                      [--no-translate]\n"
    "                      QUERY...\n"
    "  --db      a database folder, a stub database file, or tcp://HOST:PORT (xapian-tcpsrv); repeat to search shards\n"
    "  facets    actor, country, percent, percent_range, lang, source\n"
    "exit status: 0 success, 2 usage error, 3 database error\n";

int usage_error(const std::string& message) {
    std::cerr << "geofacet-query: " << message << "\n" << kUsage;
    return 2;
}

bool parse_count(const char* text, unsigned long& out, bool allow_zero) {
    char* end = nullptr;
    out = std::strtoul(text, &end, 10);
    return end && *end == '\0' && *text != '-' && (allow_zero || out > 0);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> dbs;
    geofacet::SearchRequest request;
    bool json = false;
    std::string query;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        unsigned long n = 0;
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        } else if (arg == "--db") {
            const char* v = value();
            if (!v) return usage_error("--db needs a database");
            dbs.emplace_back(v);
        } else if (arg == "--json") {
            json = true;
        } else if (arg == "--no-translate") {
            request.translate = false;
        } else if (arg == "--limit") {
            const char* v = value();
            if (!v || !parse_count(v, n, true)) return usage_error("--limit needs a number");
            request.limit = static_cast<Xapian::doccount>(n);
        } else if (arg == "--offset") {
            const char* v = value();
            if (!v || !parse_count(v, n, true)) return usage_error("--offset needs a number");
            request.offset = static_cast<Xapian::doccount>(n);
        } else if (arg == "--facet") {
            const char* v = value();
            if (!v) return usage_error("--facet needs a facet name");
            request.facets.emplace_back(v);
        } else if (arg == "--facet-limit") {
            const char* v = value();
            if (!v || !parse_count(v, n, false)) return usage_error("--facet-limit needs a positive number");
            request.facet_limit = n;
        } else if (arg == "--filter") {
            const char* v = value();
            const std::string f = v ? v : "";
            const std::size_t eq = f.find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == f.size())
                return usage_error("--filter needs NAME=VALUE, e.g. --filter country=JP");
            request.filters.emplace_back(f.substr(0, eq), f.substr(eq + 1));
        } else if (arg == "--percent") {
            const char* v = value();
            double lo, hi;
            if (!v || !geofacet::parse_percent_range(v, lo, hi)) return usage_error("--percent needs MIN..MAX, e.g. 3..5");
            request.percent_range = v;
        } else if (arg == "--sort") {
            const char* v = value();
            const std::string s = v ? v : "";
            if (s != "relevance" && s != "date") return usage_error("--sort is relevance or date");
            request.sort_by_date = s == "date";
        } else if (arg.size() > 2 && arg.compare(0, 2, "--") == 0) {
            return usage_error("unknown option " + arg);
        } else {
            query += (query.empty() ? "" : " ") + arg;
        }
    }
    if (dbs.empty()) return usage_error("--db is required");
    request.query = query;
    if (json) {
        request.snippet.mark_start = "<mark>";
        request.snippet.mark_end = "</mark>";
    } else if (isatty(STDOUT_FILENO)) {
        request.snippet.mark_start = "\033[1m";
        request.snippet.mark_end = "\033[0m";
    }

    try {
        geofacet::Searcher searcher(geofacet::Resources::load(), dbs);
        const geofacet::SearchResult result = searcher.search(request);
        if (json)
            std::cout << geofacet::result_json(query, request, result).dump(2) << "\n";
        else
            geofacet::print_result(std::cout, request, result);
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
        return usage_error(e.what());
    } catch (const std::exception& e) {
        std::cerr << "geofacet-query: " << e.what() << "\n";
        return 3;
    }
    return 0;
}
