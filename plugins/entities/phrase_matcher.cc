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

bool katakana_piece(const Piece& p) {
    std::size_t i = 0;
    return p.japanese && !p.key.empty() && is_katakana(utf8::next(p.key, i));
}

// One past the last piece of the katakana word that piece `i` begins: MeCab may cut a word it does not know
// into glued katakana pieces (フッ|クス|トラ for フックストラ), which count as one unit here, in a phrase as in
// the text, as a katakana word does everywhere.
std::size_t word_end(const std::vector<Piece>& pieces, std::size_t i) {
    std::size_t j = i + 1;
    if (katakana_piece(pieces[i]))
        while (j < pieces.size() && katakana_piece(pieces[j]) && pieces[j].begin == pieces[j - 1].end) ++j;
    return j;
}

std::string word_key(const std::vector<Piece>& pieces, std::size_t i, std::size_t end) {
    std::string key;
    for (std::size_t k = i; k < end; ++k) key += pieces[k].key;
    return key;
}

// A name dot that MeCab kept inside a word (ウルフ・クリステション as one token): a separator, as between words.
bool name_dot(const Piece& p) { return p.key == "\u30FB"; }

// True when piece `i` is inside a katakana word, not at its start (ルト in ボ|ルト).
bool inside_katakana_word(const std::vector<Piece>& pieces, std::size_t i) {
    return i > 0 && katakana_piece(pieces[i]) && katakana_piece(pieces[i - 1]) && pieces[i].begin == pieces[i - 1].end;
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
    for (std::size_t i = 0, end = 0; i < pieces.size(); i = end) {
        end = word_end(pieces, i);
        if (name_dot(pieces[i])) continue;
        if (pieces[i].key.empty()) return;
        p.keys.push_back(word_key(pieces, i, end));
        p.capital.push_back(!pieces[i].japanese && !pieces[i].lower);
    }
    const auto index = static_cast<std::uint32_t>(phrases_.size());
    phrases_.push_back(std::move(p));
    auto& list = by_first_key_[phrases_.back().keys.front()];
    list.push_back(index);
    std::stable_sort(list.begin(), list.end(), [this](std::uint32_t a, std::uint32_t b) {
        return phrases_[a].keys.size() > phrases_[b].keys.size();
    });
}

bool PhraseMatcher::matches_at(const Phrase& p, const std::vector<Piece>& text, std::size_t at, bool ignore_case,
                               std::size_t& end) const {
    if (!text[at].starts || inside_katakana_word(text, at)) return false;
    end = at;
    for (std::size_t k = 0; k < p.keys.size(); ++k) {
        while (k > 0 && end < text.size() && name_dot(text[end])) ++end;
        if (end >= text.size()) return false;
        const Piece& piece = text[end];
        const std::size_t next = word_end(text, end);
        if ((next == end + 1 ? piece.key : word_key(text, end, next)) != p.keys[k]) return false;
        if (k > 0 && piece.hard_gap) return false;
        if (!ignore_case && p.capital[k] && piece.lower) return false;
        end = next;
    }
    // A Japanese name of three or more characters ending in a kanji may end inside MeCab's word:
    // 防衛省 in 防衛省内. Katakana names may not (アルバ is not inside アルバニージー).
    const Piece& last = text[end - 1];
    return last.ends || (last.japanese && text[at].japanese && p.keys.size() >= 3 && has_kanji(last.key));
}

std::vector<PhraseMatch> PhraseMatcher::find(const std::vector<Piece>& text, bool ignore_case) const {
    std::vector<PhraseMatch> out;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t word = word_end(text, at);
        const auto it = by_first_key_.find(word == at + 1 ? text[at].key : word_key(text, at, word));
        bool found = false;
        if (it != by_first_key_.end()) {
            for (std::uint32_t index : it->second) {
                std::size_t end = 0;
                if (!matches_at(phrases_[index], text, at, ignore_case, end)) continue;
                out.push_back(PhraseMatch{at, end - 1, phrases_[index].value});
                at = end;
                found = true;
                break;
            }
        }
        // No phrase begins inside a katakana word (matches_at): past it at once, so that a long run of glued
        // katakana pieces is walked once, not once from each of its pieces.
        if (!found) at = word;
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
