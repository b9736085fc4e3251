// Which writing system a character belongs to, as far as segmentation cares.
#pragma once

#include <string_view>

namespace geofacet {

/// The writing systems the segmenter tells apart.
enum class Script {
    Japanese,  ///< Han, hiragana, katakana and their marks (ー 々 ・): segmented by MeCab
    Other,     ///< Latin and every other script: segmented by ICU's word break rules
    Space,     ///< white space and control characters
};

/// The script class of code point `c`.
Script script_of(char32_t c);

/// True for hiragana and katakana letters (and the prolonged sound mark).
bool is_kana(char32_t c);

/// True for katakana letters and the prolonged sound mark ー.
bool is_katakana(char32_t c);

/// True for hiragana letters.
bool is_hiragana(char32_t c);

/// True for Han ideographs (kanji) and the iteration mark 々.
bool is_kanji(char32_t c);

/// True for precomposed hangul syllables (가 … 힣).
bool is_hangul(char32_t c);

/// True when every code point of `s` is a hangul syllable (and `s` is not empty).
bool all_hangul(std::string_view s);

/// True when every code point of `s` is kana (and `s` is not empty).
bool all_kana(std::string_view s);

/// True when every code point of `s` is katakana (and `s` is not empty).
bool all_katakana(std::string_view s);

/// True when `s` holds at least one kanji.
bool has_kanji(std::string_view s);

/// True when `s` holds at least one character of class Script::Japanese.
bool has_japanese(std::string_view s);

}  // namespace geofacet
