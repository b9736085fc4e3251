// The Mandarin reading of a Chinese name written in hanzi or kanji, for Chinese people only.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <unicode/translit.h>

namespace geofacet {

/// Reads hanzi (simplified, traditional or Japanese forms) in Mandarin pinyin, without tones or spaces: 王 →
/// "wang", 暁剛 → "xiaogang", 习近平 → "xijinping". Right for Chinese names, wrong for Japanese ones: a caller
/// offers it as one reading among others, for evidence or a known person to confirm. NOT thread-safe
/// (owns an ICU transliterator): own one per thread.
class MandarinReader {
  public:
    /// Creates ICU's Han-Latin transliterator; throws std::runtime_error.
    MandarinReader();

    /// The pinyin of `hanzi`, lower-case ASCII letters only ("" when it holds no hanzi).
    std::string read(std::string_view hanzi);

  private:
    std::unique_ptr<icu::Transliterator> han_latin_;
};

/// Taiwan's spelling of pinyin syllables (pinyin-taiwan.tsv: Wade-Giles without apostrophes or umlauts, as
/// Taiwan's passports and press write names): "cai" → "tsai", "xuan" → "hsuan", "qing" → "ching". Immutable
/// once loaded: share between threads.
class TaiwanSpelling {
  public:
    /// Loads `path`; throws DataFileError naming a bad line.
    static std::shared_ptr<const TaiwanSpelling> load(const std::string& path);

    /// The Taiwan spelling of one pinyin syllable (lower case, no tone); unchanged when no line applies.
    std::string spell(const std::string& syllable) const;

  private:
    std::unordered_map<std::string, std::string> syllables_, initials_, finals_;
};

}  // namespace geofacet
