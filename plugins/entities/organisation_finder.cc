#include "entities/organisation_finder.h"

#include <algorithm>

#include "entities/organisation_join.h"
#include "names/name_normaliser.h"
#include "names/romaji.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// ENAMDICT spells Japanese words with long vowels doubled (Gakushuuin University): the press writes
// them single (Gakushuin), as the name normaliser does.
std::string without_long_vowels(const std::string& name) {
    std::string out;
    for (const std::string& word : english_words(name)) {
        std::string w = word;
        if (reads_as_romaji(fold_case(w)))
            for (const char* doubled : {"uu", "ou", "oo"})
                for (std::size_t at = w.find(doubled); at != std::string::npos; at = w.find(doubled, at + 1)) w.erase(at + 1, 1);
        out += (out.empty() ? "" : " ") + w;
    }
    return out;
}

// The katakana words of `text` apart at its name dots (リスタッド・ → リスタッド, ""); none when `text` holds
// anything but katakana and name dots.
std::vector<std::string> katakana_words(const std::string& text) {
    std::vector<std::string> out(1);
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t next = text.find("\u30FB", at);
        out.back() += text.substr(at, next == std::string::npos ? std::string::npos : next - at);
        if (!out.back().empty() && !all_katakana(out.back())) return {};
        if (next == std::string::npos) break;
        out.emplace_back();
        at = next + 3;
    }
    return out;
}

}  // namespace

// What one call of find() reads.
struct OrganisationFinder::Scan {
    const TextView& view;
    const std::vector<bool>& covered;
    const std::vector<bool>& countries;
    const TitleMarks& titles;
    NameNormaliser& names;
    const NameEvidence& evidence;
    std::vector<std::size_t> first_piece, last_piece;  // of each token

