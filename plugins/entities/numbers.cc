#include "entities/numbers.h"

#include <string_view>
#include <unordered_map>
#include <utility>

#include "util/utf8.h"

namespace geofacet {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

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

}  // namespace

bool is_kanji_numeral(char32_t c) { return kanji_digit(c) >= 0 || c == U'十'; }

NumberRead read_number(const std::string& text, std::size_t at) {
    if (at >= text.size()) return {};
    if (is_digit(text[at])) return read_digits(text, at);
    if (is_alpha(text[at])) return read_english_number(text, at);
    return read_kanji_number(text, at);
}

}  // namespace geofacet
