// Names in Japanese text: kanji and katakana people, MeCab's organisations, Chinese and Korean names in
// kanji and hangul.
#include "entities/name_finder.h"

#include <algorithm>

#include "names/romaji.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "text/token_term.h"
#include "util/utf8.h"

#include "entities/name_finder_scan.h"

namespace geofacet {

using namespace name_scan;  // NOLINT(google-build-using-namespace): the finder's own helpers

void NameFinder::find_japanese(const Scan& s, std::vector<NameCandidate>& out) const {
    for (std::size_t i = 0; i < s.view.tokens.size(); ++i) {
        if (!s.free_japanese(i) || s.titles.in_title[s.pieces.first[i]]) continue;
        // Katakana in brackets after kanji is their reading (李強（リー・チャン）首相), no name of its own.
        if (i > 0 && has_kanji(s.view.tokens[i - 1].surface) && s.reading_after(i - 1)) {
            while (i + 1 < s.view.tokens.size() && s.view.text.compare(s.view.tokens[i].end, 1, ")") != 0) ++i;
            continue;
        }
        if (!hanzi_name(s, i, out) && !japanese_full_name(s, i, out) && !katakana_name(s, i, out) &&
            !japanese_surname(s, i, out))
            japanese_organisation(s, i, out);
    }
}

// Surname + given name from token `i`: 中谷|元, 岩屋|毅 (MeCab may miss the surname, never both when a title
// follows). Moves `i` to the name's last token; false when there is none.
bool NameFinder::japanese_full_name(const Scan& s, std::size_t& i, std::vector<NameCandidate>& out) const {
    const auto& tokens = s.view.tokens;
    const Token& t = tokens[i];
    const bool surname = t.is("名詞,固有名詞,人名,姓");
    const bool kanji_noun = t.is("名詞") && has_kanji(t.surface) && !t.is("名詞,固有名詞,人名") &&
                            !t.is("名詞,固有名詞,地域") && !t.is("名詞,固有名詞,組織") && utf8::length(t.surface) <= 3;
    const std::size_t given = (surname || kanji_noun) ? given_name_tokens(tokens, i + 1) : 0;
    bool all_free = given > 0;
    for (std::size_t k = i + 1; k <= i + given; ++k) all_free = all_free && s.free_japanese(k);
    if (!all_free || !(surname || s.titled_after(i + given))) return false;
    const std::size_t g = i + given;
    WrittenPart given_part = part_of(tokens[i + 1]);
    if (given > 1) {  // MeCab cut the given name (亮|正): read it whole from ENAMDICT, not in pieces
        given_part.surface = s.view.slice(tokens[i + 1].begin, tokens[g].end);
        given_part.reading.clear();
    }
    NameCandidate c;
    c.first_piece = s.pieces.first[i];
    c.last_piece = s.pieces.last[g];
    c.parts = {part_of(t), given_part};
    c.family_first = true;
    c.titled = s.titled_after(g);
    c.cue = "MeCab 人名 (surname, given name)";
    c.hangul = s.hangul_after(g);
    out.push_back(std::move(c));
    i = g;
    return true;
}

// A surname alone at token `i`: before a title or honorific (中谷氏, 石破首相) it may name a known person;
// alone it only joins a name met earlier in the text. False when token `i` is no name.
bool NameFinder::japanese_surname(const Scan& s, std::size_t i, std::vector<NameCandidate>& out) {
    const Token& t = s.view.tokens[i];
    if (!t.is("名詞,固有名詞,人名")) return false;
    NameCandidate c;
    c.first_piece = s.pieces.first[i];
    c.last_piece = s.pieces.last[i];
    c.parts = {part_of(t)};
    c.family_first = true;
    c.titled = s.titled_after(i);
    c.cue = c.titled ? "MeCab 人名 before a title" : "MeCab 人名";
    out.push_back(std::move(c));
    return true;
}

// Katakana words (joined by ・) from token `i`, a name before a title (ピート・ヘグセス国防長官, ルビオ国務長官),
// where MeCab tags one as a person, where ENAMDICT spells every part, or in a query of two parts or more. Moves `i` past the katakana words,
// name or not; false when token `i` is not katakana.
bool NameFinder::katakana_name(const Scan& s, std::size_t& i, std::vector<NameCandidate>& out) const {
    const auto& tokens = s.view.tokens;
    if (!katakana_word(tokens[i])) return false;
    std::size_t j = i;
    while (s.free_japanese(j + 1) && katakana_word(tokens[j + 1]) && !s.view.pieces[s.pieces.first[j + 1]].hard_gap &&
           !s.titles.in_title[s.pieces.first[j + 1]])
        ++j;
    bool person_tag = false;
    for (std::size_t k = i; k <= j; ++k) person_tag |= tokens[k].is("名詞,固有名詞,人名");
    std::vector<WrittenPart> parts;
    if (i == j)
        add_katakana_parts(tokens[i], parts);
    else  // only a name dot or a space parts a name: ブリ|ケット is one word (briquette), however MeCab cut it
        add_katakana_parts(whole_word(dotted(s.view.slice(tokens[i].begin, tokens[j].end))), parts);
    std::size_t last_piece = s.pieces.last[j];
    const bool titled = s.titled_after(j) || title_inside(s, j, parts, last_piece);
    const std::string hangul = s.hangul_after(j);
    if (titled || person_tag || spelled_by_enamdict(names_.get(), parts) || (s.query && parts.size() > 1) ||
        (!hangul.empty() && parts.size() > 1)) {
        NameCandidate c;
        c.first_piece = s.pieces.first[i];
        c.last_piece = last_piece;
        c.parts = std::move(parts);
        c.titled = titled;
        c.cue = c.titled ? "katakana name before a title" : "MeCab 人名 (katakana)";
        c.hangul = hangul;
        out.push_back(std::move(c));
    }
    i = j;
    return true;
}

// True when a title starts after a name dot inside katakana token `t` (アブドルアジズ・|エネルギー相): the
// parts from there on are the title's, dropped from `parts`; `last_piece` becomes the name's last piece.
bool NameFinder::title_inside(const Scan& s, std::size_t t, std::vector<WrittenPart>& parts, std::size_t& last_piece) {
    std::size_t dots_after = 0;  // name dots in token `t` after the title's start
    for (std::size_t p = s.pieces.last[t]; p > s.pieces.first[t] + 1; --p) {
        if (s.view.pieces[p].key == "\u30FB") ++dots_after;
        if (s.view.pieces[p - 1].key != "\u30FB" || !s.titles.in_title[p]) continue;
        if (parts.size() <= dots_after + 1) return false;
        parts.resize(parts.size() - dots_after - 1);
        last_piece = p - 2;
        return true;
    }
    return false;
}

// An organisation MeCab knows at token `i` (名詞,固有名詞,組織), of three characters or more: two are
// abbreviations such as 衆参.
void NameFinder::japanese_organisation(const Scan& s, std::size_t i, std::vector<NameCandidate>& out) {
    const Token& t = s.view.tokens[i];
    if (!t.is("名詞,固有名詞,組織") || utf8::length(t.surface) < 3) return;
    NameCandidate c;
    c.first_piece = s.pieces.first[i];
    c.last_piece = s.pieces.last[i];
    c.parts = {part_of(t)};
    c.organisation = true;
    c.cue = "MeCab 組織";
    out.push_back(std::move(c));
}

// A Chinese or Korean name in kanji from token `i`: a family name of han-family-names.txt and one or two
// characters more, however MeCab cut them (孫衛|東, 王|受文, 李|暁|東), before a title (or a word and a title:
// 外務|次官), with hangul or a katakana reading in
// brackets after it, or tagged a person by MeCab and ending before a word that is no kanji; a family name
// alone before a title (王次官). Cut after its first character; the reader decides by the text's country
// whether it is Chinese, Korean or Japanese. Moves `i` to its last token; false when there is none.
bool NameFinder::hanzi_name(const Scan& s, std::size_t& i, std::vector<NameCandidate>& out) const {
    const auto& tokens = s.view.tokens;
    std::size_t first_char_end = 0;
    utf8::next(tokens[i].surface, first_char_end);
    if (!all_kanji(tokens[i].surface) || !words_.han_family_names.count(tokens[i].surface.substr(0, first_char_end)))
        return false;
    // A Japanese surname MeCab reads whole (高橋, 石田) begins with a Chinese family name only by chance: 高橋誠
    // is Makoto Takahashi, not 高|橋誠.
    if (first_char_end < tokens[i].surface.size() && tokens[i].is("名詞,固有名詞,人名,姓")) return false;
    std::size_t j = i, chars = utf8::length(tokens[i].surface);
    while (chars < 3 && !s.titled_after(j) && s.hangul_after(j).empty() && !s.reading_after(j) && s.free_japanese(j + 1) &&
           tokens[j + 1].glued && all_kanji(tokens[j + 1].surface) && !s.titles.in_title[s.pieces.first[j + 1]])
        chars += utf8::length(tokens[++j].surface);
    if (chars > 3) return false;
    const std::string hangul = s.hangul_after(j);
    const bool ends = !s.free_japanese(j + 1) || !all_kanji(tokens[j + 1].surface);
    // Untitled, MeCab's person tag counts when the rest is no word it knows (劉|勁松, not 頼|政権).
    bool rest_unknown = true;
    for (std::size_t k = i + 1; k <= j; ++k)
        rest_unknown = rest_unknown && (tokens[k].reading.empty() || tokens[k].is("名詞,固有名詞,人名"));
    const bool person = tokens[i].is("名詞,固有名詞,人名") && ends && chars > 1 && rest_unknown;
    // A title after one more word of its office: 孫衛東|外務|次官.
    const bool titled = s.titled_after(j) || (chars > 1 && s.free_japanese(j + 1) && tokens[j + 1].is("名詞,一般") &&
                                              s.titled_after(j + 1));
    const bool read = chars > 1 && s.reading_after(j);
    if (!titled && hangul.empty() && !person && !read) return false;
    NameCandidate c;
    c.first_piece = s.pieces.first[i];
    c.last_piece = s.pieces.last[j];
    const std::string whole = s.view.slice(tokens[i].begin, tokens[j].end);
    const bool family_token = first_char_end == tokens[i].surface.size();
    c.parts.push_back(WrittenPart{whole.substr(0, first_char_end), family_token ? tokens[i].reading : ""});
    if (chars > 1) {
        const bool given_token = family_token && j == i + 1;
        c.parts.push_back(WrittenPart{whole.substr(first_char_end), given_token ? tokens[j].reading : ""});
    }
    c.family_first = c.hanzi = true;
    c.titled = titled;
    c.hangul = hangul;
    c.cue = c.titled              ? "hanzi name before a title"
            : !hangul.empty()     ? "hanja name with hangul"
            : read && !person     ? "hanzi name with its reading"
                                  : "MeCab 人名 (hanzi)";
    out.push_back(std::move(c));
    i = j;
    return true;
}

// Names written in hangul, two to four syllables alone (김태식 회장); hangul in brackets after a name
// found already belongs to it. The reader keeps those that start with a Korean family name.
void NameFinder::find_hangul(const Scan& s, std::vector<NameCandidate>& out) {
    std::vector<bool> bound(s.view.tokens.size(), false);
    for (const NameCandidate& c : out)
        if (!c.hangul.empty()) bound[s.view.pieces[c.last_piece].token + 1] = true;
    for (std::size_t t = 0; t < s.view.tokens.size(); ++t) {
        const Token& token = s.view.tokens[t];
        const std::size_t syllables = utf8::length(token.surface);
        if (bound[t] || s.covered[t] || !hangul_word(token) || syllables < 2 || syllables > 4) continue;
        // Korean writes titles after names in words of their own (조태열 장관, 김정은 위원장): a name starts a run.
        if (t > 0 && hangul_word(s.view.tokens[t - 1]) && s.view.tokens[t - 1].end + 1 == token.begin) continue;
        NameCandidate c;
        c.first_piece = s.pieces.first[t];
        c.last_piece = s.pieces.last[t];
        std::size_t first_end = 0;
        utf8::next(token.surface, first_end);
        c.parts = {WrittenPart{token.surface.substr(0, first_end), ""}, WrittenPart{token.surface.substr(first_end), ""}};
        c.family_first = true;
        c.hangul = token.surface;
        c.cue = "hangul name";
        out.push_back(std::move(c));
    }
}

}  // namespace geofacet
