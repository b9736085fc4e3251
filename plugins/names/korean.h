// Korean names in hangul, hanja and katakana read in Latin letters the way Korea and its press write them.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace geofacet {

/// A Korean name read in Latin letters: its family name's spellings and its given name's readings.
struct KoreanReading {
    std::vector<std::string> family;  ///< spellings of the family name, the press's first ("lee", "yi", "rhee")
    std::vector<std::string> given;   ///< readings of the given name by syllable, likeliest first ("tae-sik")
};

/// The Korean name tables of plugins/data (hangul-romanization.tsv, korean-family-names.tsv,
/// hanja-hangul.tsv, korean-katakana.tsv), loaded once. Immutable; thread-safe.
class KoreanNames {
  public:
    /// Loads the tables from data folder `dir`; throws DataFileError.
    static std::shared_ptr<const KoreanNames> load(const std::string& dir);

    /// Revised Romanization of hangul syllables, hyphenated by syllable (김태식 → "gim-tae-sik"); "" when
    /// `hangul` holds anything but hangul syllables.
    std::string romanize(std::string_view hangul) const;

    /// The hangul of hanja `hanja` character by character (金泰植 → 김태식); "" when one is not in the tables.
    std::string hangul_of_hanja(std::string_view hanja) const;

    /// True when `hanja` (one character or more) begins with a Korean family name's hanja (金, 李, 朴 ...).
    bool family_hanja(std::string_view hanja) const;

    /// The reading of a name in hangul, family name first (김태식: Kim/Gim + "tae-sik"); nothing (empty
    /// family) unless it is two to four syllables starting with a Korean family name.
    KoreanReading read_hangul(std::string_view hangul) const;

    /// True when katakana `kana` is a Korean family name as Japanese writes it (キム, パク, チェ); MeCab reads
    /// 金 in 金泰植 キム.
    bool family_katakana(std::string_view kana) const { return family_kana_.count(std::string(kana)) > 0; }

    /// The spellings of family name `hangul` (one syllable), the press's first; empty when it is none.
    std::vector<std::string> family_latin(std::string_view hangul) const;

    /// The reading of a name in katakana parts, family name first (キム, テシク); nothing (empty family)
    /// unless the first is a Korean family name in katakana and the others read as Korean syllables.
    KoreanReading read_katakana(const std::vector<std::string>& parts) const;

    /// A Latin spelling folded so that the press's and Revised Romanization's spellings of one Korean name
    /// meet: "Duck-soo" and "Deok-su" → "tuksu", "Sung-woo" and "Seong-u" → "sungu", "Cho" and "Jo" → "jo", "Back", "Paik" and
    /// "Baek" → "paek". For comparing, never for ids.
    static std::string fold(std::string_view latin);

  private:
    struct Family {
        std::vector<std::string> latin;  // lower case, the press's first
    };
    std::vector<std::string> initial_, vowel_, final_;           // Revised Romanization by jamo index
    std::unordered_map<std::string, Family> family_;              // hangul family name → spellings
    std::unordered_map<std::string, std::vector<std::string>> family_kana_;  // katakana → hangul families
    std::unordered_map<char32_t, std::string> hanja_;             // hanja → hangul syllable
    std::unordered_map<char32_t, std::string> family_hanja_;      // a family name's hanja → its hangul
    std::unordered_map<std::string, std::vector<std::string>> mora_;  // katakana → romanizations
    std::unordered_map<std::string, std::vector<std::string>> final_kana_;  // katakana closing a syllable → its letters

    void load_romanization(const std::string& path);
    void load_families(const std::string& path);
    void load_hanja(const std::string& path);
    void load_katakana(const std::string& path);
    bool katakana_syllables(std::string_view kana, std::vector<std::vector<std::string>>& out) const;
};

}  // namespace geofacet
