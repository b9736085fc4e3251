#include "index/article_reader.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "index/access_list.h"
#include "index/input_files.h"

#include "util/utf8.h"

namespace geofacet {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxIdBytes = 200;  // Q + id must stay well under Xapian's 245-byte term limit

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

InputProblem problem(const Origin& origin, std::string reason, bool skipped) {
    InputProblem p;
    p.origin = origin;
    p.reason = std::move(reason);
    p.skipped = skipped;
    return p;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n\u3000") == std::string::npos; }

// nlohmann's messages start with "[json.exception.parse_error.101] "; the rest is what a person needs.
std::string json_message(const std::exception& e) {
    std::string m = e.what();
    if (m.rfind("[json.exception.", 0) == 0) {
        const std::size_t close = m.find("] ");
        if (close != std::string::npos) m = m.substr(close + 2);
    }
    return m;
}

bool digits(const std::string& s, std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    return true;
}

// Reads an optional string field; throws std::invalid_argument when it is present but not a string.
std::string optional_string(const nlohmann::json& j, const char* name) {
    const auto it = j.find(name);
    if (it == j.end() || it->is_null()) return {};
    if (!it->is_string()) throw std::invalid_argument(std::string("\"") + name + "\" is not a string");
    return it->get<std::string>();
}

// True when `json` nests arrays and objects deeper than `max` (brackets inside strings do not count).
bool json_too_deep(const std::string& json, std::size_t max) {
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max) return true;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

// The id: a string, or a whole number kept as its exact digits (2^64-1 is "18446744073709551615", never
// -1); a fraction, or a whole number beyond 64 bits that JSON readers hold as a float, is refused.
std::string id_of(const nlohmann::json& j) {
    const auto id = j.find("id");
    if (id == j.end() || id->is_null()) throw std::invalid_argument("missing id");
    if (id->is_string()) return id->get<std::string>();
    if (id->is_number_unsigned()) return std::to_string(id->get<std::uint64_t>());
    if (id->is_number_integer()) return std::to_string(id->get<std::int64_t>());
    if (id->is_number()) throw std::invalid_argument("id is a number that is not a whole number within 64 bits; write it as a string");
    throw std::invalid_argument("id is not a string");
}

// Reads the optional access list; throws std::invalid_argument for a malformed one, so that an article
// meant to be restricted is never indexed as public by mistake.
std::vector<std::string> access_list(const nlohmann::json& j) {
    const auto it = j.find("acl");
    if (it == j.end() || it->is_null()) return {};
    if (!it->is_array()) throw std::invalid_argument("\"acl\" is not a list of \"user:NAME\" and \"group:NAME\"");
    if (it->empty()) throw std::invalid_argument("\"acl\" is empty: name its readers, or leave it out for a public article");
    std::vector<std::string> acl;
    for (const auto& entry : *it) {
        if (!entry.is_string()) throw std::invalid_argument("\"acl\" holds something other than a string");
        const std::string problem = access_entry_problem(entry.get<std::string>());
        if (!problem.empty()) throw std::invalid_argument("\"acl\": " + problem);
        acl.push_back(entry.get<std::string>());
    }
    return acl;
}

}  // namespace

std::string normalise_date(const std::string& text) {
    // YYYY-MM-DD, optionally followed by a time: T, a space, or nothing else.
    if (text.size() < 10 || !digits(text, 0, 4) || text[4] != '-' || !digits(text, 5, 2) || text[7] != '-' ||
        !digits(text, 8, 2))
        return {};
    if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return {};
    const int month = std::stoi(text.substr(5, 2)), day = std::stoi(text.substr(8, 2));
    if (month < 1 || month > 12 || day < 1 || day > 31) return {};
    return text.substr(0, 10);
}

std::vector<std::string> ArticleReader::files_of(const std::string& input) { return input_files(input).files; }

bool ArticleReader::read(const std::string& input, const ArticleSink& on_article, const ProblemSink& on_problem) {
    if (input == "-") return read_json_lines(std::cin, "-", on_article, on_problem);
    std::error_code ec;
    const bool folder = fs::is_directory(input, ec);
    if (!folder && !fs::exists(input, ec)) {
        on_problem(problem(Origin{input, 0}, "no such file or folder", true));
        return true;
    }
    const InputFiles inputs = input_files(input);
    for (const InputProblem& p : inputs.problems) on_problem(p);
    for (const std::string& file : inputs.files) {
        bool go = true;
        if (ends_with(file, ".txt")) {
            // A text file's id is its path inside the folder as walked (never resolved through a link),
            // without the extension.
            fs::path id = folder ? fs::path(file).lexically_relative(input) : fs::path(file).filename();
            go = read_text_file(file, id.replace_extension().generic_string(), on_article, on_problem);
        } else if (ends_with(file, ".json")) {
            go = read_json_file(file, on_article, on_problem);
        } else {
            std::ifstream in(file, std::ios::binary);
            if (!in) {
                on_problem(problem(Origin{file, 0}, "cannot open for reading", true));
                continue;
            }
            go = read_json_lines(in, file, on_article, on_problem);
        }
        if (!go) return false;
    }
    return true;
}

bool ArticleReader::read_json_lines(std::istream& in, const std::string& name, const ArticleSink& on_article,
                                    const ProblemSink& on_problem) {
    std::string line;
    for (std::size_t lineno = 1; std::getline(in, line); ++lineno) {
        bytes_read_ += line.size() + 1;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (blank(line)) continue;
        if (!accept_json(line, Origin{name, lineno}, on_article, on_problem)) return false;
    }
    if (in.bad() && errno != EINTR) on_problem(problem(Origin{name, 0}, "read error", true));
    return true;
}

bool ArticleReader::slurp(const std::string& path, std::string& text, const ProblemSink& on_problem) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        on_problem(problem(Origin{path, 0}, "cannot open for reading", true));
        return false;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    bytes_read_ += text.size();
    return true;
}

