// Kana to Latin: katakana spelling variants folded, then ICU's Katakana-Latin, then canonical romaji.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <unicode/translit.h>

#include "text/kana_fold.h"

namespace geofacet {

/// ICU's transliterator `id` ("Katakana-Latin", "Han-Latin"); throws std::runtime_error naming it.
std::unique_ptr<icu::Transliterator> icu_transliterator(const char* id);

/// `text` through `t`, as UTF-8.
std::string transliterate(icu::Transliterator& t, std::string_view text);

/// Romanises kana. NOT thread-safe (owns ICU transliterators): own one per thread.
class KanaRomaniser {
  public:
    /// Creates ICU's Hiragana-Katakana and Katakana-Latin transliterators; throws std::runtime_error.
    KanaRomaniser();

    /// ICU's Latin for `kana` (hiragana or katakana), after fold_katakana_variants: イシバ → "ishiba".
    std::string latin(std::string_view kana);

    /// The canonical romaji key of `kana`: canonical_romaji(latin(kana)).
    std::string key(std::string_view kana);

  private:
    std::unique_ptr<icu::Transliterator> to_latin_;
};

}  // namespace geofacet
