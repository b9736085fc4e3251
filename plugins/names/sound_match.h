// Katakana and Latin names compared by sound, the way Japanese writes foreign names: what it keeps, what
// it drops and what it adds (ラ for ra and la, vowels after consonants, ン for n and m, ブ for b and v).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace geofacet {

/// Coarse sound keys of a whole name written in Latin letters (katakana as ICU romanises it, or a Latin
/// spelling; parts in written order, any separators): consonant classes only, vowels, h, l, r, w and y
/// dropped, so that a katakana name and its Latin original share one (ラブロフ "raburofu" and "Lavrov"
/// both give "PP"). Several when a letter is heard two ways (Spanish or English j, German or English w);
/// at most eight. A bucket to look names up by, never a match on its own. Pure and thread-safe.
std::vector<std::string> sound_keys(std::string_view latin, bool from_kana);

/// How far katakana romaji `kana_latin` (ICU's Latin of katakana variants folded) is from Latin spelling
/// `latin` by sound, 0 for the same; negative when one hard difference (a consonant that neither has, or
/// that differs in more than voicing) rules the pair out. Pure and thread-safe.
double sound_distance(std::string_view kana_latin, std::string_view latin);

/// True when katakana romaji `kana_latin` and Latin `latin` are written forms of one name: every
/// difference is one Japanese makes (added vowels, l as r, v as b, kh as h, a silent final e ...) and they
/// add up to little for the name's length.
bool sounds_alike(std::string_view kana_latin, std::string_view latin);

}  // namespace geofacet
