#include "names/kana_latin.h"

#include <algorithm>
#include <stdexcept>

#include "names/romaji.h"
#include "util/data_file.h"
#include "util/utf8.h"

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

std::shared_ptr<const KanaSounds> KanaSounds::load(const std::string& path) {
    auto table = std::make_shared<KanaSounds>();
    read_data_file(path, [&](const DataRecord& r) { table->sounds_.emplace_back(r.field(0), r.field(1)); }, 2,
                   "katakana<TAB>latin");
    std::stable_sort(table->sounds_.begin(), table->sounds_.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return table;
}

std::string KanaSounds::spell(std::string_view kana) const {
    static const std::string kSmallTsu = "\u30C3";
    std::string out;
    for (std::size_t i = 0; i < kana.size();) {
        const auto sound = std::find_if(sounds_.begin(), sounds_.end(),
                                        [&](const auto& s) { return kana.compare(i, s.first.size(), s.first) == 0; });
        if (sound == sounds_.end()) {
            const std::size_t start = i;
            utf8::next(kana, i);
            out.append(kana, start, i - start);
            continue;
        }
        if (out.size() >= kSmallTsu.size() && out.compare(out.size() - kSmallTsu.size(), kSmallTsu.size(), kSmallTsu) == 0)
            out.replace(out.size() - kSmallTsu.size(), kSmallTsu.size(), 1, sound->second[0]);  // ッティ: "tti"
        out += sound->second;
        i += sound->first.size();
    }
    return out;
}

std::string KanaRomaniser::sound(std::string_view kana, const KanaSounds* sounds) {
    std::string latin = transliterate(*to_latin_, fold_katakana_variants(sounds ? sounds->spell(kana) : std::string(kana)));
    latin.erase(std::remove(latin.begin(), latin.end(), '~'), latin.end());  // ICU's ウ~イ inside one word
    return latin;
}

std::string KanaRomaniser::key(std::string_view kana) { return canonical_romaji(latin(kana)); }

}  // namespace geofacet
