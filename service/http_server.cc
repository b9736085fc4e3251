#include "http_server.h"

#include <chrono>
#include <iostream>

#include <httplib.h>

#include "web_assets.h"

namespace geofacet {

namespace {

// A JSON body as UTF-8 (anything that is not valid UTF-8 replaced, so that an answer never fails to print).
std::string dump(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// What an answer depends on: who asks. Shared caches must not keep it; the identity headers vary it.
void private_answer(httplib::Response& res, const IdentityPolicy& identity) {
    res.set_header("Cache-Control", "private, no-store");
    res.set_header("Vary", identity.user_header + ", " + identity.groups_header);
}

void send(httplib::Response& res, const ServiceAnswer& answer) {
    res.status = answer.status;
    res.set_content(dump(answer.body), "application/json; charset=utf-8");
}

UrlParams params_of(const httplib::Request& req) { return UrlParams(req.params.begin(), req.params.end()); }

// Characters of a host name and port as a Host header may hold; anything else is not echoed into a page.
bool plain_host(const std::string& host) {
    if (host.empty() || host.size() > 255) return false;
    for (unsigned char c : host)
        if (!std::isalnum(c) && c != '.' && c != '-' && c != ':' && c != '[' && c != ']') return false;
    return true;
}

std::string xml_escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// The page's address as users reach it: --public-url, else what a trusted proxy forwarded, else the Host.
std::string base_url(const HttpOptions& options, const httplib::Request& req) {
    if (!options.public_url.empty()) {
        std::string url = options.public_url;
        while (!url.empty() && url.back() == '/') url.pop_back();
        return url;
    }
    const bool proxied = address_matches(req.remote_addr, options.identity.trusted_proxies);
    std::string scheme = proxied ? req.get_header_value("X-Forwarded-Proto") : "";
    if (scheme != "https") scheme = "http";
    std::string host = proxied && req.has_header("X-Forwarded-Host") ? req.get_header_value("X-Forwarded-Host")
                                                                      : req.get_header_value("Host");
    if (!plain_host(host)) host = options.host + ":" + std::to_string(options.port);
    return scheme + "://" + host;
}

std::string opensearch_xml(const std::string& base) {
    const std::string b = xml_escape(base);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
           "  <ShortName>Geofacet</ShortName>\n"
           "  <Description>Search the geopolitics news archive, in English and Japanese</Description>\n"
           "  <InputEncoding>UTF-8</InputEncoding>\n"
           "  <OutputEncoding>UTF-8</OutputEncoding>\n"
           "  <Language>en</Language>\n  <Language>ja</Language>\n"
           "  <Image width=\"16\" height=\"16\" type=\"image/svg+xml\">" + b + "/static/icon.svg</Image>\n"
           "  <Url type=\"text/html\" method=\"get\" template=\"" + b + "/?q={searchTerms}\"/>\n"
           "  <Url type=\"application/json\" method=\"get\" template=\"" + b + "/api/search?q={searchTerms}&amp;offset={startIndex?}\" indexOffset=\"0\"/>\n"
           "  <Url type=\"application/opensearchdescription+xml\" rel=\"self\" template=\"" + b + "/opensearch.xml\"/>\n"
           "</OpenSearchDescription>\n";
}

// The page may run only its own script and style: no inline code, nothing from elsewhere.
constexpr const char* kPagePolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

// The route a path belongs to, as a metrics label: a fixed set, whatever paths clients send.
std::string endpoint_of(const std::string& path) {
    for (const char* e : {"/api/search", "/api/analyze", "/api/suggest", "/api/facets", "/healthz", "/metrics", "/opensearch.xml"})
        if (path == e) return e;
    if (path.rfind("/api/documents/", 0) == 0) return "/api/documents";
    if (path == "/" || path.rfind("/static/", 0) == 0) return "page";
    return "other";
}

// What a status httplib sets by itself means, for the JSON error sent with it.
std::string reason_of(int status, const httplib::Request& req, std::size_t max_body) {
    switch (status) {
        case 404: return "no such page or endpoint: " + req.path;
        case 405: return "only GET and HEAD are answered";
        case 413: return "the request body is larger than " + std::to_string(max_body) + " bytes";
        case 414: return "the request's address is longer than 8192 bytes";
        default: return "the request could not be read";
    }
}

thread_local std::chrono::steady_clock::time_point request_started;

}  // namespace

HttpServer::HttpServer(SearchService& service, HttpOptions options)
    : service_(service), options_(std::move(options)), server_(std::make_unique<httplib::Server>()) {
    const std::size_t threads = std::max<std::size_t>(1, options_.threads);
    server_->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server_->set_payload_max_length(options_.max_body_bytes);
    server_->set_keep_alive_timeout(2);  // an idle keep-alive connection holds a thread: let it go soon
    server_->set_keep_alive_max_count(100);
    server_->set_read_timeout(5);
    server_->set_write_timeout(10);
    server_->set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "same-origin"}});
    route();
}

HttpServer::~HttpServer() = default;

