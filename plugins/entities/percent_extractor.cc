#include "entities/percent_extractor.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

#include "index/schema.h"
#include "text/normaliser.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// True when `text` at `at` starts with the ASCII word `word` (any case).
bool starts_with_ci(const std::string& text, std::size_t at, std::string_view word) {
    if (at + word.size() > text.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
        if (lower(text[at + k]) != word[k]) return false;
    return true;
}

bool starts_with(const std::string& text, std::size_t at, std::string_view s) {
    return text.compare(at, s.size(), s) == 0;
}

// ---- English number words ----
const std::unordered_map<std::string, int> kSmallNumbers = {
    {"zero", 0}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
    {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}};
const std::unordered_map<std::string, int> kTens = {{"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
                                                    {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90}};

// The lower-case ASCII word at `at` and the byte after it.
std::string word_at(const std::string& text, std::size_t at, std::size_t& end) {
    std::string w;
    end = at;
    while (end < text.size() && is_alpha(text[end])) w += lower(text[end++]);
    return w;
}

// Skips one separator of spelled numbers (" " or "-") and returns the position after it.
std::size_t skip_separator(const std::string& text, std::size_t at) {
    return (at < text.size() && (text[at] == ' ' || text[at] == '-')) ? at + 1 : at;
}

NumberRead read_english_number(const std::string& text, std::size_t at) {
    NumberRead r;
    std::size_t end;
    std::string w = word_at(text, at, end);
    double value;
    if (kSmallNumbers.count(w)) {
        value = kSmallNumbers.at(w);
    } else if (kTens.count(w)) {
        value = kTens.at(w);
        std::size_t e2;
        const std::size_t next = skip_separator(text, end);
        const std::string unit = word_at(text, next, e2);
        if (next != end && kSmallNumbers.count(unit) && kSmallNumbers.at(unit) > 0 && kSmallNumbers.at(unit) < 10) {
            value += kSmallNumbers.at(unit);
            end = e2;
        }
    } else {
        return r;
    }
    // "three and a half", "three-and-a-half", "two and a quarter"
    for (const auto& [tail, add] : {std::pair<const char*, double>{"and a half", 0.5}, {"and a quarter", 0.25}}) {
        const std::size_t next = skip_separator(text, end);
        std::string t;
        std::size_t p = next, e3 = next;
        for (int words = 0; words < 3; ++words) {
            std::size_t we;
            const std::string w2 = word_at(text, p, we);
            if (w2.empty()) break;
            if (!t.empty()) t += ' ';
            t += w2;
            e3 = we;
            p = skip_separator(text, we);
        }
        if (next != end && t == tail) {
            value += add;
            end = e3;
            break;
        }
    }
    r.value = value;
    r.end = end;
    r.ok = true;
    return r;
}

// ---- Kanji numerals ----
int kanji_digit(char32_t c) {
    switch (c) {
        case U'〇': case U'零': return 0;
        case U'一': return 1; case U'二': return 2; case U'三': return 3; case U'四': return 4;
        case U'五': return 5; case U'六': return 6; case U'七': return 7; case U'八': return 8;
        case U'九': return 9;
        default: return -1;
    }
}

NumberRead read_kanji_number(const std::string& text, std::size_t at) {
    NumberRead r;
    double total = 0, current = -1;
    std::size_t i = at, end = at;
    bool any = false;
    while (i < text.size()) {
        std::size_t next = i;
        const char32_t c = utf8::next(text, next);
        const int d = kanji_digit(c);
        if (d >= 0) {
            current = (current < 0 ? 0 : current * 10) + d;
        } else if (c == U'十' || c == U'百') {
            const int unit = c == U'十' ? 10 : 100;
            total += (current < 0 ? 1 : current) * unit;
            current = -1;
        } else {
            break;
        }
        any = true;
        i = end = next;
    }
    if (!any) return r;
    double value = total + (current < 0 ? 0 : current);
    // Decimal point: 三・五, 三点五.
    std::size_t p = end;
    if (p < text.size()) {
        std::size_t q = p;
        const char32_t sep = utf8::next(text, q);
        if (sep == 0x30FB || sep == U'点') {
            std::size_t q2 = q;
            const int d = q < text.size() ? kanji_digit(utf8::next(text, q2)) : -1;
            if (d >= 0) {
                double scale = 0.1;
                value += d * scale;
                end = q2;
                for (std::size_t q3 = q2; q3 < text.size();) {
                    std::size_t q4 = q3;
                    const int d2 = kanji_digit(utf8::next(text, q4));
                    if (d2 < 0) break;
                    scale /= 10;
                    value += d2 * scale;
                    end = q3 = q4;
                }
            }
        }
    }
    r.value = value;
    r.end = end;
    r.ok = true;
    return r;
}

NumberRead read_digits(const std::string& text, std::size_t at) {
    NumberRead r;
    std::size_t i = at;
    std::string digits;
    while (i < text.size()) {
        if (is_digit(text[i])) {
            digits += text[i++];
        } else if (text[i] == ',' && i > at && i + 3 < text.size() + 0 && is_digit(text[i + 1]) &&
                   is_digit(text[i + 2]) && is_digit(text[i + 3]) && (i + 4 >= text.size() || !is_digit(text[i + 4]))) {
            ++i;  // a thousands separator: "1,000"
        } else {
            break;
        }
    }
    if (digits.empty()) return r;
    // The decimal point is "." or, in Japanese, the middle dot: １・５％ is 1.5%.
    const std::size_t dot = text[i] == '.' ? 1 : text.compare(i, 3, "\u30FB") == 0 ? 3 : 0;
    if (i < text.size() && dot && i + dot < text.size() && is_digit(text[i + dot])) {
        digits += '.';
        i += dot;
        while (i < text.size() && is_digit(text[i])) digits += text[i++];
    }
    r.value = std::stod(digits);
    r.end = i;
    r.ok = true;
    return r;
}

// True when a number may start at `at`: not glued to a preceding letter, digit or decimal point.
bool number_boundary(const std::string& text, std::size_t at) {
    if (at == 0) return true;
    const char prev = text[at - 1];
    return !(is_alpha(prev) || is_digit(prev) || prev == '.' || prev == ',' || prev == '+' || prev == '$');
}

// A unit after a number: returns the byte after it and names it, or 0 when there is none. The short
// units "pct" and "pc" count only after digits ("5pc"), never after words ("one pc").
std::size_t read_unit(const std::string& text, std::size_t at, std::string& unit) {
    const bool after_digit = at > 0 && is_digit(text[at - 1]);
    std::size_t p = at;
    // One space or hyphen may stand between the number and an English unit ("5 percent", "3.5-percent").
    const bool spaced = p < text.size() && (text[p] == ' ' || text[p] == '-');
    if (starts_with(text, p, "%")) { unit = "%"; return p + 1; }
    if (starts_with(text, p, "パーセント")) { unit = "パーセント"; return p + std::string_view("パーセント").size(); }
    if (spaced) ++p;
    for (const char* word : {"percent", "per cent", "per-cent", "pct", "pc"}) {
        const std::size_t len = std::string_view(word).size();
        if (word[0] == 'p' && word[1] == 'c' && !after_digit) continue;
        if (starts_with_ci(text, p, word) && (p + len == text.size() || !is_alpha(text[p + len]))) {
            unit = word;
            return p + len;
        }
    }
    if (spaced && starts_with(text, p, "%")) { unit = "%"; return p + 1; }
    return 0;
}

// "percentage points" and "ポイント" after the unit make a difference of percentages, not one.
bool followed_by_points(const std::string& text, std::size_t at) {
    std::size_t p = at;
    while (p < text.size() && text[p] == ' ') ++p;
    return starts_with_ci(text, p, "point") || starts_with_ci(text, p, "pt") || starts_with(text, p, "ポイント");
}

// Reads a number of any kind at `at`.
NumberRead read_any(const std::string& text, std::size_t at) {
    if (is_digit(text[at])) return read_digits(text, at);
    if (is_alpha(text[at])) return read_english_number(text, at);
    return read_kanji_number(text, at);
}

// Range connectors between two numbers: "3 to 3.5 percent", "3-5%", "3〜3.5％", "3から5%".
std::size_t read_connector(const std::string& text, std::size_t at) {
    for (const char* c : {" to ", "-", "–", " – ", " - ", "〜", "~", "から", "～"})
        if (starts_with(text, at, c)) return at + std::string_view(c).size();
    return 0;
}

}  // namespace

NumberRead read_number(const std::string& text, std::size_t at) {
    if (at >= text.size()) return {};
    return read_any(text, at);
}

void PercentExtractor::extract(const std::string& text, std::vector<Mention>& out) const {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        std::size_t next = i;
        const char32_t c = utf8::next(text, next);
        // Number words start with z, o, t, f, s, e or n (zero ... ninety); other letters cannot start one.
        const bool could_start = (c < 0x80 && (is_digit(static_cast<char>(c)) ||
                                               std::strchr("zotfsenZOTFSEN", static_cast<char>(c)) != nullptr)) ||
                                 kanji_digit(c) >= 0 || c == U'十';
        if (!could_start || !number_boundary(text, start) ||
            (c < 0x80 && is_alpha(static_cast<char>(c)) && start > 0 && is_alpha(text[start - 1]))) {
            i = next;
            continue;
        }
        NumberRead first = read_any(text, start);
        if (!first.ok) {
            i = next;
            continue;
        }
        std::vector<std::pair<double, std::size_t>> values{{first.value, first.end}};
        std::size_t p = first.end;
        std::string unit;
        std::size_t unit_end = read_unit(text, p, unit);
        // "between 3 and 5 percent", "3 to 3.5 percent": a second number carries the unit for both.
        if (!unit_end) {
            std::size_t q = read_connector(text, p);
            const bool between = start >= 8 && starts_with_ci(text, start - 8, "between ");
            if (!q && between && starts_with(text, p, " and ")) q = p + 5;
            if (q && q < text.size()) {
                const NumberRead second = read_any(text, q);
                if (second.ok && (unit_end = read_unit(text, second.end, unit))) values.push_back({second.value, second.end});
            }
        }
        double value = values.back().first;
        std::string rule = unit.empty() ? std::string() : "unit " + unit;
        // 3割 = 30, 2割5分 = 25, 1割2分5厘 = 12.5
        if (!unit_end && values.size() == 1 && starts_with(text, p, "割")) {
            value = first.value * 10;
            unit_end = p + std::string_view("割").size();
            const NumberRead bu = read_any(text, unit_end < text.size() ? unit_end : text.size() - 1);
            if (unit_end < text.size() && bu.ok && bu.value < 10 && starts_with(text, bu.end, "分")) {
                value += bu.value;
                unit_end = bu.end + std::string_view("分").size();
            }
            values[0].first = value;
            rule = "unit 割";
        }
        if (!unit_end || followed_by_points(text, unit_end)) {
            i = first.end > start ? first.end : next;
            continue;
        }
        std::string subject;
        if (subjects_) {
            // The sentence around the mention, case-folded for the cue search.
            std::size_t s = start, e = unit_end;
            while (s > 0 && text[s - 1] != '\n' && !(text[s - 1] == '.' && s < text.size() && text[s] == ' ') &&
                   !starts_with(text, s >= 3 ? s - 3 : 0, "。"))
                --s;
            while (e < text.size() && text[e] != '\n' && !(text[e] == '.' && (e + 1 == text.size() || text[e + 1] == ' ')) &&
                   !starts_with(text, e, "。"))
                ++e;
            subject = subjects_->subject_near(fold_case(text.substr(s, e - s)), start - s, unit_end - s);
        }
        for (const auto& v : values) {
            Mention m;
            m.facet = Facet::Percent;
            m.value = schema::format_percent(v.first);
            m.begin = start;
            m.end = unit_end;
            m.text = text.substr(start, unit_end - start);
            m.rule = values.size() > 1 ? rule + " (range)" : rule;
            m.of = subject;
            out.push_back(std::move(m));
        }
        i = unit_end;
    }
}

