// The reading of a person the gazetteer lacks, chosen among the readings its written parts may have.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/name_finder.h"
#include "names/korean.h"
#include "names/name_normaliser.h"

namespace geofacet {

/// The canonical parts (in written order) of unknown person `name`, whose parts may read as `options`
/// (NameNormaliser::any_part of each, MeCab's reading first). First choice: the reading under which the
/// archive has seen the whole name written in Latin script (`evidence`, may be empty), among the
/// dictionaries' readings, then among readings put together from the characters (`names`); else each
/// part's first reading, except that a family name MeCab did not read takes a reading a person of the
/// `gazetteer` has as family name.
std::vector<std::string> unknown_person_reading(const NameCandidate& name,
                                                const std::vector<std::vector<std::string>>& options,
                                                NameNormaliser& names, const NameEvidence& evidence,
                                                const Gazetteer& gazetteer);

/// The id of unknown person `name` whose parts read `chosen` (canonical, in written order): the English
/// press order, the same in every script. Lower-case ASCII, accents dropped, parts hyphenated; a part
/// written in Latin script keeps its hyphens (Korean given names: "Choi Eun-ji" → choi-eun-ji); a Japanese
/// name written family name first is given name first (荒川健二 → kenji-arakawa).
std::string person_id(const NameCandidate& name, const std::vector<std::string>& chosen, bool mandarin = false);

/// The id of Chinese person `name` read in Mandarin as `chosen` (family name first): the archive's, when it
/// wrote the name in Latin script with other hyphens or spaces (黄美玲 after "Huang Mei-ling": huang-mei-ling);
/// else the archive's writing of the name as Taiwan spells it (pinyin-taiwan.tsv: 林佩君 after "Lin Pei-chun");
/// else, for a Taiwanese person (`taiwan`), that spelling with the given name hyphenated by syllable
/// (lin-pei-chun); else family and given name (zhang-xiaogang).
std::string mandarin_id(const NameCandidate& name, const std::vector<std::string>& chosen, bool taiwan,
                        NameNormaliser& names, const NameEvidence& evidence);

/// True when the archive wrote hanzi name `name` in Latin script as its Mandarin reading or Taiwan's
/// spelling of it ("Chen Yu-ting" for 陳玉婷): then it is a Chinese name wherever the text stands.
bool archived_in_mandarin(const NameCandidate& name, NameNormaliser& names, const NameEvidence& evidence);

/// A Latin spelling of the archive that a katakana name sounds like.
struct SoundJoin {
    std::string id;       ///< the actor id the Latin name had ("masoud-pezeshkian")
    std::string written;  ///< the Latin name as written, lower case ("masoud pezeshkian")
    double distance = 0;  ///< how far apart they sound (names/sound_match.h)
};

/// The Latin name of the archive that katakana name `name` (every part katakana) sounds like, judged on the
/// whole name (never a part alone), the nearest when several do; nothing when none or no evidence.
std::optional<SoundJoin> join_by_sound(const NameCandidate& name, NameNormaliser& names, const NameEvidence& evidence);

/// The id under which the archive wrote Latin-script name `name` in the other order ("Tanaka Kakuei" when it
/// wrote "Kakuei Tanaka": kakuei-tanaka), so that both orders are one person; empty when it did not.
std::string id_in_other_order(const NameCandidate& name, const NameEvidence& evidence);

/// How a name in hanzi, hanja, hangul or katakana reads as a Chinese or a Korean name; both empty when it
/// is neither.
struct HanReading {
    KoreanReading korean;               ///< a Korean name: its family name's spellings, its given name's readings
    std::vector<std::string> mandarin;  ///< a Chinese name: the Mandarin of family and given name ("sun", "weidong")
};

/// True for the Koreas (KR, KP): a name in kanji or katakana tied to one is read in Korean.
bool korean_country(const std::string& code);

/// True for China, Taiwan and Hong Kong (CN, TW, HK): a name in kanji tied to one is read in Mandarin.
bool chinese_country(const std::string& code);

/// The countries a text ties a name to.
struct HanContext {
    std::string nearest;        ///< ISO code of the country the text is about at the name ("" for none)
    bool china = false;         ///< the text names China, Taiwan or Hong Kong somewhere
    bool korea = false;         ///< the text names a Korea somewhere
};

/// The reading of candidate `c` as a Chinese or Korean name. Korean: by the hangul written with it; else
/// by its hanja or katakana when the nearest country is a Korea (or, for hanja, when the text names Korea,
/// the nearest country is not China, and the given name is no Japanese one ENAMDICT knows or MeCab reads
/// the family name the Korean way: 金 キム). Chinese: by Mandarin when the finder cut the
/// kanji after a Chinese family name and the nearest country is China, Taiwan or Hong Kong, or the text
/// names one and the given name is no Japanese one. A name of the gazetteer is found before it gets here.
HanReading han_reading(const NameCandidate& c, const HanContext& context, NameNormaliser& names);

/// The id and canonical parts of a Korean person the gazetteer lacks.
struct KoreanChoice {
    std::string id;                  ///< "kim-tae-sik", "rhee-chang-yong"
    std::vector<std::string> parts;  ///< family and given name ("kim", "taesik")
    std::string label;               ///< the name as the press writes it ("Rhee Chang-yong", "Kim Tae-sik")
};

/// The id of a Korean person read as `r`: the spelling under which the archive wrote the whole name in
/// Latin script (the same key, else the same sound with the same letters once Korean spellings are folded:
/// Deok-su and Duck-soo, Lee and Rhee); else the press's family name and the given name by Revised
/// Romanization, hyphenated by syllable (kim-tae-sik).
KoreanChoice korean_choice(const KoreanReading& r, NameNormaliser& names, const NameEvidence& evidence);

}  // namespace geofacet
