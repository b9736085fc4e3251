// What the name finder's passes share: the scan of one text and the small tests on its tokens. Internal to
// entities/name_finder*.cc, which split the finder by script (Japanese with Chinese and Korean, English).
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "entities/name_finder.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/utf8.h"

namespace geofacet::name_scan {

inline bool capitalised(const Token& t) {
    const unsigned char c = static_cast<unsigned char>(t.surface[0]);
    return t.kind == TokenKind::Word && c >= 'A' && c <= 'Z';
}

inline std::string lower(const std::string& s) { return fold_case(s); }

// Only white space (or one hyphen) between two tokens: they may belong to one name.
inline bool joined_by_space(const std::string& text, const Token& a, const Token& b) {
    if (b.begin <= a.end) return true;
    for (std::size_t i = a.end; i < b.begin; ++i)
        if (text[i] != ' ' && text[i] != '-') return false;
    return b.begin - a.end <= 2;
}

// Piece range of each token.
struct TokenPieces {
    std::vector<std::size_t> first, last;
    TokenPieces(const TextView& view) : first(view.tokens.size(), 0), last(view.tokens.size(), 0) {
        for (std::size_t p = 0; p < view.pieces.size(); ++p) {
            const std::size_t t = view.pieces[p].token;
            if (p == 0 || view.pieces[p - 1].token != t) first[t] = p;
            last[t] = p;
        }
    }
};

inline WrittenPart part_of(const Token& t) { return WrittenPart{t.surface, t.reading}; }

// Katakana, possibly with name dots inside when MeCab kept a whole transcribed name as one word.
inline bool katakana_word(const Token& t) {
    if (t.kind != TokenKind::Japanese) return false;
    std::string without_dots;
    for (std::size_t i = 0; i < t.surface.size();) {
        const std::size_t start = i;
        if (utf8::next(t.surface, i) != 0x30FB) without_dots.append(t.surface, start, i - start);
    }
    return all_katakana(without_dots);
}

// `text` with its spaces made name dots: katakana words written apart are a name's parts.
inline std::string dotted(std::string text) {
    for (std::size_t at = text.find(' '); at != std::string::npos; at = text.find(' ', at))
        text.replace(at, 1, "\u30FB");
    return text;
}

// A token of `surface` alone, for text MeCab cut into several.
inline Token whole_word(std::string surface) {
    Token t;
    t.surface = std::move(surface);
    t.kind = TokenKind::Japanese;
    return t;
}

// The parts of a katakana token split at its name dots (イシバ・シゲル → イシバ, シゲル).
inline void add_katakana_parts(const Token& t, std::vector<WrittenPart>& parts) {
    const std::string dot = "\u30FB";
    std::size_t start = 0;
    while (start <= t.surface.size()) {
        const std::size_t at = t.surface.find(dot, start);
        const std::string part = t.surface.substr(start, at == std::string::npos ? std::string::npos : at - start);
        if (!part.empty()) parts.push_back(WrittenPart{part, at == std::string::npos && start == 0 ? t.reading : ""});
        if (at == std::string::npos) break;
        start = at + dot.size();
    }
}

// A name written in katakana, of two parts or more joined by ・, each a name ENAMDICT spells: エミリー・ジョーダン.
inline bool spelled_by_enamdict(const NameDictionary* names, const std::vector<WrittenPart>& parts) {
    if (!names || parts.size() < 2) return false;
    return std::all_of(parts.begin(), parts.end(), [&](const WrittenPart& p) { return !names->latin(p.surface).empty(); });
}

// A token of hangul syllables only.
inline bool hangul_word(const Token& t) { return t.kind == TokenKind::Word && all_hangul(t.surface); }

// Kanji only.
inline bool all_kanji(const std::string& s) {
    for (std::size_t i = 0; i < s.size();)
        if (!is_kanji(utf8::next(s, i))) return false;
    return !s.empty();
}

// True when `word` ends in a possessive: "Taipei's".
inline bool possessive(const std::string& word) {
    return word.size() > 2 && (word.compare(word.size() - 2, 2, "'s") == 0 ||
                               (word.size() > 4 && word.compare(word.size() - 4, 4, "\u2019s") == 0));
}

// `word` without a possessive ending: "Pezeshkian's" → "Pezeshkian".
inline std::string without_possessive(const std::string& word) {
    if (!possessive(word)) return word;
    return word.substr(0, word.size() - (word.compare(word.size() - 2, 2, "'s") == 0 ? 2 : 4));
}

}  // namespace geofacet::name_scan

