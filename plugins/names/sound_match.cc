#include "names/sound_match.h"

#include <algorithm>
#include <cstring>

#include "text/normaliser.h"

namespace geofacet {

namespace {

// A sound as a letter, with where it stands in its word.
struct Letter {
    char c;
    bool word_start, word_end;
};

bool vowel(char c) { return std::strchr("aeiou", c) != nullptr; }

// A Latin digraph or letter and the letters it sounds as in a Japanese ear.
struct Respelling {
    const char* from;
    const char* to;
};

// Longest first. Only Latin spellings are respelled: ICU's romaji of katakana is already phonetic.
// "th" becomes q, a letter no other spelling leaves (q is respelled k): Japanese hears it as s (Smith,
// スミス) or t (Thanh, タイン). Polish drz is ジ (Andrzej, アンジェイ).
const Respelling kLatinRespellings[] = {
    {"sch", "sh"}, {"tch", "ch"}, {"dzh", "j"}, {"drz", "j"}, {"ph", "f"}, {"kh", "h"}, {"gh", "g"}, {"th", "q"},
    {"dh", "d"},   {"ck", "k"},   {"zh", "j"},  {"tz", "ts"}, {"ee", "i"}, {"oo", "u"}, {"ou", "u"},
    {"q", "k"},    {"x", "ks"},
};

// The letters of `text` as sounds: ASCII, l as r, v as b, y as i, Latin digraphs respelled, a doubled
// letter once (a doubled consonant is katakana's ッ, a doubled vowel its long mark).
std::vector<Letter> sounds(std::string_view text, bool from_kana) {
    const std::string folded = strip_latin_diacritics(fold_case(text));
    std::string s;
    std::vector<bool> starts;
    bool start = true;
    char raw = 0;  // the last letter put in `s`, as written
    for (std::size_t i = 0; i < folded.size();) {
        const char c = folded[i];
        if (c < 'a' || c > 'z') {
            start = start || c != '\'';  // ICU's "shin'ichi" is one word
            ++i;
            continue;
        }
        std::string out(1, c);
        std::size_t used = 1;
        if (!from_kana) {
            for (const Respelling& r : kLatinRespellings)
                if (folded.compare(i, std::strlen(r.from), r.from) == 0) {
                    out = r.to;
                    used = std::strlen(r.from);
                    break;
                }
            // German z after a consonant is ツ: Merz, Scholz; after a vowel it is ズ (Aziz, Fernandez).
            if (out == "z" && i > 0 && !vowel(folded[i - 1]) && !start) out = "ts";
            if (out == "c" && folded.compare(i, 2, "ch") != 0)
                out = (i + 1 < folded.size() && std::strchr("eiy", folded[i + 1])) ? "s" : "k";
        }
        for (char o : out) {
            // A letter doubled as written, not as heard: Carlos keeps its r and l (カルロス).
            const bool doubled = !s.empty() && raw == o && !start;
            raw = o;
            o = o == 'l' ? 'r' : o == 'v' ? 'b' : o == 'y' ? 'i' : o;
            if (doubled) continue;
            s += o;
            starts.push_back(start);
            start = false;
        }
        i += used;
    }
    std::vector<Letter> letters;
    for (std::size_t i = 0; i < s.size(); ++i)
        letters.push_back(Letter{s[i], starts[i], i + 1 == s.size() || starts[i + 1]});
    return letters;
}

constexpr double kHard = 10;

bool similar_consonants(char a, char b) {
    // wb: ウォ for vo (ウォロディミル, Volodymyr).
    static const char* const kPairs[] = {"kg", "td", "sz", "pb", "fb", "fh", "jh", "jz", "ji", "jd", "tc", "sc", "jg", "wb"};
    for (const char* p : kPairs)
        if ((a == p[0] && b == p[1]) || (a == p[1] && b == p[0])) return true;
    return false;
}

double letter_substitution(char k, char l) {
    if (k == l) return 0;
    if (l == 'q') return (k == 's' || k == 't') ? 0.1 : kHard;  // th
    if (vowel(k) && vowel(l)) {
        static const char* const kNear[] = {"ei", "ou", "au", "ao"};
        for (const char* p : kNear)
            if ((k == p[0] && l == p[1]) || (k == p[1] && l == p[0])) return 0.3;
        return 0.5;
    }
    if ((k == 'n' && l == 'm') || (k == 'm' && l == 'n')) return 0.5;
    return !vowel(k) && !vowel(l) && similar_consonants(k, l) ? 0.5 : kHard;
}

// Katakana sound `k` written as Latin letter `l[j]`.
double substitution(char k, const std::vector<Letter>& l, std::size_t j) {
    const char c = l[j].c;
    const bool next_consonant = !l[j].word_end && !vowel(l[j + 1].c);
    if (k == 'a' && c == 'e' && !l[j].word_end && l[j + 1].c == 'r' && l[j + 1].word_end) return 0.2;  // ミラー
    if (k == 'n' && c == 'm' && next_consonant) return 0.1;  // ン for m before b and p: トランプ
    if (k == 'j' && c == 'z' && !l[j].word_end && l[j + 1].c == 'i') return 0.1;  // ジ is zi too: Aziz, アジズ
    if (k == 'i' && c == 'j' && j > 0 && vowel(l[j - 1].c)) return 0.2;           // Polish j: Andrzej, アンジェイ
    return letter_substitution(k, c);
}

// A katakana sound the Latin spelling lacks: the vowel Japanese adds after a consonant (ラブロ[フ], ドク[ス]),
// the h of shi and chi.
double kana_only(const std::vector<Letter>& k, std::size_t i) {
    const char c = k[i].c;
    const bool after_consonant = i > 0 && !k[i].word_start && !vowel(k[i - 1].c);
    const bool before_consonant = k[i].word_end || !vowel(k[i + 1].c);
    if (vowel(c) && after_consonant && before_consonant) {
        if (c == 'u') return 0.1;
        if (c == 'o' && std::strchr("tdh", k[i - 1].c)) return 0.15;
        if (c == 'i' && std::strchr("hj", k[i - 1].c)) return 0.15;
    }
    // ル before a vowel where the Latin runs on (アブドルアジズ, Abdulaziz: Japanese hears Abdul-aziz).
    if (c == 'u' && after_consonant && !k[i].word_end && k[i - 1].c == 'r') return 0.4;
    if (c == 'h' && i > 0 && std::strchr("sc", k[i - 1].c)) return 0.2;
    if (c == 's' && i > 0 && k[i - 1].c == 't') return 0.1;           // ツ for z: メルツ
    if (c == 'a' && k[i].word_end && i > 0 && std::strchr("ie", k[i - 1].c)) return 0.2;  // グリア for -eer
    if (vowel(c) && i > 0 && vowel(k[i - 1].c)) return 0.8;            // ミレイ is not Miller
    return vowel(c) ? 0.6 : kHard;
}

// A Latin letter katakana does not write: h, w (not before a), a silent final e, r after a vowel (ミラー), a Korean initial
// l (Lee, イ), g after n (Yong, ヨン), one of two vowels side by side (Jae, ジェ).
double latin_only(const std::vector<Letter>& l, std::size_t j) {
    const char c = l[j].c;
    const bool after_vowel = j > 0 && !l[j].word_start && vowel(l[j - 1].c);
    const bool before_vowel = !l[j].word_end && vowel(l[j + 1].c);
    // Japanese writes wa as ワ: a w before a that the katakana lacks is another name (アジア is not Warjiyo).
    if (c == 'w' && before_vowel && l[j + 1].c == 'a') return 0.6;
    if (c == 'h' || c == 'w') return 0.2;
    if (vowel(c)) {
        if (c == 'e' && l[j].word_end && j > 0 && !vowel(l[j - 1].c)) return 0.2;
        return (after_vowel || before_vowel) ? 0.3 : 0.6;
    }
    if (c == 'r' && after_vowel && !before_vowel) return 0.3;
    if (c == 'r' && l[j].word_start) return 0.3;
    if (c == 'g' && j > 0 && l[j - 1].c == 'n' && !before_vowel) return 0.2;
    if (c == 'n' && l[j].word_start && !l[j].word_end && l[j + 1].c == 'g') return 0.2;  // Nguyen, グエン
    return kHard;
}

}  // namespace

double sound_distance(std::string_view kana_latin, std::string_view latin) {
    const std::vector<Letter> k = sounds(kana_latin, true), l = sounds(latin, false);
    if (k.empty() || l.empty()) return kHard;
    std::vector<std::vector<double>> d(k.size() + 1, std::vector<double>(l.size() + 1, 0));
    for (std::size_t i = 1; i <= k.size(); ++i) d[i][0] = d[i - 1][0] + kana_only(k, i - 1);
    for (std::size_t j = 1; j <= l.size(); ++j) d[0][j] = d[0][j - 1] + latin_only(l, j - 1);
    for (std::size_t i = 1; i <= k.size(); ++i)
        for (std::size_t j = 1; j <= l.size(); ++j)
            d[i][j] = std::min({d[i - 1][j - 1] + substitution(k[i - 1].c, l, j - 1),
                                d[i - 1][j] + kana_only(k, i - 1), d[i][j - 1] + latin_only(l, j - 1)});
    return std::min(d[k.size()][l.size()], kHard);
}

bool sounds_alike(std::string_view kana_latin, std::string_view latin) {
    const double allowed = 0.2 + 0.1 * static_cast<double>(sounds(latin, false).size());
    return sound_distance(kana_latin, latin) <= allowed + 1e-9;
}

namespace {

// The classes a sound may have in a key; "" for none. Two for a letter heard two ways.
std::vector<std::string> sound_classes(const std::vector<Letter>& s, std::size_t i, bool from_kana) {
    const char c = s[i].c;
    if (vowel(c) || std::strchr("hr", c)) return {""};
    if (c == 'w') return {"", "P"};                       // German w is a v, ウォ a vo
    // Vietnamese ng, which Japanese writes グ: Nguyen, グエン.
    if (c == 'n' && !from_kana && s[i].word_start && !s[i].word_end && s[i + 1].c == 'g') return {"N", ""};
    if (std::strchr("kg", c)) {
        const bool after_n = i > 0 && s[i - 1].c == 'n' && (s[i].word_end || !vowel(s[i + 1].c));
        if (c == 'g' && !from_kana && after_n) return {"", "K"};  // Yong ヨン, King キング
        if (c == 'g' && !from_kana && !s[i].word_end && std::strchr("ei", s[i + 1].c)) return {"K", "T"};
        return {"K"};
    }
    if (c == 'j' && !from_kana) return {"T", ""};          // Spanish j is an h: Javier, ハビエル
    if (c == 'f' && from_kana) return {"P", ""};           // フ is also hu: フー for Hu
    if (std::strchr("sztdjcq", c)) return {"T"};
    if (std::strchr("pbf", c)) return {"P"};
    if (std::strchr("mn", c)) return {"N"};
    return {std::string(1, static_cast<char>(c - 'a' + 'A'))};
}

}  // namespace

std::vector<std::string> sound_keys(std::string_view latin, bool from_kana) {
    constexpr std::size_t kMaxKeys = 8;
    const std::vector<Letter> s = sounds(latin, from_kana);
    std::vector<std::string> keys{""};
    for (std::size_t i = 0; i < s.size(); ++i) {
        std::vector<std::string> next;
        for (const std::string& key : keys)
            for (const std::string& cls : sound_classes(s, i, from_kana)) {
                std::string k = key;
                if (!cls.empty() && (k.empty() || k.back() != cls[0])) k += cls;
                if (next.size() < kMaxKeys && std::find(next.begin(), next.end(), k) == next.end()) next.push_back(k);
            }
        keys = std::move(next);
    }
    return keys;
}

}  // namespace geofacet