    const Token& token(std::size_t t) const { return view.tokens[t]; }
    bool japanese(std::size_t t) const {
        return t < view.tokens.size() && token(t).kind == TokenKind::Japanese && !titles.in_title[first_piece[t]];
    }
    // A head may stand on a token no known actor or country took.
    bool free(std::size_t t) const { return japanese(t) && !covered[t]; }
    // Token `t` may stand before a head, in the same compound: a noun (a country's too), glued to the next.
    bool before_head(std::size_t t) const {
        if (!japanese(t) || (covered[t] && !countries[t]) || t + 1 >= view.tokens.size()) return false;
        const Token& next = token(t + 1);
        if (!next.glued || view.pieces[first_piece[t + 1]].hard_gap || !token(t).is("名詞")) return false;
        for (const char* not_name : {"名詞,数", "名詞,非自立", "名詞,代名詞", "名詞,副詞可能", "名詞,接尾"})
            if (token(t).is(not_name)) return token(t).is("名詞,接尾,一般") || token(t).is("名詞,接尾,地域");  // 桜|橋
        return true;
    }
    // Katakana token `t` is joined by a name dot to the katakana token after it: サハリン・エナジー.
    bool dotted_before(std::size_t t) const {
        return japanese(t) && (!covered[t] || countries[t]) && t + 1 < view.tokens.size() &&
               all_katakana(token(t).surface) && all_katakana(token(t + 1).surface) &&
               view.text.compare(token(t).end, token(t + 1).begin - token(t).end, "\u30FB") == 0;
    }
    // Kanji token `t`, of any part of speech, glued to the next in one compound (遠 in 遠|州|精機).
    bool glued_kanji(std::size_t t) const {
        return japanese(t) && (!covered[t] || countries[t]) && has_kanji(token(t).surface) && t + 1 < view.tokens.size() &&
               token(t + 1).glued && !view.pieces[first_piece[t + 1]].hard_gap;
    }
    // Token `t` is joined by a name dot to a neighbour MeCab tags a person's name: a part of a foreign
    // person's name (ローラ・ワイス, whatever tag ローラ has), not an organisation of its own.
    bool part_of_person_name(std::size_t t) const {
        const auto dotted_person = [&](std::size_t a, std::size_t b) {
            return view.text.compare(token(a).end, token(b).begin - token(a).end, "\u30FB") == 0 &&
                   (token(a == t ? b : a).is("名詞,固有名詞,人名"));
        };
        return (t > 0 && dotted_person(t - 1, t)) || (t + 1 < view.tokens.size() && dotted_person(t, t + 1));
    }
    // A place's or family's name (or a katakana word) that may begin an organisation's name before token
    // `to`: a proper noun, or common words that ENAMDICT knows together as a name (桜|橋).
    bool name_like(std::size_t t, std::size_t to) const {
        const Token& k = token(t);
        if (countries[t]) return false;
        if (k.is("名詞,固有名詞") || all_katakana(k.surface)) return true;
        for (std::size_t end = t + 1; end < to; ++end)
            if (!names.dictionary().readings(view.slice(k.begin, token(end).end)).empty()) return true;
        return false;
    }
    // The words of tokens `from`..`to` - 1: the longest runs of them that ENAMDICT knows as one name (桜|橋 is
    // Sakurabashi), else each token's reading.
    std::vector<std::string> words(std::size_t from, std::size_t to) const {
        std::vector<std::string> out;
        for (std::size_t t = from; t < to;) {
            std::size_t next = t + 1;
            std::string word;
            for (std::size_t k = to; k > t + 1 && word.empty(); --k) {
                const std::string joined = view.slice(token(t).begin, token(k - 1).end);
                if (!names.dictionary().readings(joined).empty()) {
                    const auto parts = names.any_part(joined);
                    if (!parts.empty()) word = parts.front(), next = k;
                }
            }
            out.push_back(word.empty() ? reading(t) : word);
            t = next;
        }
        return out;
    }
    // The parts of the name on tokens `from`..`to` before byte `end`, for joining with an English name:
    // katakana words apart at name dots and whole across MeCab's cuts (ブエノス|アイレス), any other token one part.
    std::vector<OrganisationPiece> parts(std::size_t from, std::size_t to, std::size_t end,
                                         const OrganisationDictionary* dictionary, const NameWords* english) const {
        std::vector<OrganisationPiece> out;
        bool open_kana = false;  // the last part is katakana that the next katakana continues
        for (std::size_t t = from; t <= to && token(t).begin < end; ++t) {
            std::string text = view.slice(token(t).begin, std::min(end, token(t).end));
            const std::vector<std::string> words = katakana_words(text);
            // Kanji words ENAMDICT knows together are one name (遠|州 is Enshu).
            for (std::size_t k = std::min(to, t + 3); words.empty() && k > t; --k)
                if (token(k).end <= end && !names.dictionary().readings(view.slice(token(t).begin, token(k).end)).empty()) {
                    text = view.slice(token(t).begin, token(k).end);
                    t = k;
                    break;
                }
            const bool kana = !words.empty();
            open_kana = open_kana && kana && t > from && token(t).begin == token(t - 1).end;
            const std::vector<std::string> list = kana ? words : std::vector<std::string>{text};
            for (std::size_t w = 0; w < list.size(); ++w) {
                open_kana = open_kana && w == 0;  // a name dot ends a word
                if (list[w].empty()) continue;
                if (open_kana) out.back().surface += list[w];
                else out.push_back(OrganisationPiece{list[w], "", {}, {}});
            }
            open_kana = kana && !list.back().empty();
        }
        for (OrganisationPiece& p : out) {
            if (all_katakana(p.surface)) {
                p.kana_latin = names.kana_latin(p.surface);
                for (const std::string& l : names.dictionary().latin(p.surface)) p.readings.push_back(fold_case(strip_latin_diacritics(l)));
            } else {
                p.readings = names.any_part(p.surface);
                add_chinese_readings(p);
            }
            // Loanwords too: リサーチ is "research", by EDICT rather than by its sound.
            if (dictionary) p.glosses = dictionary->glosses(p.surface);
            const auto more = english->find(p.surface);
            if (more != english->end()) p.glosses.insert(p.glosses.end(), more->second.begin(), more->second.end());
        }
        // "&" stands for "and", which the English name holds without it counting (Research & Technologies).
        out.erase(std::remove_if(out.begin(), out.end(), [](const OrganisationPiece& p) { return p.surface == "&"; }),
                  out.end());
        return out;
    }
    // A Chinese company or institute in kanji is named in English by its Mandarin reading (贛鋒 Ganfeng), or
    // Taiwan's (中華 Chung-Hua): readings the English name of the archive must confirm whole, never ids.
    void add_chinese_readings(OrganisationPiece& p) const {
        const std::string mandarin = names.mandarin(p.surface);
        if (mandarin.empty()) return;
        std::string taiwan;
        for (const std::string& syllable : names.taiwan_syllables(p.surface)) taiwan += (taiwan.empty() ? "" : " ") + syllable;
        for (const std::string& r : {mandarin, taiwan})
            if (!r.empty() && std::find(p.readings.begin(), p.readings.end(), r) == p.readings.end()) p.readings.push_back(r);
    }
    // The canonical reading of token `t` as a word of an English name: ENAMDICT's spelling of a katakana
    // word, else MeCab's reading, else ENAMDICT's.
    std::string reading(std::size_t t) const {
        const Token& k = token(t);
        if (all_katakana(k.surface)) {
            const auto latin = names.dictionary().latin(k.surface);
            if (!latin.empty()) return latin.front();
        }
        if (!k.reading.empty()) return names.kana_romaji(k.reading);
        const auto parts = names.any_part(k.surface);
        return parts.empty() ? std::string() : parts.front();
    }
};

