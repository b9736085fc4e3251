#include "text/script.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "util/utf8.h"

namespace geofacet {

bool is_hiragana(char32_t c) { return (c >= 0x3041 && c <= 0x309F); }

bool is_katakana(char32_t c) {
    return (c >= 0x30A0 && c <= 0x30FF && c != 0x30FB) || (c >= 0x31F0 && c <= 0x31FF);
}

bool is_kana(char32_t c) { return is_hiragana(c) || is_katakana(c); }

bool is_kanji(char32_t c) {
    if (c == 0x3005 || c == 0x3006 || c == 0x3007) return true;  // 々 〆 〇
    if (c < 0x2E80) return false;
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(c, &status) == USCRIPT_HAN;
}

Script script_of(char32_t c) {
    if (c < 0x80) return (c <= 0x20 || c == 0x7F) ? Script::Space : Script::Other;
    if (is_kana(c) || is_kanji(c) || c == 0x30FB) return Script::Japanese;  // 0x30FB: katakana middle dot
    if (u_isUWhiteSpace(c) || u_iscntrl(c)) return Script::Space;
    return Script::Other;
}

namespace {
template <typename Pred>
bool all_of(std::string_view s, Pred pred) {
    if (s.empty()) return false;
    for (std::size_t i = 0; i < s.size();)
        if (!pred(utf8::next(s, i))) return false;
    return true;
}
template <typename Pred>
bool any_of(std::string_view s, Pred pred) {
    for (std::size_t i = 0; i < s.size();)
        if (pred(utf8::next(s, i))) return true;
    return false;
}
}  // namespace

bool is_hangul(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
bool all_hangul(std::string_view s) { return all_of(s, is_hangul); }
bool all_kana(std::string_view s) { return all_of(s, is_kana); }
bool all_katakana(std::string_view s) { return all_of(s, is_katakana); }
bool has_kanji(std::string_view s) { return any_of(s, is_kanji); }
bool has_japanese(std::string_view s) {
    return any_of(s, [](char32_t c) { return script_of(c) == Script::Japanese; });
}

}  // namespace geofacet