bool ArticleReader::read_json_file(const std::string& path, const ArticleSink& on_article,
                                   const ProblemSink& on_problem) {
    std::string text;
    if (!slurp(path, text, on_problem)) return true;
    // A file may hold one article or an array of them.
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos || text[first] != '[') return accept_json(text, Origin{path, 1}, on_article, on_problem);
    const Origin origin{path, 1};
    if (utf8::find_invalid(text) != std::string::npos || json_too_deep(text, limits_.max_json_depth))
        return accept_json(text, origin, on_article, on_problem);  // reports the problem
    nlohmann::json array;
    try {
        array = nlohmann::json::parse(text);
    } catch (const std::exception& e) {
        on_problem(problem(origin, "malformed JSON: " + json_message(e), true));
        return true;
    }
    for (const nlohmann::json& element : array)
        if (!accept_object(element, origin, on_article, on_problem)) return false;
    return true;
}

bool ArticleReader::read_text_file(const std::string& path, const std::string& id, const ArticleSink& on_article,
                                   const ProblemSink& on_problem) {
    std::string text;
    if (!slurp(path, text, on_problem)) return true;
    const Origin origin{path, 1};
    if (!raw_text_ok(text, origin, on_problem)) return true;
    Article a;
    a.id = id;
    const std::size_t nl = text.find('\n');
    a.title = text.substr(0, nl);
    if (!a.title.empty() && a.title.back() == '\r') a.title.pop_back();
    if (nl != std::string::npos) a.body = text.substr(nl + 1);
    a.origin = origin;
    return accept(std::move(a), on_article, on_problem);
}

bool ArticleReader::raw_text_ok(const std::string& raw, const Origin& origin, const ProblemSink& on_problem) const {
    if (raw.size() > limits_.max_article_bytes) {
        on_problem(problem(origin, "oversized article: " + std::to_string(raw.size()) + " bytes (limit " +
                                       std::to_string(limits_.max_article_bytes) + ")", true));
        return false;
    }
    const std::size_t bad = utf8::find_invalid(raw);
    if (bad != std::string::npos) {
        on_problem(problem(origin, "invalid UTF-8 at byte " + std::to_string(bad), true));
        return false;
    }
    return true;
}

bool ArticleReader::accept_json(const std::string& json, const Origin& origin, const ArticleSink& on_article,
                                const ProblemSink& on_problem) {
    if (!raw_text_ok(json, origin, on_problem)) return true;
    // nlohmann's parser keeps its own stack, but printing or copying a deeply nested value recurses.
    if (json_too_deep(json, limits_.max_json_depth)) {
        on_problem(problem(origin, "malformed JSON: nested deeper than " + std::to_string(limits_.max_json_depth) +
                                       " levels", true));
        return true;
    }
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception& e) {
        on_problem(problem(origin, "malformed JSON: " + json_message(e), true));
        return true;
    }
    return accept_object(j, origin, on_article, on_problem);
}

bool ArticleReader::accept_object(const nlohmann::json& j, const Origin& origin, const ArticleSink& on_article,
                                  const ProblemSink& on_problem) {
    Article a;
    a.origin = origin;
    try {
        if (!j.is_object()) throw std::invalid_argument("not a JSON object");
        a.id = id_of(j);
        a.title = optional_string(j, "title");
        a.body = optional_string(j, "body");
        a.lang = optional_string(j, "lang");
        a.date = optional_string(j, "date");
        a.source = optional_string(j, "source");
        a.url = optional_string(j, "url");
        a.acl = access_list(j);
    } catch (const std::invalid_argument& e) {
        on_problem(problem(origin, e.what(), true));
        return true;
    }
    return accept(std::move(a), on_article, on_problem);
}

bool ArticleReader::accept(Article&& a, const ArticleSink& on_article, const ProblemSink& on_problem) {
    const Origin origin = a.origin;
    const auto skip = [&](const std::string& reason) {
        on_problem(problem(origin, (a.id.empty() ? "" : "id '" + a.id + "': ") + reason, true));
        return true;
    };
    if (blank(a.id)) return skip("empty id");
    if (a.id.size() > kMaxIdBytes) return skip("id longer than " + std::to_string(kMaxIdBytes) + " bytes");
    if (a.id.find_first_of("\n\r") != std::string::npos) return skip("id contains a line break");
    if (blank(a.title) && blank(a.body)) return skip("empty article (no title or body text)");
    const auto warn = [&](const std::string& reason) {
        on_problem(problem(origin, "id '" + a.id + "': " + reason, false));
    };
    if (!a.lang.empty()) {
        std::string lang = a.lang;
        std::transform(lang.begin(), lang.end(), lang.begin(), [](unsigned char c) { return std::tolower(c); });
        if (lang != "en" && lang != "ja") {
            warn("lang '" + a.lang + "' is neither en nor ja; detected from the text instead");
            lang.clear();
        }
        a.lang = lang;
    }
    if (!a.date.empty()) {
        const std::string date = normalise_date(a.date);
        if (date.empty()) warn("date '" + a.date + "' is not ISO 8601 (YYYY-MM-DD); indexed without a date");
        a.date = date;
    }
    return on_article(std::move(a));
}

}  // namespace geofacet
