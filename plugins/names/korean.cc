#include "names/korean.h"

#include <algorithm>

#include "text/kanji_variants.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/data_file.h"
#include "util/split.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

constexpr char32_t kFirstSyllable = 0xAC00;  // hangul syllables are numbered from here
constexpr std::size_t kMaxGivenReadings = 32;

// The non-empty fields of a comma-separated list.
std::vector<std::string> comma_list(const std::string& field) {
    std::vector<std::string> out = split(field, ',');
    out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());
    return out;
}

std::vector<std::string> syllables_of(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        utf8::next(text, i);
        out.emplace_back(text.substr(start, i - start));
    }
    return out;
}

// Every way of taking one alternative per syllable, hyphenated, the likeliest (first alternatives) first.
std::vector<std::string> readings_by_syllable(const std::vector<std::vector<std::string>>& syllables) {
    std::vector<std::string> out{""};
    for (const auto& alternatives : syllables) {
        std::vector<std::string> next;
        for (const std::string& prefix : out)
            for (const std::string& a : alternatives)
                if (next.size() < kMaxGivenReadings) next.push_back(prefix + (prefix.empty() ? "" : "-") + a);
        out = std::move(next);
    }
    return out;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

}  // namespace

std::shared_ptr<const KoreanNames> KoreanNames::load(const std::string& dir) {
    auto k = std::make_shared<KoreanNames>();
    k->load_romanization(dir + "/hangul-romanization.tsv");
    k->load_families(dir + "/korean-family-names.tsv");
    k->load_hanja(dir + "/hanja-hangul.tsv");
    k->load_katakana(dir + "/korean-katakana.tsv");
    return k;
}

void KoreanNames::load_romanization(const std::string& path) {
    read_data_file(path, [&](const DataRecord& r) {
        const std::string latin = r.field(2) == "-" ? "" : r.field(2);
        if (r.field(0) == "initial") initial_.push_back(latin);
        else if (r.field(0) == "vowel") vowel_.push_back(latin);
        else if (r.field(0) == "final") final_.push_back(latin);
        else throw r.error("position must be initial, vowel or final");
    }, 3, "position<TAB>jamo<TAB>latin");
    if (initial_.size() != 19 || vowel_.size() != 21 || final_.size() != 28)
        throw DataFileError(path, 0, "expected 19 initials, 21 vowels and 28 finals");
}

void KoreanNames::load_families(const std::string& path) {
    read_data_file(path, [&](const DataRecord& r) {
        Family f;
        for (const std::string& latin : comma_list(r.field(3))) f.latin.push_back(fold_case(latin));
        if (f.latin.empty()) throw r.error("a family name needs a Latin spelling");
        for (const std::string& hanja : comma_list(r.field(1))) {
            std::size_t i = 0;
            family_hanja_.emplace(standard_kanji(utf8::next(hanja, i)), r.field(0));  // as the text is folded
        }
        for (const std::string& kana : comma_list(r.field(2))) family_kana_[kana].push_back(r.field(0));
        family_.emplace(r.field(0), std::move(f));
    }, 4, "hangul<TAB>hanja<TAB>katakana<TAB>latin");
}

void KoreanNames::load_hanja(const std::string& path) {
    read_data_file(path, [&](const DataRecord& r) {
        const std::string& hanja = r.field(1);
        // Keyed by the folded form, as the text is (濤 → 涛, 嚴 → 厳); the first row wins.
        for (std::size_t i = 0; i < hanja.size();) hanja_.emplace(standard_kanji(utf8::next(hanja, i)), r.field(0));
    }, 2, "hangul<TAB>hanja");
}

void KoreanNames::load_katakana(const std::string& path) {
    read_data_file(path, [&](const DataRecord& r) {
        if (r.field(0) == "mora") mora_[r.field(1)] = comma_list(r.field(2));
        else if (r.field(0) == "final") final_kana_[r.field(1)] = comma_list(r.field(2));
        else throw r.error("kind must be mora or final");
    }, 3, "kind<TAB>katakana<TAB>latin");
}

std::string KoreanNames::romanize(std::string_view hangul) const {
    std::string out;
    for (std::size_t i = 0; i < hangul.size();) {
        const char32_t c = utf8::next(hangul, i);
        if (!is_hangul(c)) return "";
        const std::size_t s = c - kFirstSyllable;
        out += (out.empty() ? "" : "-") + initial_[s / 588] + vowel_[(s % 588) / 28] + final_[s % 28];
    }
    return out;
}

