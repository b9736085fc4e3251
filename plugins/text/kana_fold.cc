#include "text/kana_fold.h"

#include "util/utf8.h"

namespace geofacet {

namespace {

struct Variant {
    const char* from;
    const char* to;
};

// Two-character spellings first, so that ヴァ is folded before ヴ.
const Variant kVariants[] = {
    {"ヴァ", "バ"}, {"ヴィ", "ビ"}, {"ヴェ", "ベ"}, {"ヴォ", "ボ"}, {"ヴュ", "ビュ"}, {"ティ", "チ"}, {"ディ", "ジ"},
    {"トゥ", "ツ"}, {"ドゥ", "ズ"}, {"ヴ", "ブ"}, {"ヂ", "ジ"}, {"ヅ", "ズ"}, {"ヰ", "イ"}, {"ヱ", "エ"}, {"ヲ", "オ"},
    {"ヵ", "カ"}, {"ヶ", "ケ"}, {"ー", ""}, {"・", ""}, {"=", ""}, {"＝", ""}, {" ", ""}, {"\u3000", ""},
};

}  // namespace

std::string fold_katakana_variants(std::string_view kana) {
    // Hiragana to katakana: the blocks are 0x60 apart.
    std::string kata;
    for (std::size_t i = 0; i < kana.size();) {
        char32_t c = utf8::next(kana, i);
        if (c >= 0x3041 && c <= 0x3096) c += 0x60;
        utf8::append(kata, c);
    }
    std::string out;
    for (std::size_t i = 0; i < kata.size();) {
        bool replaced = false;
        for (const Variant& v : kVariants) {
            const std::size_t len = std::char_traits<char>::length(v.from);
            if (kata.compare(i, len, v.from) == 0) {
                out += v.to;
                i += len;
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            const std::size_t start = i;
            utf8::next(kata, i);
            out.append(kata, start, i - start);
        }
    }
    return out;
}

}  // namespace geofacet
