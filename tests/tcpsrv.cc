#include "tcpsrv.h"

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <thread>

#include <xapian.h>

namespace geofacet::test {

namespace {

int free_port() {
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len);
    close(s);
    return ntohs(addr.sin_port);
}

}  // namespace

TcpServer::TcpServer(const std::string& db) : port_(free_port()) {
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        const std::string p = std::to_string(port_);
        execlp("xapian-tcpsrv", "xapian-tcpsrv", "--interface", "127.0.0.1", "--port", p.c_str(), db.c_str(),
               static_cast<char*>(nullptr));
        _exit(127);
    }
    for (int i = 0; i < 200; ++i) {
        try {
            Xapian::Remote::open("127.0.0.1", static_cast<unsigned>(port_)).get_doccount();
            return;
        } catch (const Xapian::NetworkError&) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    throw std::runtime_error("xapian-tcpsrv did not start for " + db);
}

TcpServer::~TcpServer() {
    kill(pid_, SIGKILL);  // SIGTERM may be ignored when the test runner ignores it
    waitpid(pid_, nullptr, 0);
}

}  // namespace geofacet::test
