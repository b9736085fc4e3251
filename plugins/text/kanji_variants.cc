#include "text/kanji_variants.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace geofacet {

namespace {

// Form → the form Japanese text writes, sorted by form: old and variant kanji (澤 → 沢), simplified Chinese
// forms Japanese does not use (习 → 習, 乐 → 楽) and traditional ones (樂 → 楽). The rows and why each is there are
// in plugins/data/han-forms.tsv; the build compiles that file into this table (geofacet-han-forms), checking
// that every form is three bytes and folds in one step.
const std::pair<char32_t, char32_t> kVariants[] = {
#include "han_forms.inc"
};

}  // namespace

char32_t standard_kanji(char32_t c) {
    if (c < 0x3400) return c;  // below CJK Extension A: no Han character
    const auto it = std::lower_bound(std::begin(kVariants), std::end(kVariants), std::make_pair(c, char32_t{0}));
    return (it != std::end(kVariants) && it->first == c) ? it->second : c;
}

}  // namespace geofacet
