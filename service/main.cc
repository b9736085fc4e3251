// geofacet-serve: the search service and its page over HTTP (see README, "The search service").
#include <pthread.h>
#include <signal.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <optional>
#include <thread>

#include "http_server.h"
#include "util/command_line.h"
#include "util/config_file.h"
#include "util/data_file.h"

namespace {

const char* kUsage =
    "usage: geofacet-serve --db SPEC [--db SPEC ...] [--listen HOST:PORT] [--threads N] [--trusted-proxy ADDR ...]\n"
    "                      [--user-header NAME] [--groups-header NAME] [--time-limit MS] [--max-body-bytes N]\n"
    "                      [--public-url URL] [--quiet] [--config FILE]\n"
    "  --db             a database folder, a stub database file, or tcp://HOST:PORT; repeat to search shards\n"
    "  --listen         address and port to serve (default 127.0.0.1:8080; port 0: any free one)\n"
    "  --threads        searches run at once, one searcher each (default: the number of cores)\n"
    "  --trusted-proxy  an address or network (10.0.0.0/24) whose identity headers are believed\n"
    "  --user-header, --groups-header  the identity headers (default X-Remote-User, X-Remote-Groups)\n"
    "  --time-limit     milliseconds a search may take before it is stopped with an error (default 5000; 0: none)\n"
    "  --public-url     the page's address as users reach it, for the browser's search box (OpenSearch)\n"
    "  --config         a file of options, one a line without the dashes (\"listen 127.0.0.1:8080\")\n"
    "signals: SIGHUP opens the databases anew; SIGINT and SIGTERM stop\n"
    "exit status: 0 stopped by a signal, 2 usage error, 3 database, resource or address error\n";

struct ServeOptions {
    geofacet::ServiceOptions service;
    geofacet::HttpOptions http;
    std::string config;
};

// "HOST:PORT" or "[V6]:PORT" into the HTTP options; "" when good, else what it must be.
std::string parse_listen(const std::string& v, geofacet::HttpOptions& http) {
    const std::size_t colon = v.rfind(':');
    std::uint64_t port;
    if (colon == std::string::npos || colon == 0 || !geofacet::parse_whole_number(v.substr(colon + 1), 0, 65535, port))
        return "HOST:PORT, e.g. 127.0.0.1:8080";
    std::string host = v.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    http.host = host;
    http.port = static_cast<int>(port);
    return {};
}

std::optional<int> parse_options(int argc, char** argv, ServeOptions& o) {
    std::vector<std::string> args{argv[0]};
    const std::string config = geofacet::config_file_argument(argc, argv);
    try {
        if (!config.empty())
            for (std::string& a : geofacet::read_config_file(config)) args.push_back(std::move(a));
    } catch (const std::exception& e) {
        std::cerr << "geofacet-serve: " << e.what() << "\n";
        return 2;
    }
    for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
    std::vector<const char*> av;
    for (const std::string& a : args) av.push_back(a.c_str());

    std::uint64_t threads = std::max(2u, std::thread::hardware_concurrency()), time_limit = 5000, body = 65536;
    bool quiet = false;
    geofacet::CommandLine cli("geofacet-serve", kUsage);
    cli.texts("--db", &o.service.databases)
        .option("--listen", [&o](const std::string& v) { return parse_listen(v, o.http); })
        .number("--threads", &threads, 1, 256)
        .option("--trusted-proxy", [&o](const std::string& v) {
            o.http.identity.trusted_proxies.push_back(v);
            return geofacet::proxy_entry_problem(v);
        })
        .text("--user-header", &o.http.identity.user_header)
        .text("--groups-header", &o.http.identity.groups_header)
        .number("--time-limit", &time_limit, 0, 600000)
        .number("--max-body-bytes", &body, 0, 64 * 1024 * 1024)
        .text("--public-url", &o.http.public_url)
        .flag("--quiet", &quiet)
        .text("--config", &o.config);
    std::vector<std::string> positional;
    if (auto status = cli.parse(static_cast<int>(av.size()), av.data(), positional, std::cout, std::cerr)) return status;
    if (o.service.databases.empty()) return cli.usage_error("--db is required", std::cerr);
    if (!positional.empty()) return cli.usage_error("unexpected argument '" + positional[0] + "'", std::cerr);
    o.service.workers = threads;
    o.service.time_limit = static_cast<double>(time_limit) / 1000;
    o.http.threads = 4 * threads;  // idle keep-alive connections hold a thread each, not a searcher
    o.http.max_body_bytes = body;
    o.http.access_log = !quiet;
    return std::nullopt;
}

// Waits for signals on a thread of its own (blocked everywhere else): SIGHUP reloads, the others stop.
void handle_signals(geofacet::SearchService& service, geofacet::HttpServer& server, const sigset_t& signals) {
    std::thread([&service, &server, signals] {
        for (;;) {
            int sig = 0;
            if (sigwait(&signals, &sig) != 0) continue;
            if (sig == SIGHUP) {
                service.reload();
                std::cerr << "geofacet-serve: SIGHUP: the databases will be opened anew\n";
                continue;
            }
            server.stop();
            return;
        }
    }).detach();
}

}  // namespace

int main(int argc, char** argv) {
    ServeOptions o;
    if (auto status = parse_options(argc, argv, o)) return *status;
    sigset_t signals;
    sigemptyset(&signals);
    for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&signals, s);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before any thread starts, so that all inherit it
    try {
        geofacet::SearchService service(geofacet::Resources::load(), o.service);
        geofacet::HttpServer server(service, o.http);
        if (!server.bind()) {
            std::cerr << "geofacet-serve: cannot listen on " << o.http.host << ":" << o.http.port << ": "
                      << std::strerror(errno) << "\n";
            return 3;
        }
        handle_signals(service, server, signals);
        const bool v6 = o.http.host.find(':') != std::string::npos;
        std::cout << "geofacet-serve: listening on http://" << (v6 ? "[" : "") << o.http.host << (v6 ? "]" : "") << ":"
                  << server.port() << "/" << std::endl;
        if (!server.run()) return 3;
    } catch (const Xapian::Error& e) {
        std::cerr << "geofacet-serve: cannot open database: " << e.get_description() << "\n";
        return 3;
    } catch (const std::exception& e) {
        std::cerr << "geofacet-serve: " << e.what() << "\n";
        return 3;
    }
    return 0;
}
