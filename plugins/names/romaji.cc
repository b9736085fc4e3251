#include "names/romaji.h"

#include <array>
#include <unordered_map>

#include "text/normaliser.h"

namespace geofacet {

namespace {

// Syllables in every common system, each with its Hepburn spelling. Longest first where one is a
// prefix of another is handled by trying lengths 4, 3, 2, 1.
struct Syllable {
    const char* written;
    const char* hepburn;
};

const Syllable kSyllables[] = {
    // 4 letters
    {"dzyu", "ju"}, {"dzya", "ja"}, {"dzyo", "jo"},
    // 3 letters
    {"shi", "shi"}, {"sha", "sha"}, {"shu", "shu"}, {"sho", "sho"}, {"she", "she"},
    {"chi", "chi"}, {"cha", "cha"}, {"chu", "chu"}, {"cho", "cho"}, {"che", "che"},
    {"tsu", "tsu"}, {"dzu", "zu"}, {"dji", "ji"},
    {"sya", "sha"}, {"syu", "shu"}, {"syo", "sho"}, {"sye", "she"},
    {"tya", "cha"}, {"tyu", "chu"}, {"tyo", "cho"}, {"tye", "che"}, {"cya", "cha"}, {"cyu", "chu"}, {"cyo", "cho"},
    {"zya", "ja"}, {"zyu", "ju"}, {"zyo", "jo"}, {"zye", "je"}, {"jya", "ja"}, {"jyu", "ju"}, {"jyo", "jo"},
    {"dya", "ja"}, {"dyu", "ju"}, {"dyo", "jo"},
    {"kya", "kya"}, {"kyu", "kyu"}, {"kyo", "kyo"}, {"gya", "gya"}, {"gyu", "gyu"}, {"gyo", "gyo"},
    {"nya", "nya"}, {"nyu", "nyu"}, {"nyo", "nyo"}, {"hya", "hya"}, {"hyu", "hyu"}, {"hyo", "hyo"},
    {"bya", "bya"}, {"byu", "byu"}, {"byo", "byo"}, {"pya", "pya"}, {"pyu", "pyu"}, {"pyo", "pyo"},
    {"mya", "mya"}, {"myu", "myu"}, {"myo", "myo"}, {"rya", "rya"}, {"ryu", "ryu"}, {"ryo", "ryo"},
    // 2 letters
    {"ka", "ka"}, {"ki", "ki"}, {"ku", "ku"}, {"ke", "ke"}, {"ko", "ko"},
    {"ga", "ga"}, {"gi", "gi"}, {"gu", "gu"}, {"ge", "ge"}, {"go", "go"},
    {"sa", "sa"}, {"si", "shi"}, {"su", "su"}, {"se", "se"}, {"so", "so"},
    {"za", "za"}, {"zi", "ji"}, {"zu", "zu"}, {"ze", "ze"}, {"zo", "zo"},
    {"ta", "ta"}, {"ti", "chi"}, {"tu", "tsu"}, {"te", "te"}, {"to", "to"},
    {"da", "da"}, {"di", "ji"}, {"du", "zu"}, {"de", "de"}, {"do", "do"},
    {"na", "na"}, {"ni", "ni"}, {"nu", "nu"}, {"ne", "ne"}, {"no", "no"},
    {"ha", "ha"}, {"hi", "hi"}, {"hu", "fu"}, {"fu", "fu"}, {"he", "he"}, {"ho", "ho"},
    {"ba", "ba"}, {"bi", "bi"}, {"bu", "bu"}, {"be", "be"}, {"bo", "bo"},
    {"pa", "pa"}, {"pi", "pi"}, {"pu", "pu"}, {"pe", "pe"}, {"po", "po"},
    {"ma", "ma"}, {"mi", "mi"}, {"mu", "mu"}, {"me", "me"}, {"mo", "mo"},
    {"ya", "ya"}, {"yu", "yu"}, {"yo", "yo"}, {"ye", "e"},
    {"ra", "ra"}, {"ri", "ri"}, {"ru", "ru"}, {"re", "re"}, {"ro", "ro"},
    {"wa", "wa"}, {"wo", "o"},
    {"ja", "ja"}, {"ji", "ji"}, {"ju", "ju"}, {"jo", "jo"}, {"je", "je"},
    {"fa", "fa"}, {"fi", "fi"}, {"fe", "fe"}, {"fo", "fo"},
    // 1 letter
    {"a", "a"}, {"i", "i"}, {"u", "u"}, {"e", "e"}, {"o", "o"},
};

bool vowel(char c) { return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o'; }

const char* find_syllable(std::string_view s, std::size_t at, std::size_t& length) {
    static const std::unordered_map<std::string_view, const char*> table = [] {
        std::unordered_map<std::string_view, const char*> t;
        for (const Syllable& syl : kSyllables) t.emplace(syl.written, syl.hepburn);
        return t;
    }();
    for (std::size_t len = 4; len >= 1; --len) {
        if (at + len > s.size()) continue;
        const auto it = table.find(s.substr(at, len));
        if (it != table.end()) {
            length = len;
            return it->second;
        }
    }
    return nullptr;
}

// Parses `s` (lower-case ASCII letters) as romaji; returns false when a letter is left over.
bool parse(std::string_view s, std::string& out) {
    out.clear();
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        // The syllabic n: before a consonant other than y, at the end, or written nn/n' before a vowel.
        if ((c == 'n' || c == 'm') && (i + 1 == s.size() || (!vowel(s[i + 1]) && s[i + 1] != 'y'))) {
            const char next = i + 1 < s.size() ? s[i + 1] : 0;
            if (c == 'm' && next != 'b' && next != 'm' && next != 'p') return false;  // "Adam" is not romaji
            out += 'n';
            ++i;
            if (c == 'n' && next == 'n' && i + 1 < s.size() && !vowel(s[i + 1]) && s[i + 1] != 'y') ++i;  // "nn" = ん
            continue;
        }
        // A doubled consonant (sokuon): kk, ss, tt, pp; tch.
        if (i + 1 < s.size() && !vowel(c) && c != 'n' && (s[i + 1] == c || (c == 't' && s[i + 1] == 'c'))) {
            out += (c == 'c') ? 't' : c;
            ++i;
            continue;
        }
        std::size_t len = 0;
        const char* syl = find_syllable(s, i, len);
        if (!syl) return false;
        out += syl;
        i += len;
        // Long vowels: oo, uu, ou, and oh before a consonant or the end. A doubled i, a or e is two
        // syllables in names (Fujii, Seiichi, Niigata), never folded.
        const char v = out.back();
        if (v == 'o' || v == 'u') {
            while (i < s.size() && (s[i] == v || (v == 'o' && s[i] == 'u'))) {
                if (v == 'o' && s[i] == 'u' && i + 1 < s.size() && vowel(s[i + 1])) break;  // "ou" + vowel: う starts a syllable
                ++i;
            }
            if (v == 'o' && i < s.size() && s[i] == 'h' && (i + 1 == s.size() || !vowel(s[i + 1]))) ++i;
        }
    }
    return true;
}

std::string ascii_letters(std::string_view latin) {
    const std::string folded = strip_latin_diacritics(fold_case(latin));
    std::string letters;
    for (char c : folded)
        if (c >= 'a' && c <= 'z') letters += c;
        else if (c == '\'' || c == '-' || c == '.' || c == ' ') continue;
        else letters += c;
    return letters;
}

}  // namespace

bool reads_as_romaji(std::string_view latin) {
    std::string out;
    return !latin.empty() && parse(latin, out);
}

std::string canonical_romaji(std::string_view latin) {
    const std::string letters = ascii_letters(latin);
    std::string out;
    if (!letters.empty() && parse(letters, out)) return out;
    return letters;
}

}  // namespace geofacet
