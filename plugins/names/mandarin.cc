#include "names/mandarin.h"

#include "names/kana_latin.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/data_file.h"

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

std::shared_ptr<const TaiwanSpelling> TaiwanSpelling::load(const std::string& path) {
    auto t = std::make_shared<TaiwanSpelling>();
    read_data_file(
        path,
        [&](const DataRecord& r) {
            const std::string& kind = r.field(0);
            if (kind != "syllable" && kind != "initial" && kind != "final") throw r.error("expected syllable|initial|final");
            auto& table = kind == "syllable" ? t->syllables_ : kind == "initial" ? t->initials_ : t->finals_;
            table[r.field(1)] = r.field(2);
        },
        3, "syllable|initial|final<TAB>pinyin<TAB>Taiwan spelling");
    return t;
}

std::string TaiwanSpelling::spell(const std::string& syllable) const {
    if (const auto whole = syllables_.find(syllable); whole != syllables_.end()) return whole->second;
    // The initial is the consonants before the first vowel: zh, ch, sh or one letter.
    const std::size_t vowel = syllable.find_first_of("aeiouv");
    if (vowel == std::string::npos) return syllable;
    std::string initial = syllable.substr(0, vowel), final = syllable.substr(vowel);
    if (const auto i = initials_.find(initial); i != initials_.end()) initial = i->second;
    if (const auto f = finals_.find(final); f != finals_.end()) final = f->second;
    return initial + final;
}

}  // namespace geofacet
