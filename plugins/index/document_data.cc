#include "index/document_data.h"

#include "util/split.h"

namespace geofacet {

DocumentData::DocumentData(std::string_view data) {
    std::size_t start = 0;
    while (start < data.size()) {
        std::size_t end = data.find('\n', start);
        if (end == std::string_view::npos) end = data.size();
        const std::string_view line = data.substr(start, end - start);
        const std::size_t eq = line.find('=');
        if (eq != std::string_view::npos) fields_.emplace_back(line.substr(0, eq), line.substr(eq + 1));
        start = end + 1;
    }
}

std::string DocumentData::get(std::string_view name) const {
    for (const auto& [n, v] : fields_)
        if (n == name) return v;
    return {};
}

std::vector<std::string> DocumentData::all(std::string_view name) const {
    std::vector<std::string> out;
    for (const auto& [n, v] : fields_)
        if (n == name) out.push_back(v);
    return out;
}

std::string DocumentData::body() const {
    std::string b = get("body");
    const std::string separator = "\u2028";
    for (std::size_t at = b.find(separator); at != std::string::npos; at = b.find(separator, at + 1))
        b.replace(at, separator.size(), "\n");
    return b;
}

std::vector<std::string> split_bars(const std::string& value) { return split(value, '|'); }

}  // namespace geofacet
