#include "names/kana_latin.h"

#include <stdexcept>

#include "names/romaji.h"
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

KanaRomaniser::KanaRomaniser() {
    UErrorCode status = U_ZERO_ERROR;
    to_latin_.reset(icu::Transliterator::createInstance("Katakana-Latin", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU Katakana-Latin: ") + u_errorName(status));
}

std::string KanaRomaniser::latin(std::string_view kana) {
    const std::string folded = fold_katakana_variants(kana);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(folded.data(), static_cast<int32_t>(folded.size())));
    to_latin_->transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::string KanaRomaniser::key(std::string_view kana) { return canonical_romaji(latin(kana)); }

}  // namespace geofacet
