#include "entities/person_reading.h"

#include <algorithm>

#include "names/sound_match.h"
#include "text/normaliser.h"
#include "text/script.h"

namespace geofacet {

namespace {

// The first combination of `options` (at most `limit` tried) whose whole name the archive has seen
// written in Latin script; empty when none.
std::vector<std::string> confirmed(const std::vector<std::vector<std::string>>& options, std::size_t limit,
                                   const NameEvidence& evidence) {
    for (const auto& combo : all_combinations(options, limit))
        if (evidence(name_id(combo))) return combo;
    return {};
}

// The reading the archive confirms: 中谷一郎 reads Nakadani when an English article wrote "Ichiro
// Nakadani". The characters' readings are tried only when the dictionaries' fail, since they are many.
std::vector<std::string> reading_by_evidence(const NameCandidate& name,
                                             const std::vector<std::vector<std::string>>& options,
                                             NameNormaliser& names, const NameEvidence& evidence) {
    std::vector<std::string> chosen = confirmed(options, 256, evidence);
    if (!chosen.empty()) return chosen;
    std::vector<std::vector<std::string>> widened = options;
    for (std::size_t k = 0; k < options.size(); ++k)
        for (std::string& r : names.combined_readings(name.parts[k].surface))
            if (std::find(widened[k].begin(), widened[k].end(), r) == widened[k].end()) widened[k].push_back(r);
    // A Chinese name in its Mandarin reading, when the archive wrote it so (張暁剛, "Zhang Xiaogang").
    for (std::size_t k = 0; k < options.size(); ++k) {
        const std::string mandarin = names.mandarin(name.parts[k].surface);
        if (!mandarin.empty() && std::find(widened[k].begin(), widened[k].end(), mandarin) == widened[k].end())
            widened[k].push_back(mandarin);
    }
    return widened != options ? confirmed(widened, 1024, evidence) : chosen;
}

// Without evidence: MeCab's reading in context (each part's first); a family name MeCab did not read takes
// the reading a known family name confirms.
std::vector<std::string> reading_by_default(const NameCandidate& name,
                                            const std::vector<std::vector<std::string>>& options,
                                            const Gazetteer& gazetteer) {
    // The family name: the first part of a Japanese name, the last of an English one.
    const std::size_t family = name.family_first ? 0 : options.size() - 1;
    std::vector<std::string> chosen;
    for (std::size_t k = 0; k < options.size(); ++k) {
        const auto& part = options[k];
        const auto known = std::find_if(part.begin(), part.end(),
                                        [&](const std::string& o) { return gazetteer.by_family_name(o) != nullptr; });
        const bool mecab_read = !name.parts[k].reading.empty();
        chosen.push_back(k == family && !mecab_read && known != part.end() ? *known : part.front());
    }
    return chosen;
}

}  // namespace

std::vector<std::string> unknown_person_reading(const NameCandidate& name,
                                                const std::vector<std::vector<std::string>>& options,
                                                NameNormaliser& names, const NameEvidence& evidence,
                                                const Gazetteer& gazetteer) {
    std::vector<std::string> chosen;
    if (evidence) chosen = reading_by_evidence(name, options, names, evidence);
    return chosen.empty() ? reading_by_default(name, options, gazetteer) : chosen;
}

namespace {
// A part written in Latin script as an id's words: lower-case ASCII letters and hyphens ("Eun-ji" → "eun-ji").
std::string latin_id_part(const std::string& written) {
    std::string out;
    for (char c : strip_latin_diacritics(fold_case(written)))
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && !out.empty() && out.back() != '-')) out += c;
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}
}  // namespace

std::string person_id(const NameCandidate& name, const std::vector<std::string>& chosen, bool mandarin) {
    std::vector<std::string> words;
    for (std::size_t k = 0; k < chosen.size(); ++k) {
        const std::string& written = name.parts[k].surface;
        const std::string latin = has_japanese(written) ? "" : latin_id_part(written);
        words.push_back(latin.empty() ? chosen[k] : latin);
    }
    if (name.family_first && !mandarin && words.size() > 1) std::rotate(words.begin(), words.begin() + 1, words.end());
    std::string id;
    for (const std::string& w : words) id += (id.empty() ? "" : "-") + w;
    return id;
}

std::optional<SoundJoin> join_by_sound(const NameCandidate& name, NameNormaliser& names, const NameEvidence& evidence) {
    if (!evidence.spellings || name.parts.size() < 2) return std::nullopt;
    std::string sound;
    for (const WrittenPart& p : name.parts) {
        if (!all_katakana(p.surface)) return std::nullopt;
        sound += (sound.empty() ? "" : " ") + names.kana_latin(p.surface);
    }
    std::optional<SoundJoin> best;
    for (const std::string& key : sound_keys(sound, true))
        for (const std::string& entry : evidence.spelled(key)) {
            const std::size_t eq = entry.find('=');
            if (eq == std::string::npos) continue;
            const std::string written = entry.substr(eq + 1);
            const double distance = sound_distance(sound, written);
            if (sounds_alike(sound, written) && (!best || distance < best->distance))
                best = SoundJoin{entry.substr(0, eq), written, distance};
        }
    return best;
}

std::string id_in_other_order(const NameCandidate& name, const NameEvidence& evidence) {
    if (!evidence.spellings || name.parts.size() < 2) return "";
    std::vector<std::string> words;
    for (const WrittenPart& p : name.parts) {
        if (has_japanese(p.surface)) return "";
        words.push_back(latin_id_part(p.surface));
    }
    std::rotate(words.begin(), words.begin() + 1, words.end());  // family name first becomes last
    std::string other;
    for (const std::string& w : words) other += (other.empty() ? "" : " ") + w;
    for (const std::string& key : sound_keys(other, false))
        for (const std::string& entry : evidence.spelled(key)) {
            const std::size_t eq = entry.find('=');
            if (eq != std::string::npos && entry.compare(eq + 1, std::string::npos, other) == 0) return entry.substr(0, eq);
        }
    return "";
}

}  // namespace geofacet
