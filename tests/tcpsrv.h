// A stock xapian-tcpsrv serving one database on 127.0.0.1, for the tests of remote shards.
#pragma once

#include <sys/types.h>

#include <string>

namespace geofacet::test {

/// Starts xapian-tcpsrv on a free port of 127.0.0.1 serving `db`, and waits until it answers; the destructor
/// stops it. Throws std::runtime_error when it does not start.
class TcpServer {
  public:
    explicit TcpServer(const std::string& db);
    ~TcpServer();
    TcpServer(const TcpServer&) = delete;
    TcpServer& operator=(const TcpServer&) = delete;

    /// The database spec of the server: "tcp://127.0.0.1:PORT".
    std::string spec() const { return "tcp://127.0.0.1:" + std::to_string(port_); }
    /// Its port.
    int port() const { return port_; }

  private:
    int port_ = 0;
    pid_t pid_ = -1;
};

}  // namespace geofacet::test