std::shared_ptr<const PercentSubjects> PercentSubjects::load(const std::string& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error(file + ": cannot read the percentage subjects");
    auto subjects = std::make_shared<PercentSubjects>();
    std::string line;
    for (int lineno = 1; std::getline(in, line); ++lineno) {
        if (line.empty() || line[0] == '#') continue;
        const std::size_t tab = line.find('\t');
        if (tab == std::string::npos || tab == 0)
            throw std::runtime_error(file + ":" + std::to_string(lineno) + ": expected subject<TAB>cue|cue...");
        const std::string subject = line.substr(0, tab);
        std::istringstream cues(line.substr(tab + 1));
        for (std::string cue; std::getline(cues, cue, '|');)
            if (!cue.empty()) subjects->cues_.emplace_back(fold_case(cue), subject);
    }
    return subjects;
}

std::string PercentSubjects::subject_near(const std::string& sentence, std::size_t begin, std::size_t end) const {
    std::string best;
    std::size_t best_distance = std::string::npos;
    for (const auto& [cue, subject] : cues_) {
        const bool ascii = is_ascii(cue);
        for (std::size_t at = sentence.find(cue); at != std::string::npos; at = sentence.find(cue, at + 1)) {
            // English cues must be whole words ("duty" not in "dutyfree"); Japanese ones are substrings.
            if (ascii && ((at > 0 && is_alpha(sentence[at - 1])) ||
                          (at + cue.size() < sentence.size() && is_alpha(sentence[at + cue.size()]) &&
                           sentence[at + cue.size()] != 's')))
                continue;
            const std::size_t distance = at >= end ? at - end : (at + cue.size() <= begin ? begin - at - cue.size() : 0);
            if (distance < best_distance) {
                best_distance = distance;
                best = subject;
            }
        }
    }
    return best;
}

}  // namespace geofacet