// The head word that token `j` ends in, alone (庁), as the end of a compound (野村証券), or across tokens
// (委員|会, 京都大|学); sets `head_token` to the token where the head begins. Null when none.
const OrganisationHead* OrganisationFinder::head_at(const Scan& s, std::size_t j, std::size_t& head_token) const {
    if (!s.free(j)) return nullptr;
    for (const OrganisationHead& h : words_.heads) {
        std::string tail = s.token(j).surface;
        std::size_t k = j;
        // A head cut by MeCab begins in one of the two free tokens before.
        while (tail.size() < h.japanese.size() && k > 0 && j - k < 2 && s.free(k - 1) && s.token(k).glued)
            tail = s.token(--k).surface + tail;
        if (!ends_with(tail, h.japanese)) continue;
        const std::size_t begin = s.token(j).end - h.japanese.size();
        if (works_at(s.view.text, begin)) return nullptr;  // 加古川製鉄所 is a steelworks
        while (s.token(k).end <= begin) ++k;
        head_token = k;
        return &h;
    }
    return nullptr;
}

bool OrganisationFinder::named_by_dictionary(const Scan& s, std::size_t from, std::size_t j, OrganisationSpan& span) const {
    if (!dictionary_) return false;
    std::string english = dictionary_->english(s.view.slice(s.token(from).begin, s.token(j).end));
    if (english.empty()) return false;
    english = without_long_vowels(english);
    span = OrganisationSpan{from, j, s.first_piece[from], s.last_piece[j], std::move(english), "", "dictionary", ""};
    return true;
}

// The name of tokens `from`..`j`, whose head `head` begins at `head_token`: the readings of the words before
// it, the first a place's or family's name, then the head's English words (野村|証券 → Nomura Securities).
bool OrganisationFinder::named_by_shape(const Scan& s, std::size_t from, std::size_t head_token, std::size_t j,
                                        const OrganisationHead& head, OrganisationSpan& span) const {
    const Token& ht = s.token(head_token);
    const std::size_t head_begin = s.token(j).end - head.japanese.size();
    const bool inside = head_begin > ht.begin;  // 野村証券: the name and its head in one token
    // A common word that ends in a head (与党, 政党) is no name; nor is one that begins with a common word.
    if (inside && !ht.is("名詞,固有名詞")) return false;
    if (from < head_token && !s.name_like(from, head_token)) return false;
    if (from == head_token && !inside) return false;
    if (dictionary_ && dictionary_->common_word(s.view.slice(s.token(from).begin, s.token(j).end))) return false;
    std::vector<std::string> words = s.words(from, head_token);
    if (inside) {
        const std::string before = s.view.slice(ht.begin, head_begin);
        if (head_token == j && ends_with(ht.reading, head.reading) && ht.reading.size() > head.reading.size())
            words.push_back(s.names.kana_romaji(ht.reading.substr(0, ht.reading.size() - head.reading.size())));
        else if (const auto parts = s.names.any_part(before); !parts.empty())
            words.push_back(parts.front());
    }
    if (words.empty() || std::any_of(words.begin(), words.end(), [](const std::string& w) { return w.empty(); }))
        return false;
    std::string english;
    for (const std::string& w : words) english += title_case(w) + " ";
    span = OrganisationSpan{from, j, s.first_piece[from], s.last_piece[j], english + head.english, "",
                            "head word " + head.japanese, ""};
    return true;
}

