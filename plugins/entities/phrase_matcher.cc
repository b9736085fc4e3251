#include "entities/phrase_matcher.h"

#include <algorithm>

#include "text/token_term.h"
#include "text/kana_fold.h"
#include "text/script.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

// Characters that may sit inside a name or phrase without ending it: spaces, the katakana middle dot,
// equals signs of transcribed names, hyphens, dots of abbreviations, apostrophes, ampersands ("Mitsui & Co.",
// "Korea Hydro & Nuclear Power") and (English) commas.
bool soft_separator(char32_t c, bool japanese) {
    switch (c) {
        case U' ': case U'\t': case U'\n': case U'\r': case 0x30FB: case U'=': case U'-': case U'.': case U'\'':
        case 0x2019: case 0x2010: case 0x2011: case 0x00B7: case U'&': case 0xFF06:
            return true;
        case U',':
            return !japanese;
        default:
            return script_of(c) == Script::Space;
    }
}

bool has_hard_gap(const std::string& text, std::size_t from, std::size_t to, bool japanese) {
    for (std::size_t i = from; i < to;)
        if (!soft_separator(utf8::next(text, i), japanese)) return true;
    return false;
}

bool all_lower(const std::string& s) {
    bool letter = false;
    for (unsigned char c : s) {
        if (c >= 'A' && c <= 'Z') return false;
        if (c >= 'a' && c <= 'z') letter = true;
    }
    return letter;
}

}  // namespace

std::vector<Piece> make_pieces(const std::vector<Token>& tokens, const std::string& text) {
    std::vector<Piece> out;
    std::size_t prev_end = 0;
    for (std::size_t ti = 0; ti < tokens.size(); ++ti) {
        const Token& t = tokens[ti];
        const bool japanese = t.kind == TokenKind::Japanese;
        const bool gap = ti > 0 && has_hard_gap(text, prev_end, t.begin, japanese);
        if (!japanese) {
            Piece p;
            p.key = exact_term(t);
            p.begin = t.begin;
            p.end = t.end;
            p.token = ti;
            p.hard_gap = gap;
            p.lower = all_lower(t.surface);
            out.push_back(std::move(p));
        } else {
            for (std::size_t i = t.begin; i < t.end;) {
                Piece p;
                p.begin = i;
                const char32_t c = utf8::next(text, i);
                if (is_katakana(c)) {
                    // A katakana word is one piece, its spelling variants folded, so that an alias matches
                    // whichever way the text spells it (コルビー and コルビ, ヴァンス and バンス).
                    for (std::size_t j = i; j < t.end;) {
                        std::size_t k = j;
                        if (!is_katakana(utf8::next(text, k))) break;
                        i = j = k;
                    }
                    p.key = fold_katakana_variants(std::string_view(text).substr(p.begin, i - p.begin));
                    if (p.key.empty()) p.key = text.substr(p.begin, i - p.begin);
                } else {
                    utf8::append(p.key, c);  // old kanji were already folded by NormalisedText
                }
                p.end = i;
                p.token = ti;
                p.japanese = true;
                p.starts = p.begin == t.begin || std::count(t.breaks.begin(), t.breaks.end(), p.begin) > 0;
                p.ends = p.end == t.end || std::count(t.breaks.begin(), t.breaks.end(), p.end) > 0;
                p.hard_gap = p.begin == t.begin && gap;
                out.push_back(std::move(p));
            }
        }
        prev_end = t.end;
    }
    return out;
}

void PhraseMatcher::add(const std::vector<Piece>& pieces, std::uint32_t value) {
    if (pieces.empty()) return;
    Phrase p;
    p.value = value;
    for (const Piece& piece : pieces) {
        if (piece.key.empty()) return;
        p.keys.push_back(piece.key);
        p.capital.push_back(!piece.japanese && !piece.lower);
    }
    const auto index = static_cast<std::uint32_t>(phrases_.size());
    phrases_.push_back(std::move(p));
    auto& list = by_first_key_[phrases_.back().keys.front()];
    list.push_back(index);
    std::stable_sort(list.begin(), list.end(), [this](std::uint32_t a, std::uint32_t b) {
        return phrases_[a].keys.size() > phrases_[b].keys.size();
    });
}

bool PhraseMatcher::matches_at(const Phrase& p, const std::vector<Piece>& text, std::size_t at,
                               bool ignore_case) const {
    if (at + p.keys.size() > text.size() || !text[at].starts) return false;
    for (std::size_t k = 0; k < p.keys.size(); ++k) {
        const Piece& piece = text[at + k];
        if (piece.key != p.keys[k]) return false;
        if (k > 0 && piece.hard_gap) return false;
        if (!ignore_case && p.capital[k] && piece.lower) return false;
    }
    // A Japanese name of three or more characters ending in a kanji may end inside MeCab's word:
    // 防衛省 in 防衛省内. Katakana names may not (アルバ is not inside アルバニージー).
    const Piece& last = text[at + p.keys.size() - 1];
    return last.ends || (last.japanese && text[at].japanese && p.keys.size() >= 3 && has_kanji(last.key));
}

std::vector<PhraseMatch> PhraseMatcher::find(const std::vector<Piece>& text, bool ignore_case) const {
    std::vector<PhraseMatch> out;
    for (std::size_t at = 0; at < text.size();) {
        const auto it = by_first_key_.find(text[at].key);
        bool found = false;
        if (it != by_first_key_.end()) {
            for (std::uint32_t index : it->second) {
                const Phrase& p = phrases_[index];
                if (!matches_at(p, text, at, ignore_case)) continue;
                out.push_back(PhraseMatch{at, at + p.keys.size() - 1, p.value});
                at += p.keys.size();
                found = true;
                break;
            }
        }
        if (!found) ++at;
    }
    return out;
}

}  // namespace geofacet

#include "text/segmenter.h"

namespace geofacet {
std::vector<Piece> pieces_of(Segmenter& segmenter, std::string_view phrase) {
    const NormalisedText normalised(phrase);
    return make_pieces(segmenter.segment(normalised), normalised.text());
}
}  // namespace geofacet
