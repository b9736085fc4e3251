// The one form Japanese text writes a Han character in: old and variant kanji as they appear in names (澤/沢,
// 邊/辺, 髙/高, 國/国 ...), simplified Chinese forms Japanese does not use (习/習, 凤/鳳, 乐/楽) and traditional
// forms (樂/楽). The table is plugins/data/han-forms.tsv, compiled in by the build.
#pragma once

namespace geofacet {

/// The form Japanese text writes character `c` in (沢 for 澤, 習 for 习), or `c` itself. Every form and its
/// standard form take three bytes in UTF-8, so folding keeps byte offsets. Pure and thread-safe.
char32_t standard_kanji(char32_t c);

}  // namespace geofacet