void HttpServer::route() {
    // The time a request is answered in, for the metrics: from routing to the logger, on one thread.
    server_->set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
        request_started = std::chrono::steady_clock::now();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    route_api();
    route_page();
    route_errors();
    server_->set_logger([this](const httplib::Request& req, const httplib::Response& res) { log(req, res); });
}

void HttpServer::route_api() {
    httplib::Server& s = *server_;
    const IdentityPolicy& identity = options_.identity;
    const auto reader_of = [&identity](const httplib::Request& req) {
        return identify(identity, req.remote_addr, [&req](const std::string& name) { return req.get_header_value(name); });
    };
    const auto api = [this, reader_of](auto call) {
        return [this, reader_of, call](const httplib::Request& req, httplib::Response& res) {
            send(res, call(req, reader_of(req)));
            private_answer(res, options_.identity);
        };
    };
    s.Get("/api/search", api([this](const httplib::Request& req, const Reader& r) { return service_.search(params_of(req), r); }));
    s.Get("/api/documents/(.+)", api([this](const httplib::Request& req, const Reader& r) {
        return req.params.empty() ? service_.document(req.matches[1], r)
                                  : error_answer(400, "bad request", "this endpoint takes no parameter", req.params.begin()->first);
    }));
    s.Get("/api/analyze", api([this](const httplib::Request& req, const Reader&) { return service_.analyze(params_of(req)); }));
    s.Get("/api/suggest", api([this](const httplib::Request& req, const Reader& r) { return service_.suggest(params_of(req), r); }));
    s.Get("/api/facets", api([](const httplib::Request& req, const Reader&) {
        return req.params.empty() ? SearchService::facets()
                                  : error_answer(400, "bad request", "this endpoint takes no parameter", req.params.begin()->first);
    }));
    s.Get("/healthz", api([this](const httplib::Request&, const Reader& r) { return service_.health(r); }));
}

void HttpServer::route_page() {
    httplib::Server& s = *server_;
    s.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
        res.set_content(metrics_.exposition(service_.timeouts()), "text/plain; version=0.0.4; charset=utf-8");
    });
    s.Get("/opensearch.xml", [this](const httplib::Request& req, httplib::Response& res) {
        res.set_content(opensearch_xml(base_url(options_, req)), "application/opensearchdescription+xml");
    });
    s.Get("/(|static/[a-z.]+)", [](const httplib::Request& req, httplib::Response& res) {
        const web::Asset* asset = web::find_asset(req.path);
        if (!asset) return send(res, error_answer(404, "not found", "no such file: " + req.path));
        res.set_content(asset->content.data(), asset->content.size(), std::string(asset->content_type));
        res.set_header("Cache-Control", "no-cache");
        if (req.path == "/") res.set_header("Content-Security-Policy", kPagePolicy);
    });
}

void HttpServer::route_errors() {
    httplib::Server& s = *server_;
    const auto not_allowed = [](const httplib::Request&, httplib::Response& res) {
        res.status = 405;
        res.set_header("Allow", "GET, HEAD");
    };
    s.Post(".*", not_allowed).Put(".*", not_allowed).Patch(".*", not_allowed).Delete(".*", not_allowed).Options(".*", not_allowed);
    // Errors httplib answers by itself (no route, a body or address too long, a malformed request) get a
    // JSON body with the reason like every other error.
    s.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        const std::string error = res.status == 404 ? "not found" : res.status == 405 ? "method not allowed" : "bad request";
        send(res, error_answer(res.status, error, reason_of(res.status, req, options_.max_body_bytes)));
        return httplib::Server::HandlerResponse::Handled;
    }));
    s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr e) {
        std::string what = "unknown error";
        try {
            if (e) std::rethrow_exception(e);
        } catch (const std::exception& x) {
            what = x.what();
        } catch (...) {
        }
        std::cerr << "geofacet-serve: internal error: " << what << "\n";
        send(res, error_answer(500, "internal error", "the server failed to answer; the error is in its log"));
    });
}

void HttpServer::log(const httplib::Request& req, const httplib::Response& res) {
    const auto now = std::chrono::steady_clock::now();
    const double seconds = request_started.time_since_epoch().count() == 0
                               ? 0.0 : std::chrono::duration<double>(now - request_started).count();
    request_started = {};
    metrics_.record(endpoint_of(req.path), res.status, seconds);
    if (!options_.access_log) return;
    const Reader who = identify(options_.identity, req.remote_addr, [&req](const std::string& n) { return req.get_header_value(n); });
    // The path without its query: what people search for stays out of the log.
    std::cerr << req.remote_addr << " " << (who.user.empty() ? "-" : who.user) << " \"" << req.method << " " << req.path
              << "\" " << res.status << " " << static_cast<long>(seconds * 1e6) << "us\n";
}

bool HttpServer::bind() {
    if (options_.port == 0) {
        port_ = server_->bind_to_any_port(options_.host);
        return port_ > 0;
    }
    port_ = options_.port;
    return server_->bind_to_port(options_.host, options_.port);
}

bool HttpServer::run() { return server_->listen_after_bind(); }

void HttpServer::stop() { server_->stop(); }

}  // namespace geofacet
