// Names of the whole world across scripts: katakana and Latin compared by sound, Chinese and Korean names by
// their readings, clean labels. Tables, one line a case, in tests/data/names/; a case that once failed stays.
#include <gtest/gtest.h>

#include "names/sound_match.h"
#include "support.h"
#include "text/normaliser.h"
#include "util/data_file.h"

namespace geofacet {
namespace {

// The katakana of a name as the comparison reads it: each part romanised by ICU, parts apart.
std::string kana_sound(const std::string& katakana) {
    std::string out;
    for (const std::string& part : split_name(NormalisedText(katakana).text()))
        out += (out.empty() ? "" : " ") + test::analyzer().names().kana_latin(part);
    return out;
}

bool share_a_key(const std::string& katakana, const std::string& latin) {
    const auto a = sound_keys(kana_sound(katakana), true), b = sound_keys(latin, false);
    return std::any_of(a.begin(), a.end(), [&](const std::string& k) { return std::find(b.begin(), b.end(), k) != b.end(); });
}

TEST(SoundMatch, KatakanaAndLatinSpellingsOfOneNameMatchAndNearNamesDoNot) {
    std::size_t same = 0, apart = 0;
    read_data_file(test::source_path("tests/data/names/sound.tsv"), [&](const DataRecord& r) {
        const std::string& kana = r.field(0);
        const std::string& latin = r.field(1);
        const bool expected = r.field(2) == "same";
        const std::string sound = kana_sound(kana);
        EXPECT_EQ(sounds_alike(sound, latin), expected)
            << kana << " (" << sound << ") vs " << latin << ": distance " << sound_distance(sound, latin);
        if (expected) {
            EXPECT_TRUE(share_a_key(kana, latin)) << kana << " vs " << latin;
        }
        (expected ? same : apart)++;
    }, 3, "katakana<TAB>latin<TAB>same|apart");
    EXPECT_GE(same, 30u);
    EXPECT_GE(apart, 15u);
}

}  // namespace
}  // namespace geofacet
