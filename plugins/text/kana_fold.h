// Folding the spelling variants of katakana, so that one foreign name has one written form.
#pragma once

#include <string>
#include <string_view>

namespace geofacet {

/// Folds the katakana spelling variants of foreign names to one form: ヴァ → バ, ヴ → ブ, ティ → チ,
/// ディ → ジ, トゥ → ツ, ヂ → ジ, ヅ → ズ, ヰ ヱ ヲ → イ エ オ; the long-vowel mark ー, ・ and spaces are dropped
/// (コルビー is コルビ). Hiragana becomes katakana first. Pure and thread-safe.
std::string fold_katakana_variants(std::string_view kana);

}  // namespace geofacet
