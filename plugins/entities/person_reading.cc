#include "entities/person_reading.h"

#include <algorithm>

#include "names/sound_match.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/utf8.h"

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

namespace {
// `written` without its spaces and hyphens: "huang mei-ling" → "huangmeiling".
std::string unspaced(const std::string& written) {
    std::string out;
    for (char c : written)
        if (c != ' ' && c != '-') out += c;
    return out;
}

// The id under which the archive wrote the Chinese name read `words` ("lin pei chun") with other hyphens or
// spaces, or "".
std::string archive_id(const std::string& words, const NameEvidence& evidence) {
    for (const std::string& key : sound_keys(words, false))
        for (const std::string& entry : evidence.spelled(key)) {
            const std::optional<WholeNameEntry> whole = whole_name_entry(entry);
            if (whole && unspaced(whole->written) == unspaced(words)) return whole->id;
        }
    return "";
}

}  // namespace

std::string mandarin_id(const NameCandidate& name, const std::vector<std::string>& chosen, bool taiwan,
                        NameNormaliser& names, const NameEvidence& evidence) {
    std::string words;
    for (const std::string& w : chosen) words += (words.empty() ? "" : " ") + w;
    const std::string written = archive_id(words, evidence);
    if (!written.empty()) return written;
    if (name.parts.size() != 2) return person_id(name, chosen, true);
    // Taiwan spells its people's names its own way, the given name hyphenated: 林佩君 is Lin Pei-chun. The
    // archive's writing of that spelling names the person wherever the text stands; without it, only a text
    // about Taiwan there does.
    const std::vector<std::string> family = names.taiwan_syllables(name.parts[0].surface);
    const std::vector<std::string> given = names.taiwan_syllables(name.parts[1].surface);
    if (family.empty() || given.empty()) return person_id(name, chosen, true);
    std::string id, spelled;
    for (const std::string& f : family) id += f;
    spelled = id + " ";
    for (const std::string& g : given) id += "-" + g, spelled += g;
    const std::string taiwanese = archive_id(spelled, evidence);
    if (!taiwanese.empty()) return taiwanese;
    return taiwan ? id : person_id(name, chosen, true);
}

bool archived_in_mandarin(const NameCandidate& name, NameNormaliser& names, const NameEvidence& evidence) {
    if (!evidence.spellings || !name.hanzi || name.parts.size() != 2) return false;
    const std::string family = names.mandarin(name.parts[0].surface), given = names.mandarin(name.parts[1].surface);
    if (family.empty() || given.empty()) return false;
    const std::string id = mandarin_id(name, {family, given}, false, names, evidence);
    return id != person_id(name, {family, given}, true);  // not the fallback: the archive wrote it
}

std::optional<SoundJoin> join_by_sound(const NameCandidate& name, NameNormaliser& names, const NameEvidence& evidence) {
    if (!evidence.spellings || name.parts.size() < 2) return std::nullopt;
    std::string sound;
    for (const WrittenPart& p : name.parts) {
        if (!all_katakana(p.surface)) return std::nullopt;
        sound += (sound.empty() ? "" : " ") + names.kana_sound(p.surface);
    }
    std::optional<SoundJoin> best;
    for (const std::string& key : sound_keys(sound, true))
        for (const std::string& entry : evidence.spelled(key)) {
            const std::optional<WholeNameEntry> whole = whole_name_entry(entry);
            if (!whole) continue;
            const double distance = sound_distance(sound, whole->written);
            if (sounds_alike(sound, whole->written) && (!best || distance < best->distance))
                best = SoundJoin{whole->id, whole->written, distance};
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
            const std::optional<WholeNameEntry> whole = whole_name_entry(entry);
            if (whole && whole->written == other) return whole->id;
        }
    return "";
}

