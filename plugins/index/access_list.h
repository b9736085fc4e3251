// Who may read an article: its access list ("acl": ["group:defence", "user:tanaka"]; absent: everyone)
// and the boolean terms that carry it in the index, so that every search can be restricted by a filter.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace geofacet {

/// The access entry every public article carries as a term (XVpublic), so that a reader's restriction is a
/// plain OR of boolean terms: Omega's B= filters can express it as well as the searcher.
inline constexpr const char* kPublicAccess = "public";

/// Longest name of a user or group, in bytes: the term (XV + "group:" + name) stays far below Xapian's
/// 245-byte limit.
inline constexpr std::size_t kMaxAccessNameBytes = 128;

/// Checks a user or group name: 1 to kMaxAccessNameBytes bytes of valid UTF-8 without control characters,
/// commas (the identity headers separate groups by commas) or white space at either end. Returns "" when it
/// is good, else what is wrong with it.
std::string access_name_problem(std::string_view name);

/// Checks one access entry, "user:NAME" or "group:NAME"; returns "" when it is good, else the reason.
std::string access_entry_problem(std::string_view entry);

/// The boolean terms of an access list (entries already checked): XVpublic for an empty list (a public
/// article), else one term per entry (XVgroup:defence, XVuser:tanaka).
std::vector<std::string> access_terms(const std::vector<std::string>& acl);

/// The term of one entry ("group:defence" → "XVgroup:defence").
std::string access_term(std::string_view entry);

}  // namespace geofacet
