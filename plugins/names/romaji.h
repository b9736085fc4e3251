// One canonical romanisation for Japanese names, whatever system or spelling they were written in.
#pragma once

#include <string>
#include <string_view>

namespace geofacet {

/// The canonical romanisation of a Latin-script word: lower case, accents and long vowels folded (ō, ô,
/// ou, oo, oh → o; ū, uu → u; a doubled i stays, as in Fujii), Kunrei and Nihon-shiki spellings made Hepburn (si → shi, ti → chi, tu → tsu,
/// hu → fu, zi → ji, sya → sha), m before b, m, p made n (Shimbun → shinbun), apostrophes and hyphens
/// dropped (Shin'ichi → shinichi). A word that does not read as romaji (Trump, Colby) is only lower-cased
/// and stripped of accents. Pure and thread-safe.
std::string canonical_romaji(std::string_view latin);

/// True when `latin` (lower case ASCII) reads entirely as Japanese syllables.
bool reads_as_romaji(std::string_view latin);

}  // namespace geofacet
