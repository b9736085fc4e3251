// Entries of the EDRDG dictionaries (EDICT, ENAMDICT) as their text files write them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace geofacet {

/// One line of EDICT or ENAMDICT: "HEAD [READING] /(tags) gloss/gloss/.../".
struct EdictEntry {
    std::string head;                 ///< headword (kanji, kana, or mixed)
    std::string reading;              ///< kana reading; empty when the head is its own reading
    std::vector<std::string> tags;    ///< tags of the first sense: "s", "p", "n", "vs" ...
    std::vector<std::string> glosses; ///< English (or romanised) glosses, tags and remarks removed
    bool common = false;              ///< marked (P): a priority entry
};

/// Parses one UTF-8 line; false for comment and malformed lines.
bool parse_edict_line(std::string_view line, EdictEntry& entry);

/// True for an ENAMDICT entry whose first sense is a company (c), an organisation (o) or a product such as a
/// newspaper (pr): its first gloss is the English name ("Kansai Electric Power", "Asahi Shimbun").
bool is_organisation_entry(const EdictEntry& entry);

/// Decodes EUC-JP (with JIS X 0212) to UTF-8 with ICU; throws std::runtime_error on failure.
std::string euc_jp_to_utf8(const std::string& bytes);

}  // namespace geofacet
