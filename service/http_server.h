// geofacet-serve's HTTP side: routes requests to the SearchService, reads who is asking from a trusted
// proxy's headers, serves the page and its files, and keeps the metrics.
#pragma once

#include <memory>
#include <string>

#include "metrics.h"
#include "search/access.h"
#include "search/search_service.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}

namespace geofacet {

/// How the HTTP server runs.
struct HttpOptions {
    std::string host = "127.0.0.1";    ///< address to listen on
    int port = 8080;                   ///< 0: any free port (see port())
    std::size_t threads = 16;          ///< connections served at once (idle keep-alive ones hold a thread)
    IdentityPolicy identity;           ///< trusted proxies and their identity headers
    std::size_t max_body_bytes = 65536;  ///< larger request bodies get 413
    std::string public_url;            ///< the page's address as users see it (OpenSearch); "" to derive it
    bool access_log = true;            ///< one line per request on standard error
};

/// The HTTP server over a SearchService (borrowed).
class HttpServer {
  public:
    /// Routes everything; nothing listens until bind().
    HttpServer(SearchService& service, HttpOptions options);
    ~HttpServer();

    /// Binds the address; false when it cannot (the reason is in errno).
    bool bind();
    /// The port bound (the one chosen when HttpOptions::port was 0).
    int port() const { return port_; }
    /// Serves until stop(); false when listening failed.
    bool run();
    /// Stops run() (from any thread; from a signal, via a thread that waits for it).
    void stop();

  private:
    void route();
    void route_api();     // /api/..., /healthz: JSON for the reader the request comes from
    void route_page();    // the page, its files, /metrics and /opensearch.xml
    void route_errors();  // other methods, httplib's own errors and exceptions, as JSON errors
    void log(const httplib::Request& req, const httplib::Response& res);

    SearchService& service_;
    HttpOptions options_;
    Metrics metrics_;
    std::unique_ptr<httplib::Server> server_;
    int port_ = 0;
};

}  // namespace geofacet
