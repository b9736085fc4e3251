// Which languages a text is written in, from the scripts of its letters.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace geofacet {

/// The languages found in a text.
struct LanguageProfile {
    std::string primary;                 ///< "en" or "ja" (the larger share of letters); "" for no letters
    std::vector<std::string> present;    ///< every language with a real share of the letters, primary first
};

/// Detects English and Japanese by their scripts: kana and kanji count for Japanese, Latin letters for
/// English. A language is present when it holds at least 10% of the letters (a mixed article lists both).
LanguageProfile detect_languages(std::string_view text);

}  // namespace geofacet