// A name written in kana right after punctuation, which MeCab cuts as it can (、み|ず|なみ|総研): read whole.
bool OrganisationFinder::named_in_kana(const Scan& s, std::size_t head_token, std::size_t j,
                                       const OrganisationHead& head, OrganisationSpan& span) const {
    // The head alone, after a noun (not a particle: ただの党, すぐに銀行); a katakana head is named_in_katakana's.
    if (head_token == 0 || all_katakana(head.japanese) || s.view.slice(s.token(head_token).begin, s.token(j).end) != head.japanese ||
        !s.token(head_token - 1).is("名詞"))
        return false;
    std::size_t from = head_token;
    while (from > 0 && head_token - from < 4 && s.token(from).glued && s.free(from - 1) &&
           all_kana(s.token(from - 1).surface) && (from == head_token || !s.view.pieces[s.first_piece[from]].hard_gap))
        --from;
    if (from == head_token || (from > 0 && !s.view.pieces[s.first_piece[from]].hard_gap)) return false;
    const std::string kana = s.view.slice(s.token(from).begin, s.token(head_token - 1).end);
    if (utf8::length(kana) < 3) return false;
    span = OrganisationSpan{from, j, s.first_piece[from], s.last_piece[j],
                            title_case(s.names.kana_romaji(kana)) + " " + head.english, "", "kana name and head word", ""};
    return true;
}

// The name of tokens `from`..`j`, whose head `head` begins at `head_token`, as the English name of the archive
// that accounts for all of it (国際|危機|グループ is the International Crisis Group an English article named).
bool OrganisationFinder::joined_by_evidence(const Scan& s, std::size_t from, std::size_t head_token, std::size_t j,
                                            const OrganisationHead& head, OrganisationSpan& span) const {
    // A common word that ends in a head (中央銀行 "central bank") names no organisation, whatever the archive wrote.
    if (!s.evidence.spellings ||
        (dictionary_ && dictionary_->common_word(s.view.slice(s.token(from).begin, s.token(j).end))))
        return false;
    const std::vector<OrganisationPiece> pieces =
        s.parts(from, head_token, s.token(j).end - head.japanese.size(), dictionary_.get(), &words_.name_words);
    std::vector<std::string> heads{head.english};
    heads.insert(heads.end(), head.also.begin(), head.also.end());
    // The press may keep a Japanese company's head in romaji: 北海水産 is Hokkai Suisan.
    if (!head.reading.empty()) heads.push_back(s.names.kana_romaji(head.reading));
    const auto joined = join_organisation(pieces, heads, s.evidence, s.names);
    if (!joined) return false;
    span = OrganisationSpan{from, j, s.first_piece[from], s.last_piece[j], title_case(joined->written), "",
                            "English name " + joined->written + " in the archive", joined->id};
    return true;
}

// A katakana head after katakana words joined to it by a name dot (リスタッド・エナジー, サハリン・エナジー), in one
// MeCab word or several: the words' readings and the head's English words. A word EDICT glosses in lower
// case is no name (ワーキング・グループ).
bool OrganisationFinder::named_in_katakana(const Scan& s, std::size_t head_token, std::size_t j,
                                           const OrganisationHead& head, OrganisationSpan& span) const {
    const std::size_t head_begin = s.token(j).end - head.japanese.size();
    if (!all_katakana(head.japanese) || head_begin < 3 || s.view.text.compare(head_begin - 3, 3, "\u30FB") != 0)
        return false;
    std::size_t from = head_token;
    if (head_begin == s.token(head_token).begin) {
        if (head_token == 0 || !s.dotted_before(head_token - 1)) return false;
        from = head_token - 1;
    }
    const std::vector<OrganisationPiece> pieces = s.parts(from, head_token, head_begin, nullptr, &words_.name_words);
    const std::string english = katakana_english(s, pieces);
    if (english.empty()) return false;
    span = OrganisationSpan{from, j, s.first_piece[from], s.last_piece[j], english + " " + head.english, "",
                            "katakana name and head word " + head.japanese, ""};
    return true;
}

// A katakana head word right after a Latin name glued to it (ＯＣＴＡ|リサーチ, ＪＸ|ホールディングス): the name as
// written and the head's English words.
bool OrganisationFinder::named_in_latin(const Scan& s, std::size_t head_token, std::size_t j, const OrganisationHead& head,
                                        OrganisationSpan& span) const {
    if (head_token != j || head_token == 0 || !all_katakana(head.japanese) || s.token(j).surface != head.japanese) return false;
    const Token& name = s.token(j - 1);
    if (name.kind != TokenKind::Word || s.covered[j - 1] || name.end != s.token(j).begin || name.surface[0] < 'A' ||
        name.surface[0] > 'Z')
        return false;
    span = OrganisationSpan{j - 1, j, s.first_piece[j - 1], s.last_piece[j], name.surface + " " + head.english, "",
                            "Latin name and head word " + head.japanese, ""};
    return true;
}

