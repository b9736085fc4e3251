#include "names/mandarin.h"

#include "names/kana_latin.h"
#include "text/normaliser.h"
#include "text/script.h"

namespace geofacet {

MandarinReader::MandarinReader() : han_latin_(icu_transliterator("Han-Latin")) {}

std::string MandarinReader::read(std::string_view hanzi) {
    if (!has_kanji(hanzi)) return "";
    const std::string latin = transliterate(*han_latin_, hanzi);
    std::string out;
    for (char c : strip_latin_diacritics(fold_case(latin)))
        if (c >= 'a' && c <= 'z') out += c;
        else if (c != ' ' && c != '\'') return "";  // a character Han-Latin could not read
    return out;
}

}  // namespace geofacet