namespace geofacet {

// What one call of find() reads.
struct NameFinder::Scan {
    const TextView& view;
    const TitleMarks& titles;
    const std::vector<bool>& covered;    // tokens of known actors and countries
    const std::vector<bool>& countries;  // tokens of countries, which may stand inside an organisation's name
    name_scan::TokenPieces pieces;
    bool query;  // a query: every katakana name of two parts or more is a name
    // English words the text writes after a title ("Ms Shoji"): family names, even when they are also head
    // words or common English words.
    std::unordered_set<std::string> titled_words;

    // A Japanese token that no known actor or country covers.
    bool free_japanese(std::size_t t) const {
        return t < view.tokens.size() && !covered[t] && view.tokens[t].kind == TokenKind::Japanese;
    }
    // A Japanese title or honorific stands right after token `t` (石破|首相, 中谷|氏).
    bool titled_after(std::size_t t) const { return titles.title_after[pieces.last[t]]; }
    // A capitalised English word that is not part of a title.
    bool capital_word(std::size_t t) const {
        return t < view.tokens.size() && name_scan::capitalised(view.tokens[t]) && !titles.in_title[pieces.first[t]];
    }
    // The hangul word in brackets right after token `t` (金泰植（김태식）), or "".
    std::string hangul_after(std::size_t t) const {
        if (t + 1 >= view.tokens.size() || !name_scan::hangul_word(view.tokens[t + 1])) return "";
        const Token& h = view.tokens[t + 1];
        const bool open = view.text.compare(view.tokens[t].end, h.begin - view.tokens[t].end, "(") == 0;
        return open && view.text.compare(h.end, 1, ")") == 0 ? h.surface : "";
    }
    // True when katakana in brackets follows token `t`: the reading a paper gives a Chinese name
    // (蔡宇軒（ツァイ・ユーシュエン）).
    bool reading_after(std::size_t t) const {
        const std::string& text = view.text;
        std::size_t at = view.tokens[t].end;
        if (text.compare(at, 1, "(") != 0) return false;
        std::size_t kana = 0;
        for (++at; at < text.size() && text[at] != ')' && kana < 16; ++kana) {
            const std::size_t start = at;
            utf8::next(text, at);
            if (!all_katakana(text.substr(start, at - start)) && text.compare(start, at - start, "\u30FB") != 0) return false;
        }
        return kana >= 2 && at < text.size() && text[at] == ')';
    }
    // A token glued to the previous one by a hyphen continues its word: "Eun-ji", "Moon-soo".
    bool hyphen_glued(std::size_t t) const {
        return t < view.tokens.size() && t > 0 && view.tokens[t].kind == TokenKind::Word &&
               view.text.compare(view.tokens[t - 1].end, view.tokens[t].begin - view.tokens[t - 1].end, "-") == 0;
    }
};

// One word of a run of capitalised English words.
struct NameFinder::RunWord {
    WrittenPart part;        // the word, with its hyphenated parts ("Eun-ji")
    std::size_t last_token;  // its last token
    bool connector;          // a small word inside an organisation's name: "of", "for"
    bool country;            // a country's word
    bool particle = false;   // a small word inside a person's name: "bin", "al-" (counts for no word)
};

}  // namespace geofacet
