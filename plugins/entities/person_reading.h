// The reading of a person the gazetteer lacks, chosen among the readings its written parts may have.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/name_finder.h"
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

}  // namespace geofacet
