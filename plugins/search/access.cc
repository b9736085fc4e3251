#include "search/access.h"

#include <arpa/inet.h>

#include <cstring>

#include "index/access_list.h"
#include "util/split.h"

namespace geofacet {

Xapian::Query readable_by(const Reader& reader) {
    std::vector<Xapian::Query> terms{Xapian::Query(access_term(kPublicAccess))};
    if (!reader.user.empty()) terms.emplace_back(access_term("user:" + reader.user));
    for (const std::string& g : reader.groups) terms.emplace_back(access_term("group:" + g));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Reader make_reader(const std::string& user, const std::vector<std::string>& groups) {
    Reader r;
    if (access_name_problem(user).empty()) r.user = user;
    for (const std::string& g : groups)
        if (access_name_problem(g).empty()) r.groups.push_back(g);
    return r;
}

namespace {

// An address as 16 bytes (IPv4 as IPv4-mapped IPv6), so that one comparison serves both families.
bool parse_address(const std::string& text, unsigned char out[16]) {
    in_addr v4;
    if (inet_pton(AF_INET, text.c_str(), &v4) == 1) {
        static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        std::memcpy(out, mapped, 12);
        std::memcpy(out + 12, &v4, 4);
        return true;
    }
    return inet_pton(AF_INET6, text.c_str(), out) == 1;
}

// Splits "ADDR/PREFIX" into the address's bytes and a prefix length over 128 bits; false when malformed.
bool parse_network(const std::string& entry, unsigned char address[16], unsigned& bits) {
    const std::size_t slash = entry.find('/');
    const std::string host = entry.substr(0, slash);
    if (!parse_address(host, address)) return false;
    const bool v4 = host.find(':') == std::string::npos;
    bits = 128;
    if (slash == std::string::npos) return true;
    const std::string len = entry.substr(slash + 1);
    if (len.empty() || len.size() > 3 || len.find_first_not_of("0123456789") != std::string::npos) return false;
    const unsigned n = static_cast<unsigned>(std::stoul(len));
    if (n > (v4 ? 32u : 128u)) return false;
    bits = v4 ? 96 + n : n;
    return true;
}

bool same_prefix(const unsigned char a[16], const unsigned char b[16], unsigned bits) {
    for (unsigned i = 0; i < 16 && bits > 0; ++i, bits = bits > 8 ? bits - 8 : 0) {
        const unsigned char mask = bits >= 8 ? 0xff : static_cast<unsigned char>(0xff << (8 - bits));
        if ((a[i] & mask) != (b[i] & mask)) return false;
    }
    return true;
}

}  // namespace

std::string proxy_entry_problem(const std::string& entry) {
    unsigned char address[16];
    unsigned bits;
    if (!parse_network(entry, address, bits)) return "an IP address, or a network as ADDRESS/PREFIX";
    return {};
}

bool address_matches(const std::string& address, const std::vector<std::string>& entries) {
    unsigned char remote[16];
    if (!parse_address(address, remote)) return false;
    for (const std::string& entry : entries) {
        unsigned char network[16];
        unsigned bits;
        if (parse_network(entry, network, bits) && same_prefix(remote, network, bits)) return true;
    }
    return false;
}

Reader identify(const IdentityPolicy& policy, const std::string& remote_address, const HeaderLookup& header) {
    if (!address_matches(remote_address, policy.trusted_proxies)) return {};
    std::vector<std::string> groups;
    for (std::string g : split(header(policy.groups_header), ',')) {
        const std::size_t begin = g.find_first_not_of(" \t"), end = g.find_last_not_of(" \t");
        if (begin != std::string::npos) groups.push_back(g.substr(begin, end - begin + 1));
    }
    std::string user = header(policy.user_header);
    const std::size_t begin = user.find_first_not_of(" \t"), end = user.find_last_not_of(" \t");
    user = begin == std::string::npos ? "" : user.substr(begin, end - begin + 1);
    return make_reader(user, groups);
}

}  // namespace geofacet
