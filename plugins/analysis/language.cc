#include "analysis/language.h"

#include <unicode/uchar.h>

#include "text/script.h"
#include "util/utf8.h"

namespace geofacet {

LanguageProfile detect_languages(std::string_view text) {
    std::size_t japanese = 0, latin = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = utf8::next(text, i);
        if (script_of(c) == Script::Japanese && c != 0x30FB) {
            // A Japanese letter is worth more than a Latin one: a word takes 2 characters, not 6.
            japanese += 3;
        } else if (u_isalpha(c)) {
            ++latin;
        }
    }
    LanguageProfile p;
    const std::size_t total = japanese + latin;
    if (total == 0) return p;
    p.primary = japanese >= latin ? "ja" : "en";
    const std::string secondary = p.primary == "ja" ? "en" : "ja";
    p.present.push_back(p.primary);
    if ((p.primary == "ja" ? latin : japanese) * 10 >= total) p.present.push_back(secondary);
    return p;
}

}  // namespace geofacet
