#include "index/access_list.h"

#include "schema/schema.h"
#include "util/utf8.h"

namespace geofacet {

std::string access_name_problem(std::string_view name) {
    if (name.empty()) return "the name is empty";
    if (name.size() > kMaxAccessNameBytes)
        return "the name is longer than " + std::to_string(kMaxAccessNameBytes) + " bytes";
    if (utf8::find_invalid(name) != std::string_view::npos) return "the name is not valid UTF-8";
    for (unsigned char c : name) {
        if (c < 0x20 || c == 0x7f) return "the name holds a control character";
        if (c == ',') return "the name holds a comma";
    }
    if (name.front() == ' ' || name.back() == ' ') return "the name starts or ends with a space";
    return {};
}

std::string access_entry_problem(std::string_view entry) {
    for (std::string_view kind : {"user:", "group:"}) {
        if (entry.substr(0, kind.size()) != kind) continue;
        const std::string problem = access_name_problem(entry.substr(kind.size()));
        return problem.empty() ? problem : "'" + std::string(entry) + "': " + problem;
    }
    return "'" + std::string(entry) + "' is neither user:NAME nor group:NAME";
}

std::string access_term(std::string_view entry) { return schema::kAccessPrefix + std::string(entry); }

std::vector<std::string> access_terms(const std::vector<std::string>& acl) {
    if (acl.empty()) return {access_term(kPublicAccess)};
    std::vector<std::string> terms;
    for (const std::string& entry : acl) terms.push_back(access_term(entry));
    return terms;
}

}  // namespace geofacet
