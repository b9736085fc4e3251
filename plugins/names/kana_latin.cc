#include "names/kana_latin.h"

#include <stdexcept>

#include "names/romaji.h"

namespace geofacet {

std::unique_ptr<icu::Transliterator> icu_transliterator(const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU ") + id + ": " + u_errorName(status));
    return t;
}

std::string transliterate(icu::Transliterator& t, std::string_view text) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    t.transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

KanaRomaniser::KanaRomaniser() : to_latin_(icu_transliterator("Katakana-Latin")) {}

std::string KanaRomaniser::latin(std::string_view kana) { return transliterate(*to_latin_, fold_katakana_variants(kana)); }

std::string KanaRomaniser::key(std::string_view kana) { return canonical_romaji(latin(kana)); }

}  // namespace geofacet
