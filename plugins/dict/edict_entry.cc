#include "dict/edict_entry.h"

#include <stdexcept>

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

namespace geofacet {

namespace {

std::string trim(std::string_view s) {
    const std::size_t b = s.find_first_not_of(' ');
    if (b == std::string_view::npos) return {};
    const std::size_t e = s.find_last_not_of(' ');
    return std::string(s.substr(b, e - b + 1));
}

// Splits "(n,vs) tariff (import tax)" into tags {n, vs} and the gloss "tariff" (remarks in brackets go).
std::string take_gloss(std::string_view g, std::vector<std::string>* tags) {
    std::string text;
    std::size_t i = 0;
    while (i < g.size()) {
        if (g[i] == '(' || g[i] == '{') {
            const char close = g[i] == '(' ? ')' : '}';
            const std::size_t end = g.find(close, i);
            if (end == std::string_view::npos) break;
            if (tags && text.find_first_not_of(' ') == std::string::npos) {
                // Leading tags: "(n,vs)", "(1)", "(P)".
                std::string_view inner = g.substr(i + 1, end - i - 1);
                std::size_t start = 0;
                while (start <= inner.size()) {
                    const std::size_t comma = inner.find(',', start);
                    const std::string tag = trim(inner.substr(start, comma == std::string_view::npos ? inner.npos : comma - start));
                    if (!tag.empty()) tags->push_back(tag);
                    if (comma == std::string_view::npos) break;
                    start = comma + 1;
                }
            }
            i = end + 1;
            continue;
        }
        text += g[i++];
    }
    return trim(text);
}

}  // namespace

bool parse_edict_line(std::string_view line, EdictEntry& e) {
    e = EdictEntry{};
    const std::size_t slash = line.find(" /");
    if (slash == std::string_view::npos || line.empty() || line[0] == '#') return false;
    std::string_view head = line.substr(0, slash);
    const std::size_t bracket = head.find(" [");
    if (bracket != std::string_view::npos) {
        const std::size_t close = head.find(']', bracket);
        if (close == std::string_view::npos) return false;
        e.reading = std::string(head.substr(bracket + 2, close - bracket - 2));
        head = head.substr(0, bracket);
    }
    e.head = trim(head);
    if (e.head.empty() || e.head.find("？") != std::string::npos) return false;
    std::string_view rest = line.substr(slash + 2);
    bool first = true;
    while (!rest.empty()) {
        const std::size_t end = rest.find('/');
        const std::string_view g = rest.substr(0, end);
        if (g == "(P)") {
            e.common = true;
        } else if (!g.empty() && g.rfind("EntL", 0) != 0) {
            const std::string gloss = take_gloss(g, first ? &e.tags : nullptr);
            if (!gloss.empty()) e.glosses.push_back(gloss);
            first = false;
        }
        if (end == std::string_view::npos) break;
        rest = rest.substr(end + 1);
    }
    return !e.glosses.empty();
}

bool is_organisation_entry(const EdictEntry& e) {
    for (const std::string& t : e.tags)
        if (t == "c" || t == "o" || t == "pr") return !e.glosses.empty();
    return false;
}

std::string euc_jp_to_utf8(const std::string& bytes) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open("EUC-JP", &status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU EUC-JP converter: ") + u_errorName(status));
    icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), conv, status);
    ucnv_close(conv);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("EUC-JP decoding: ") + u_errorName(status));
    std::string out;
    u.toUTF8String(out);
    return out;
}

}  // namespace geofacet
