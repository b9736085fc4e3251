#include "names/kana_latin.h"

#include <stdexcept>

#include "names/romaji.h"

namespace geofacet {

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
