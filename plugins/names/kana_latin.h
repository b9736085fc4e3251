// Kana to Latin: katakana spelling variants folded, then ICU's Katakana-Latin, then canonical romaji.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/translit.h>

#include "text/kana_fold.h"

namespace geofacet {

/// ICU's transliterator `id` ("Katakana-Latin", "Han-Latin"); throws std::runtime_error naming it.
std::unique_ptr<icu::Transliterator> icu_transliterator(const char* id);

/// `text` through `t`, as UTF-8.
std::string transliterate(icu::Transliterator& t, std::string_view text);

/// The Latin letters of the katakana Japanese writes for foreign sounds (kana-sounds.tsv: ドゥ du, ティ ti,
/// ヴァ va, ウィ wi), which the spelling variants fold away for name keys. Loaded once; immutable; thread-safe.
class KanaSounds {
  public:
    /// Reads table `path` (katakana<TAB>latin); throws DataFileError.
    static std::shared_ptr<const KanaSounds> load(const std::string& path);

    /// `kana` with each foreign-sound spelling written in its Latin letters (エドゥン → "エduン"; a ッ before
    /// one doubles its first letter), the rest as written.
    std::string spell(std::string_view kana) const;

  private:
    std::vector<std::pair<std::string, std::string>> sounds_;  // the longest katakana first
};

/// Romanises kana. NOT thread-safe (owns ICU transliterators): own one per thread.
class KanaRomaniser {
  public:
    /// Creates ICU's Hiragana-Katakana and Katakana-Latin transliterators; throws std::runtime_error.
    KanaRomaniser();

    /// ICU's Latin for `kana` (hiragana or katakana), after fold_katakana_variants: イシバ → "ishiba".
    std::string latin(std::string_view kana);

    /// The Latin of `kana` by its sound, for comparing it with Latin names: as latin(), but the foreign sounds
    /// of `sounds` (may be null) kept (エドゥン → "edun", not "ezun"), and no separator inside a word.
    std::string sound(std::string_view kana, const KanaSounds* sounds);

    /// The canonical romaji key of `kana`: canonical_romaji(latin(kana)).
    std::string key(std::string_view kana);

  private:
    std::unique_ptr<icu::Transliterator> to_latin_;
};

}  // namespace geofacet
