#include "text/normaliser.h"

#include <stdexcept>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/kanji_variants.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

const icu::Normalizer2& nfkc() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFKC: ") + u_errorName(status));
    return *n;
}

const icu::Normalizer2& nfkc_casefold() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFKC_Casefold: ") + u_errorName(status));
    return *n;
}

const icu::Normalizer2& nfd() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFD: ") + u_errorName(status));
    return *n;
}

std::string normalise_utf8(const icu::Normalizer2& n, std::string_view s, icu::Edits* edits) {
    std::string out;
    out.reserve(s.size());
    icu::StringByteSink<std::string> sink(&out);
    UErrorCode status = U_ZERO_ERROR;
    n.normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, edits, status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU normalisation: ") + u_errorName(status));
    return out;
}

// Apostrophes and quotes as typeset by newspapers, folded so `Japan’s` and `Japan's` agree.
char32_t fold_punctuation(char32_t c) {
    switch (c) {
        case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0xFF07: return U'\'';
        case 0x201C: case 0x201D: case 0x201F: case 0x2033: return U'"';
        default: return c;
    }
}

}  // namespace

NormalisedText::NormalisedText(std::string_view original) : text_(normalise_utf8(nfkc(), original, &edits_)) {
    // Old and variant kanji of names take their standard form (澤 → 沢). Both take three bytes, so the
    // replacement is in place and the offsets of the edits stay right.
    if (is_ascii(text_)) return;
    for (std::size_t i = 0; i < text_.size();) {
        const std::size_t start = i;
        const char32_t c = utf8::next(text_, i);
        const char32_t standard = standard_kanji(c);
        if (standard != c) {
            std::string replacement;
            utf8::append(replacement, standard);
            text_.replace(start, i - start, replacement);
        }
    }
}

std::size_t NormalisedText::original_offset(std::size_t pos) const {
    if (!edits_.hasChanges()) return pos;
    UErrorCode status = U_ZERO_ERROR;
    icu::Edits::Iterator it = edits_.getFineIterator();
    const int32_t src = it.sourceIndexFromDestinationIndex(static_cast<int32_t>(pos), status);
    return U_FAILURE(status) ? pos : static_cast<std::size_t>(src);
}

std::string fold_case(std::string_view s) {
    std::string folded = is_ascii(s) ? std::string(s) : normalise_utf8(nfkc_casefold(), s, nullptr);
    if (is_ascii(folded)) {
        for (char& c : folded)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return folded;
    }
    std::string out;
    out.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size();) utf8::append(out, fold_punctuation(utf8::next(folded, i)));
    return out;
}

std::string strip_latin_diacritics(std::string_view s) {
    if (is_ascii(s)) return std::string(s);
    const std::string decomposed = normalise_utf8(nfd(), s, nullptr);
    std::string out;
    out.reserve(decomposed.size());
    UScriptCode base_script = USCRIPT_COMMON;
    for (std::size_t i = 0; i < decomposed.size();) {
        const char32_t c = utf8::next(decomposed, i);
        if (u_charType(c) == U_NON_SPACING_MARK) {
            if (base_script == USCRIPT_LATIN) continue;  // a Latin accent: drop it
        } else {
            UErrorCode status = U_ZERO_ERROR;
            base_script = uscript_getScript(c, &status);
        }
        utf8::append(out, c);
    }
    return normalise_utf8(nfkc(), out, nullptr);
}

bool is_ascii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

}  // namespace geofacet
