#include "names/name_normaliser.h"

#include <algorithm>

#include "names/romaji.h"
#include "names/sound_match.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/utf8.h"

namespace geofacet {

namespace {
constexpr std::size_t kMaxCombinedReadings = 200;

void add_unique(std::vector<std::string>& list, std::string s) {
    if (!s.empty() && std::find(list.begin(), list.end(), s) == list.end()) list.push_back(std::move(s));
}
}  // namespace

NameNormaliser::NameNormaliser(std::shared_ptr<const NameDictionary> names, std::shared_ptr<const KoreanNames> korean,
                               std::shared_ptr<const KanaSounds> sounds, std::shared_ptr<const TaiwanSpelling> taiwan)
    : names_(std::move(names)), korean_(std::move(korean)), sounds_(std::move(sounds)), taiwan_(std::move(taiwan)) {}

std::vector<std::string> NameNormaliser::taiwan_syllables(std::string_view part) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < part.size();) {
        const std::size_t start = i;
        utf8::next(part, i);
        const std::string syllable = mandarin_.read(part.substr(start, i - start));
        if (syllable.empty()) return {};
        out.push_back(taiwan_ ? taiwan_->spell(syllable) : syllable);
    }
    return out;
}

std::string NameNormaliser::latin_part(std::string_view part) const {
    // A hyphenated part is a Korean or Chinese given name (Moon-soo, Wen-hsiang), not romaji to fold.
    if (part.find('-') != std::string_view::npos) {
        std::string letters;
        for (char c : strip_latin_diacritics(fold_case(part)))
            if (c != '-') letters += c;
        return letters;
    }
    return canonical_romaji(part);
}

std::vector<std::string> NameNormaliser::kana_part(std::string_view part) {
    std::vector<std::string> out;
    if (all_katakana(part))
        for (const std::string& latin : names_->latin(part)) add_unique(out, canonical_romaji(latin));
    add_unique(out, kana_.key(part));
    if (!all_katakana(part) || !evidence_.spellings) return out;
    const std::string sound = kana_sound(part);
    for (const std::string& key : sound_keys(sound, true))
        for (const std::string& entry : evidence_.spelled(key))
            if (!whole_name_entry(entry) && sounds_alike(sound, entry)) add_unique(out, entry);
    return out;
}

std::vector<std::string> NameNormaliser::kanji_part(std::string_view part, std::string_view mecab_reading) {
    std::vector<std::string> out;
    if (!mecab_reading.empty()) add_unique(out, kana_.key(mecab_reading));
    for (const NameReading& r : names_->readings(part)) add_unique(out, kana_.key(r.kana));
    return out;
}

std::vector<std::string> NameNormaliser::combined_readings(std::string_view part) {
    std::vector<std::string> out;
    const std::size_t chars = utf8::length(part);
    if (chars < 2 || chars > 3 || !has_kanji(part)) return out;
    std::vector<std::string> combos{""};
    for (std::size_t i = 0; i < part.size();) {
        const std::size_t start = i;
        utf8::next(part, i);
        const std::string ch(part.substr(start, i - start));
        std::vector<std::string> next;
        for (const std::string& prefix : combos)
            for (const NameReading& r : names_->readings(ch)) {
                if (next.size() >= kMaxCombinedReadings) break;
                next.push_back(prefix + r.kana);
            }
        combos = std::move(next);
        if (combos.empty()) break;
    }
    for (const std::string& kana : combos) add_unique(out, kana_.key(kana));
    return out;
}

std::vector<std::string> NameNormaliser::any_part(std::string_view part, std::string_view mecab_reading) {
    if (has_kanji(part)) return kanji_part(part, mecab_reading);
    if (has_japanese(part)) return kana_part(part);
    std::vector<std::string> out;
    add_unique(out, latin_part(part));
    return out;
}

std::string name_id(std::vector<std::string> parts) {
    std::sort(parts.begin(), parts.end());
    std::string id;
    for (const std::string& p : parts) id += (id.empty() ? "" : "-") + p;
    return id;
}

namespace {
void combine(const std::vector<std::vector<std::string>>& parts, std::size_t at, std::vector<std::string>& chosen,
             std::size_t limit, std::vector<std::vector<std::string>>& out) {
    if (out.size() >= limit) return;
    if (at == parts.size()) {
        out.push_back(chosen);
        return;
    }
    for (const std::string& c : parts[at]) {
        chosen.push_back(c);
        combine(parts, at + 1, chosen, limit, out);
        chosen.pop_back();
    }
}
}  // namespace

std::vector<std::vector<std::string>> all_combinations(const std::vector<std::vector<std::string>>& parts,
                                                       std::size_t limit) {
    std::vector<std::vector<std::string>> out;
    std::vector<std::string> chosen;
    combine(parts, 0, chosen, limit, out);
    return out;
}

std::vector<std::string> split_name(const std::string& name) {
    std::vector<std::string> parts(1);
    for (std::size_t i = 0; i < name.size();) {
        const std::size_t start = i;
        const char32_t c = utf8::next(name, i);
        if (c == U' ' || c == 0x3000 || c == 0x30FB || c == U'=' || c == 0x30A0) {
            if (!parts.back().empty()) parts.emplace_back();
        } else {
            parts.back().append(name, start, i - start);
        }
    }
    if (parts.back().empty()) parts.pop_back();
    return parts;
}

std::string title_case(const std::string& words) {
    std::string out = words;
    bool start = true;
    for (char& c : out) {
        if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        start = c == ' ' || c == '-';
    }
    return out;
}

}  // namespace geofacet
