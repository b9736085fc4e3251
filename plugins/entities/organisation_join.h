// A Japanese organisation's name joined with the English name the archive wrote it under (リスタッド・エナジー
// is Rystad Energy, ブエノスアイレス大学 the University of Buenos Aires), the way a katakana person's name is
// joined with its Latin spelling: by evidence of the whole name, never of a part alone.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "names/name_evidence.h"

namespace geofacet {

class NameNormaliser;

/// The evidence entries of an organisation named in Latin script with actor id `id`, written `written`:
/// "@word|id=written" (lower case, words apart) for each content word of a name of two to eight words, so
/// that a Japanese name whose head reads one of its words finds it, and "@~SOUND|id=written" for each sound
/// key of a name of one to four words, so that a katakana name without a head finds it by its sound
/// (オースタル, Austal). Stored with the names' sound entries (the index's XK terms); the "@" keeps them
/// apart from every sound key of a person.
std::vector<std::string> organisation_evidence_entries(const std::string& id, const std::string& written);

/// One written part of a Japanese organisation's name before its head, with what it may be in English.
struct OrganisationPiece {
    std::string surface;                ///< as written: リスタッド, 港湾, 台湾
    std::string kana_latin;             ///< ICU's Latin of a katakana part ("risutaddo"), else ""
    std::vector<std::string> readings;  ///< canonical romaji of a name's readings (遠州 → enshu)
    std::vector<std::string> glosses;   ///< EDICT's English glosses of a kanji word (港湾 → "harbour", "port")
};

/// An English name the archive wrote that accounts for a Japanese organisation's whole name.
struct JoinedOrganisation {
    std::string id;       ///< the actor id the English name was indexed under
    std::string written;  ///< the English name, lower case: "university of buenos aires"
};

/// The English name of `evidence` (organisation_evidence_entries) that accounts for the whole Japanese
/// name made of `pieces` and a head read as one of `heads` (English words: "University"; "Authority",
/// "Corporation"): every content word of the English name is the head's or one piece's, and every piece
/// gives at least one, in any order (a katakana piece by its sound, a kanji one by a gloss or a reading).
/// Nothing when no English name, or more than one, does. `names` folds Latin words as the name keys do.
std::optional<JoinedOrganisation> join_organisation(const std::vector<OrganisationPiece>& pieces,
                                                    const std::vector<std::string>& heads,
                                                    const NameEvidence& evidence, NameNormaliser& names);

/// The English name of `evidence` that katakana `pieces` alone (a name without a head word: オースタル,
/// ユーロ|クリア) account for whole, found by the sound of the pieces together; nothing when none, or more
/// than one, does.
std::optional<JoinedOrganisation> join_organisation_by_sound(const std::vector<OrganisationPiece>& pieces,
                                                             const NameEvidence& evidence, NameNormaliser& names);

}  // namespace geofacet
