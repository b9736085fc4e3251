// Who is searching, and what they may read: a reader's restriction as a Xapian filter that every match,
// count, suggestion and document fetch goes through; and who a request comes from, read from the headers of
// a trusted reverse proxy only.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <xapian.h>

namespace geofacet {

/// Someone searching. Default: anonymous, who reads public articles only.
struct Reader {
    std::string user;                 ///< user name ("" for anonymous)
    std::vector<std::string> groups;  ///< groups the user belongs to

    /// True for someone with neither a name nor a group.
    bool anonymous() const { return user.empty() && groups.empty(); }
};

/// The documents `reader` may read: public ones (XVpublic), those listing the user (XVuser:NAME) and those
/// listing one of the groups (XVgroup:NAME). A boolean filter: it does not change weights.
Xapian::Query readable_by(const Reader& reader);

/// A reader from a user name and groups as given (command line): invalid names are dropped, so that a
/// malformed name can never match an entry it does not spell.
Reader make_reader(const std::string& user, const std::vector<std::string>& groups);

/// Where identities come from: the headers a reverse proxy sets after single sign-on, believed only from
/// the proxy's own addresses.
struct IdentityPolicy {
    std::vector<std::string> trusted_proxies;        ///< addresses ("10.0.0.5", "::1") or networks ("10.0.0.0/24")
    std::string user_header = "X-Remote-User";       ///< the user's name
    std::string groups_header = "X-Remote-Groups";   ///< the user's groups, comma-separated
};

/// Checks a trusted-proxy entry: an IPv4 or IPv6 address, optionally with a /PREFIX. "" when good, else
/// what is wrong.
std::string proxy_entry_problem(const std::string& entry);

/// True when `address` (as the socket reports it; IPv4-mapped IPv6 counts as IPv4) is one of `entries`.
bool address_matches(const std::string& address, const std::vector<std::string>& entries);

/// Looks up a request header by name (case-insensitive), "" when absent.
using HeaderLookup = std::function<std::string(const std::string& name)>;

/// Who a request comes from: the user and groups of the policy's headers when the request comes from a
/// trusted proxy, else anonymous (the headers are ignored: anyone can write them).
Reader identify(const IdentityPolicy& policy, const std::string& remote_address, const HeaderLookup& header);

}  // namespace geofacet
