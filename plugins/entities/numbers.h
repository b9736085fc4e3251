// Numbers as news text writes them: digits, English words and kanji numerals.
#pragma once

#include <cstddef>
#include <string>

namespace geofacet {

/// A number read from text: its value and the byte just past it.
struct NumberRead {
    double value = 0;
    std::size_t end = 0;
    bool ok = false;
};

/// Reads a number at byte `at` of `text`: digits ("3.5", "1,000", "１・５" after NFKC), English words
/// ("five", "three and a half", "twenty-five") or kanji numerals ("五", "三・五", "二十五").
NumberRead read_number(const std::string& text, std::size_t at);

/// True for the kanji that can start a kanji numeral (〇 一 ... 九 十).
bool is_kanji_numeral(char32_t c);

}  // namespace geofacet
