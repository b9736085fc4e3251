// Old and variant forms of kanji as they appear in names (澤/沢, 邊/辺, 齋/斎, 髙/高, 﨑/崎, 國/国 ...).
#pragma once

namespace geofacet {

/// The standard form of kanji `c` (沢 for 澤), or `c` itself. Every variant and its standard form take
/// three bytes in UTF-8, so folding keeps byte offsets. Pure and thread-safe.
char32_t standard_kanji(char32_t c);

}  // namespace geofacet