namespace {

// True when written part `p` is a Japanese given name: MeCab tags it so, or ENAMDICT knows it as one.
bool japanese_given_name(const WrittenPart& p, NameNormaliser& names) {
    for (const NameReading& r : names.dictionary().readings(p.surface))
        if (r.types.find_first_of("gmf") != std::string::npos) return true;
    return false;
}

// "rhee chang-yong" → "Rhee Chang-yong": a capital at the start of each word, not after its hyphens.
std::string korean_label(const std::string& written) {
    std::string out = fold_case(written);
    for (std::size_t i = 0; i < out.size(); ++i)
        if ((i == 0 || out[i - 1] == ' ') && out[i] >= 'a' && out[i] <= 'z') out[i] = static_cast<char>(out[i] - 'a' + 'A');
    return out;
}


// The Korean reading of kanji candidate `c` in a text about Korea: its hanja read in hangul.
KoreanReading hanja_reading(const NameCandidate& c, const KoreanNames& korean) {
    std::string written;
    for (const WrittenPart& p : c.parts) written += p.surface;
    const std::string hangul = korean.hangul_of_hanja(written);
    if (hangul.empty()) return {};
    if (c.parts.size() > 1) return korean.read_hangul(hangul);
    return KoreanReading{korean.family_latin(hangul), {}};  // a family name alone, beside a title
}

// The spelling of the archive's Latin name that sounds like reading `r` and has its letters once Korean
// spellings are folded; nothing when none.
std::optional<KoreanChoice> korean_spelling_by_sound(const KoreanReading& r, NameNormaliser& names,
                                                     const NameEvidence& evidence) {
    if (!evidence.spellings) return std::nullopt;
    for (std::size_t f = 0; f < r.family.size() && f < 4; ++f)
        for (std::size_t g = 0; g < r.given.size() && g < 4; ++g)
            for (const std::string& key : sound_keys(r.family[f] + " " + r.given[g], false))
                for (const std::string& entry : evidence.spelled(key)) {
                    const std::optional<WholeNameEntry> whole = whole_name_entry(entry);
                    if (!whole) continue;
                    const std::vector<std::string> words = split_name(whole->written);
                    if (words.size() < 2) continue;
                    std::string given;
                    for (std::size_t k = 1; k < words.size(); ++k) given += (given.empty() ? "" : "-") + words[k];
                    const bool family = std::find(r.family.begin(), r.family.end(), fold_case(words[0])) != r.family.end();
                    if (family && KoreanNames::fold(given) == KoreanNames::fold(r.given[g]))
                        return KoreanChoice{whole->id,
                                            {names.latin_part(words[0]), names.latin_part(given)}, korean_label(whole->written)};
                }
    return std::nullopt;
}

}  // namespace

HanReading han_reading(const NameCandidate& c, const HanContext& context, NameNormaliser& names) {
    HanReading r;
    const KoreanNames* korean = names.korean();
    const std::string& country = context.nearest;
    const bool foreign_given = c.hanzi && c.parts.size() == 2 && !japanese_given_name(c.parts[1], names);
    // MeCab reads the family name the Korean way (金 キム, 朴 パク): Korean wherever the text names Korea.
    const bool korean_family = korean && korean->family_katakana(c.parts.front().reading);
    if (korean && !c.hangul.empty()) {
        r.korean = korean->read_hangul(c.hangul);
    } else if (c.hanzi && korean && korean->family_hanja(c.parts.front().surface) &&
               (korean_country(country) || (context.korea && !chinese_country(country) && (foreign_given || korean_family)))) {
        r.korean = hanja_reading(c, *korean);
    } else if (c.hanzi && c.parts.size() == 2 && (chinese_country(country) || (context.china && foreign_given))) {
        const std::string family = names.mandarin(c.parts[0].surface), given = names.mandarin(c.parts[1].surface);
        if (!family.empty() && !given.empty()) r.mandarin = {family, given};
    } else if (korean && (korean_country(country) || c.titled) && c.parts.size() > 1 &&
               std::all_of(c.parts.begin(), c.parts.end(), [](const WrittenPart& p) { return all_katakana(p.surface); })) {
        std::vector<std::string> parts;
        for (const WrittenPart& p : c.parts) parts.push_back(p.surface);
        r.korean = korean->read_katakana(parts);
    }
    return r;
}

KoreanChoice korean_choice(const KoreanReading& r, NameNormaliser& names, const NameEvidence& evidence) {
    const auto choice = [&](const std::string& family, const std::string& given) {
        return KoreanChoice{family + "-" + given, {names.latin_part(family), names.latin_part(given)}, korean_label(family + " " + given)};
    };
    for (const std::string& family : r.family)
        for (const std::string& given : r.given)
            if (evidence(name_id({names.latin_part(family), names.latin_part(given)}))) return choice(family, given);
    if (auto by_sound = korean_spelling_by_sound(r, names, evidence)) return *by_sound;
    return choice(r.family.front(), r.given.front());
}

bool korean_country(const std::string& code) { return code == "KR" || code == "KP"; }

bool chinese_country(const std::string& code) { return code == "CN" || code == "TW" || code == "HK"; }

}  // namespace geofacet