// The English words of katakana `pieces` (one to three), each ENAMDICT's Latin spelling else its
// romanisation; "" when one is no name (a single character, or a word EDICT glosses in lower case).
std::string OrganisationFinder::katakana_english(const Scan& s, const std::vector<OrganisationPiece>& pieces) const {
    if (pieces.empty() || pieces.size() > 3) return "";
    std::string english;
    for (const OrganisationPiece& p : pieces) {
        if (p.kana_latin.empty() || utf8::length(p.surface) < 2 || (dictionary_ && dictionary_->common_word(p.surface)))
            return "";
        const auto latin = s.names.dictionary().latin(p.surface);
        english += (english.empty() ? "" : " ") + title_case(latin.empty() ? s.names.kana_romaji(p.surface) : latin.front());
    }
    return english;
}

// True when a word of cues_before ends the token right before token `from`, or the one before の there:
// 造船大手|オースタル, 航空機メーカー|の|エンブラエル.
bool OrganisationFinder::cue_before(const Scan& s, std::size_t from) const {
    if (from == 0) return false;
    std::size_t c = from - 1;
    if (s.token(c).surface == "の" && c > 0) --c;
    const std::string between = s.view.slice(s.token(c).end, s.token(from).begin);
    if ((!between.empty() && between != "の") || s.token(c).kind != TokenKind::Japanese) return false;
    return std::any_of(words_.cues_before.begin(), words_.cues_before.end(),
                       [&](const std::string& cue) { return ends_with(s.token(c).surface, cue); });
}

// True when a word of cues_after is the token glued right after token `j`: エンブラエル|社.
bool OrganisationFinder::cue_after(const Scan& s, std::size_t j) const {
    if (j + 1 >= s.view.tokens.size() || s.token(j + 1).begin != s.token(j).end) return false;
    const std::string& next = s.token(j + 1).surface;
    return std::find(words_.cues_after.begin(), words_.cues_after.end(), next) != words_.cues_after.end();
}

// A katakana name (one word across MeCab's cuts: ユーロ|クリア) or a Latin one (JBS) that a cue describes as
// an organisation, ending at token `j`: the English name of the archive it sounds like, else its reading.
bool OrganisationFinder::described_at(const Scan& s, std::size_t j, OrganisationSpan& span) const {
    const auto katakana = [&](std::size_t t) {
        return t < s.view.tokens.size() && s.free(t) && !katakana_words(s.token(t).surface).empty();
    };
    const auto one_word = [&](std::size_t a) {  // tokens a and a + 1 are one katakana name
        if (!katakana(a) || !katakana(a + 1)) return false;
        const std::string gap = s.view.slice(s.token(a).end, s.token(a + 1).begin);
        return gap.empty() || gap == "\u30FB";
    };
    const Token& last = s.token(j);
    const bool latin = last.kind == TokenKind::Word && !s.covered[j] && last.surface[0] >= 'A' && last.surface[0] <= 'Z';
    if (!latin && (!katakana(j) || one_word(j))) return false;
    std::size_t from = j;
    while (!latin && from > 0 && j - from < 4 && one_word(from - 1)) --from;
    if ((!cue_before(s, from) && !cue_after(s, j)) || s.titles.title_after[s.last_piece[j]] || s.part_of_person_name(j))
        return false;
    const std::string text = s.view.slice(s.token(from).begin, last.end);
    if (utf8::length(text) < 3 || (dictionary_ && dictionary_->common_word(text))) return false;
    span = OrganisationSpan{from, j, s.first_piece[from], s.last_piece[j], text, "", "Latin name described as an organisation", ""};
    if (latin) return true;
    const std::vector<OrganisationPiece> pieces = s.parts(from, j, last.end, nullptr, &words_.name_words);
    if (const auto joined = join_organisation_by_sound(pieces, s.evidence, s.names)) {
        span.english = title_case(joined->written);
        span.id = joined->id;
        span.rule = "English name " + joined->written + " in the archive, by sound";
        return true;
    }
    span.english = katakana_english(s, pieces);
    span.rule = "katakana name described as an organisation";
    return !span.english.empty();
}


