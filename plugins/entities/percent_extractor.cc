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

// True when a number may start at byte `at`, whose character is `c`: a digit, a kanji numeral or the first
// letter of a number word (zero ... ninety start with z, o, t, f, s, e or n), glued to nothing before it.
bool number_may_start(const std::string& text, std::size_t at, char32_t c) {
    const bool could_start = (c < 0x80 && (is_digit(static_cast<char>(c)) ||
                                           std::strchr("zotfsenZOTFSEN", static_cast<char>(c)) != nullptr)) ||
                             is_kanji_numeral(c);
    return could_start && number_boundary(text, at) &&
           !(c < 0x80 && is_alpha(static_cast<char>(c)) && at > 0 && is_alpha(text[at - 1]));
}

// A percentage read at one place of the text.
struct PercentRead {
    std::vector<double> values;  // two for a range
    std::size_t end = 0;         // the byte after its unit; 0 when there is no percentage
    std::string rule;            // "unit percent", "unit 割" ...
};

// A unit right after the first number, or a second number after a range connector that carries the unit
// for both: "3 to 3.5 percent", "between 3 and 5 percent", "3〜3.5％", "２～３割" (20 and 30).
PercentRead read_unit_or_range(const std::string& text, std::size_t start, const NumberRead& first) {
    PercentRead r{{first.value}, 0, ""};
    std::string unit;
    r.end = read_unit(text, first.end, unit);
    if (!r.end) {
        std::size_t q = read_connector(text, first.end);
        const bool between = start >= 8 && starts_with_ci(text, start - 8, "between ");
        if (!q && between && starts_with(text, first.end, " and ")) q = first.end + 5;
        if (q && q < text.size()) {
            const NumberRead second = read_number(text, q);
            if (second.ok && (r.end = read_unit(text, second.end, unit))) {
                r.values.push_back(second.value);
            } else if (second.ok && starts_with(text, second.end, "割")) {
                r.values = {first.value * 10, second.value * 10};
                r.end = second.end + std::string_view("割").size();
                unit = "割";
            }
        }
    }
    r.rule = unit.empty() ? std::string() : "unit " + unit;
    return r;
}

// Tenths after one number, with hundredths after them: 3割 = 30, 2割5分 = 25.
PercentRead read_wari(const std::string& text, const NumberRead& first) {
    PercentRead r{{first.value * 10}, first.end + std::string_view("割").size(), "unit 割"};
    const std::size_t after = r.end;
    const NumberRead bu = read_number(text, after < text.size() ? after : text.size() - 1);
    if (after < text.size() && bu.ok && bu.value < 10 && starts_with(text, bu.end, "分")) {
        r.values[0] += bu.value;
        r.end = bu.end + std::string_view("分").size();
    }
    return r;
}

// The percentage whose first number, `first`, starts at byte `start`; its end is 0 when there is none (no
// unit, or a difference of percentages: "2 percentage points").
PercentRead read_percentage(const std::string& text, std::size_t start, const NumberRead& first) {
    PercentRead r = read_unit_or_range(text, start, first);
    if (!r.end && r.values.size() == 1 && starts_with(text, first.end, "割")) r = read_wari(text, first);
    if (r.end && followed_by_points(text, r.end)) r.end = 0;
    return r;
}

// The sentence around bytes [begin, end) of `text`: from the line break, ". " or "。" before to the one after.
std::pair<std::size_t, std::size_t> sentence_around(const std::string& text, std::size_t begin, std::size_t end) {
    std::size_t s = begin, e = end;
    while (s > 0 && text[s - 1] != '\n' && !(text[s - 1] == '.' && s < text.size() && text[s] == ' ') &&
           !starts_with(text, s >= 3 ? s - 3 : 0, "。"))
        --s;
    while (e < text.size() && text[e] != '\n' && !(text[e] == '.' && (e + 1 == text.size() || text[e + 1] == ' ')) &&
           !starts_with(text, e, "。"))
        ++e;
    return {s, e};
}

// Appends a mention of each value of percentage `r`, read at byte `start`, with what it is a percentage of
// when `subjects` (may be null) find a cue in its sentence.
void add_mentions(const std::string& text, std::size_t start, const PercentRead& r, const PercentSubjects* subjects,
                  std::vector<Mention>& out) {
    std::string subject;
    if (subjects) {
        const auto [s, e] = sentence_around(text, start, r.end);
        subject = subjects->subject_near(fold_case(text.substr(s, e - s)), start - s, r.end - s);
    }
    for (double value : r.values) {
        Mention m;
        m.facet = Facet::Percent;
        m.value = schema::format_percent(value);
        m.begin = start;
        m.end = r.end;
        m.text = text.substr(start, r.end - start);
        m.rule = r.values.size() > 1 ? r.rule + " (range)" : r.rule;
        m.of = subject;
        out.push_back(std::move(m));
    }
}

}  // namespace

void PercentExtractor::extract(const std::string& text, std::vector<Mention>& out) const {
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t next = i;
        const char32_t c = utf8::next(text, next);
        const NumberRead first = number_may_start(text, i, c) ? read_number(text, i) : NumberRead{};
        if (!first.ok) {
            i = next;
            continue;
        }
        const PercentRead r = read_percentage(text, i, first);
        if (!r.end) {
            i = first.end > i ? first.end : next;
            continue;
        }
        add_mentions(text, i, r, subjects_.get(), out);
        i = r.end;
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