std::string KoreanNames::hangul_of_hanja(std::string_view hanja) const {
    std::string out;
    bool first = true;
    for (std::size_t i = 0; i < hanja.size(); first = false) {
        const char32_t c = utf8::next(hanja, i);
        const auto family = family_hanja_.find(c);
        const auto given = hanja_.find(c);
        if (first && family != family_hanja_.end()) out += family->second;
        else if (given != hanja_.end()) out += given->second;
        else if (family != family_hanja_.end()) out += family->second;
        else return "";
    }
    return out;
}

bool KoreanNames::family_hanja(std::string_view hanja) const {
    std::size_t i = 0;
    return !hanja.empty() && family_hanja_.count(utf8::next(hanja, i)) > 0;
}

KoreanReading KoreanNames::read_hangul(std::string_view hangul) const {
    const std::vector<std::string> syllables = syllables_of(hangul);
    const std::string latin = romanize(hangul);
    if (syllables.size() < 2 || syllables.size() > 4 || latin.empty()) return {};
    const auto family = family_.find(syllables.front());
    if (family == family_.end()) return {};
    return KoreanReading{family->second.latin, {latin.substr(latin.find('-') + 1)}};
}

std::vector<std::string> KoreanNames::family_latin(std::string_view hangul) const {
    const auto family = family_.find(std::string(hangul));
    return family == family_.end() ? std::vector<std::string>{} : family->second.latin;
}

KoreanReading KoreanNames::read_katakana(const std::vector<std::string>& parts) const {
    if (parts.size() < 2) return {};
    const auto families = family_kana_.find(parts.front());
    if (families == family_kana_.end()) return {};
    KoreanReading out;
    for (const std::string& hangul : families->second)
        for (const std::string& latin : family_.at(hangul).latin)
            if (std::find(out.family.begin(), out.family.end(), latin) == out.family.end()) out.family.push_back(latin);
    std::vector<std::vector<std::string>> syllables;
    for (std::size_t k = 1; k < parts.size(); ++k)
        if (!katakana_syllables(parts[k], syllables)) return {};
    out.given = readings_by_syllable(syllables);
    return out;
}

// Reads katakana `kana` syllable by syllable into `out`: a mora (the longest the table has, ミョ before ミ)
// and the kana that closes it (ク in シク, ン in ハン) unless that kana starts the next mora (ク in クァ).
// False when a kana reads as no Korean syllable.
bool KoreanNames::katakana_syllables(std::string_view kana, std::vector<std::vector<std::string>>& out) const {
    const std::vector<std::string> chars = syllables_of(kana);
    const auto mora_at = [&](std::size_t i, std::size_t& length) -> const std::vector<std::string>* {
        for (length = 2; length >= 1; --length) {
            if (i + length > chars.size()) continue;
            std::string m;
            for (std::size_t k = i; k < i + length; ++k) m += chars[k];
            const auto it = mora_.find(m);
            if (it != mora_.end()) return &it->second;
        }
        return nullptr;
    };
    const std::size_t before = out.size();
    for (std::size_t i = 0; i < chars.size();) {
        if (chars[i] == "\u30FC") { ++i; continue; }  // a long vowel mark adds nothing in Korean
        std::size_t length = 0;
        const std::vector<std::string>* mora = mora_at(i, length);
        if (!mora) return false;
        i += length;
        std::vector<std::string> closings{""};
        const auto closing = i < chars.size() ? final_kana_.find(chars[i]) : final_kana_.end();
        std::size_t next_length = 0;
        if (closing != final_kana_.end() && !(mora_at(i, next_length) && next_length == 2)) {
            closings = closing->second;
            ++i;
        }
        std::vector<std::string> syllable;
        for (const std::string& m : *mora)
            for (const std::string& c : closings) syllable.push_back(m + c);
        out.push_back(std::move(syllable));
    }
    return out.size() > before;
}

std::string KoreanNames::fold(std::string_view latin) {
    std::string s;
    for (char c : latin)
        if (c >= 'A' && c <= 'Z') s += static_cast<char>(c - 'A' + 'a');
        else if (c >= 'a' && c <= 'z') s += c;
    for (const auto& [from, to] : {std::pair{"ack", "aek"}, {"aik", "aek"}, {"ck", "k"}, {"eo", "u"}, {"oo", "u"}, {"ou", "u"}, {"eu", "u"},
                                   {"ee", "i"}, {"ui", "i"}, {"ch", "j"}, {"sh", "s"}, {"wu", "u"}})
        replace_all(s, from, to);
    for (char& c : s)
        if (c == 'g') c = 'k';
        else if (c == 'd') c = 't';
        else if (c == 'b') c = 'p';
        else if (c == 'r') c = 'l';
    return s;
}

}  // namespace geofacet