// The organisation whose name ends at token `j`, if any.
bool OrganisationFinder::found_at(const Scan& s, std::size_t j, OrganisationSpan& span) const {
    std::size_t head_token = j;
    if (const OrganisationHead* head = head_at(s, j, head_token)) {
        std::size_t start = head_token;
        while (start > 0 && head_token - start < 5 && (s.before_head(start - 1) || s.dotted_before(start - 1))) --start;
        // The longest name the archive wrote in English (whose parts may be words MeCab misread: 遠|州精機),
        // else the longest the dictionaries know, else the longest formed from a name and the head.
        std::size_t join_start = start;
        while (join_start > 0 && head_token - join_start < 5 && s.glued_kanji(join_start - 1)) --join_start;
        for (std::size_t from = join_start; from <= head_token; ++from)
            if (joined_by_evidence(s, from, head_token, j, *head, span)) return true;
        for (std::size_t from = start; from <= head_token; ++from)
            if (named_by_dictionary(s, from, j, span)) return true;
        if (named_in_kana(s, head_token, j, *head, span)) return true;
        if (named_in_katakana(s, head_token, j, *head, span)) return true;
        if (named_in_latin(s, head_token, j, *head, span)) return true;
        for (std::size_t from = start; from <= head_token; ++from)
            if (named_by_shape(s, from, head_token, j, *head, span)) return true;
    }
    if (described_at(s, j, span)) return true;
    const Token& t = s.token(j);
    if (!s.free(j) || !t.is("名詞,固有名詞,組織") || utf8::length(t.surface) < 3 || s.part_of_person_name(j))
        return false;
    if (named_by_dictionary(s, j, j, span)) return true;
    // No English name can be formed: the reading as one word, as MeCab gives it.
    const std::string romanised = t.reading.empty() ? std::string() : s.names.kana_romaji(t.reading);
    if (romanised.empty()) return false;
    span = OrganisationSpan{j, j, s.first_piece[j], s.last_piece[j], "", romanised, "MeCab 組織", ""};
    return true;
}

std::vector<OrganisationSpan> OrganisationFinder::find(const TextView& view, const std::vector<bool>& covered,
                                                       const std::vector<bool>& countries, const TitleMarks& titles,
                                                       NameNormaliser& names, const NameEvidence& evidence) const {
    Scan s{view, covered, countries, titles, names, evidence, std::vector<std::size_t>(view.tokens.size(), 0),
           std::vector<std::size_t>(view.tokens.size(), 0)};
    for (std::size_t p = view.pieces.size(); p-- > 0;) s.first_piece[view.pieces[p].token] = p;
    for (std::size_t p = 0; p < view.pieces.size(); ++p) s.last_piece[view.pieces[p].token] = p;
    std::vector<OrganisationSpan> out;
    for (std::size_t j = 0; j < view.tokens.size(); ++j) {
        OrganisationSpan span;
        if (!found_at(s, j, span)) continue;
        // Names do not overlap: a longer one that holds the previous takes its place (京都大|学 after 京都大).
        if (!out.empty() && span.first_token <= out.back().last_token) {
            if (span.first_token <= out.back().first_token) out.back() = std::move(span);
            continue;
        }
        out.push_back(std::move(span));
    }
    return out;
}

void OrganisationFinder::add_mentions(const TextView& view, const std::vector<OrganisationSpan>& spans,
                                      std::vector<Mention>& out) const {
    for (const OrganisationSpan& o : spans) {
        const bool english = !o.english.empty();
        std::string id = english ? organisation_id(english_words(o.english), words_.suffixes) : "org-" + o.romanised;
        if (!o.id.empty()) id = o.id;
        Mention m = view.mention(Facet::Actor, id, o.first_piece, o.last_piece, o.rule);
        m.label_ja = m.text;
        m.label_en = english ? o.english : title_case(o.romanised);
        out.push_back(std::move(m));
    }
}

bool OrganisationFinder::works_at(const std::string& text, std::size_t at) const {
    for (const std::string& w : words_.works)
        if (text.compare(at, w.size(), w) == 0) return true;
    return false;
}

bool OrganisationFinder::head_begins(const std::string& text, std::size_t at) const {
    for (const OrganisationHead& head : words_.heads)
        if (text.compare(at, head.japanese.size(), head.japanese) == 0) return true;
    return false;
}

}  // namespace geofacet
