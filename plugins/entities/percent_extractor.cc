#include "entities/percent_extractor.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

#include "entities/numbers.h"
#include "schema/schema.h"
#include "text/normaliser.h"
#include "util/data_file.h"
#include "util/split.h"
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

// Range connectors between two numbers: "3 to 3.5 percent", "3-5%", "3〜3.5％", "3から5%".
std::size_t read_connector(const std::string& text, std::size_t at) {
    for (const char* c : {" to ", "-", "–", " – ", " - ", "〜", "~", "から", "～"})
        if (starts_with(text, at, c)) return at + std::string_view(c).size();
    return 0;
}

}  // namespace

void PercentExtractor::extract(const std::string& text, std::vector<Mention>& out) const {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        std::size_t next = i;
        const char32_t c = utf8::next(text, next);
        // Number words start with z, o, t, f, s, e or n (zero ... ninety); other letters cannot start one.
        const bool could_start = (c < 0x80 && (is_digit(static_cast<char>(c)) ||
                                               std::strchr("zotfsenZOTFSEN", static_cast<char>(c)) != nullptr)) ||
                                 is_kanji_numeral(c);
        if (!could_start || !number_boundary(text, start) ||
            (c < 0x80 && is_alpha(static_cast<char>(c)) && start > 0 && is_alpha(text[start - 1]))) {
            i = next;
            continue;
        }
        NumberRead first = read_number(text, start);
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
                const NumberRead second = read_number(text, q);
                if (second.ok && (unit_end = read_unit(text, second.end, unit))) {
                    values.push_back({second.value, second.end});
                } else if (second.ok && starts_with(text, second.end, "割")) {  // ２～３割: 20 and 30
                    values = {{first.value * 10, first.end}, {second.value * 10, second.end}};
                    unit_end = second.end + std::string_view("割").size();
                    unit = "割";
                }
            }
        }
        double value = values.back().first;
        std::string rule = unit.empty() ? std::string() : "unit " + unit;
        // 3割 = 30, 2割5分 = 25, 1割2分5厘 = 12.5
        if (!unit_end && values.size() == 1 && starts_with(text, p, "割")) {
            value = first.value * 10;
            unit_end = p + std::string_view("割").size();
            const NumberRead bu = read_number(text, unit_end < text.size() ? unit_end : text.size() - 1);
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
    auto subjects = std::make_shared<PercentSubjects>();
    read_data_file(file, [&](const DataRecord& r) {
        if (r.field(0).empty()) throw r.error("expected subject<TAB>cue|cue...");
        for (const std::string& cue : split(r.field(1), '|'))
            if (!cue.empty()) subjects->cues_.emplace_back(fold_case(cue), r.field(0));
    }, 2, "subject<TAB>cue|cue...");
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
