#include "entities/name_finder.h"

#include <algorithm>

#include "names/romaji.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

bool capitalised(const Token& t) {
    const unsigned char c = static_cast<unsigned char>(t.surface[0]);
    return t.kind == TokenKind::Word && c >= 'A' && c <= 'Z';
}

std::string lower(const std::string& s) { return fold_case(s); }

// Only white space (or one hyphen) between two tokens: they may belong to one name.
bool joined_by_space(const std::string& text, const Token& a, const Token& b) {
    if (b.begin <= a.end) return true;
    for (std::size_t i = a.end; i < b.begin; ++i)
        if (text[i] != ' ' && text[i] != '-') return false;
    return b.begin - a.end <= 2;
}

}  // namespace

bool NameFinder::common_english(const std::string& word) const {
    if (!english_) return false;
    std::string w = lower(word);
    for (int form = 0; form < 2; ++form) {
        for (std::string_view rest : english_->find(w))
            if (rest.size() >= 2 && rest.substr(rest.size() - 2) == "|w") return true;  // written in lower case
        if (w.size() < 4 || w.back() != 's') break;
        w.pop_back();  // "Earths": the singular is a common word
    }
    return false;
}

bool NameFinder::organisation_head(const std::string& word) const { return words_.organisation_heads.count(lower(word)) > 0; }

bool NameFinder::name_word(const TextView& view, std::size_t t) const {
    if (t >= view.tokens.size()) return false;
    const Token& token = view.tokens[t];
    if (token.kind == TokenKind::Japanese) return given_name_tokens(view.tokens, t) > 0;
    return capitalised(token) && !words_.not_name.count(lower(token.surface));
}

std::vector<NameCandidate> NameFinder::find(const TextView& view, const TitleMarks& titles,
                                            const std::vector<bool>& covered, const std::vector<bool>& countries) const {
    std::vector<NameCandidate> out;
    find_japanese(view, titles, covered, out);
    find_english(view, titles, covered, countries, out);
    std::sort(out.begin(), out.end(),
              [](const NameCandidate& a, const NameCandidate& b) { return a.first_piece < b.first_piece; });
    return out;
}

namespace {

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

WrittenPart part_of(const Token& t) { return WrittenPart{t.surface, t.reading}; }

// Katakana, possibly with name dots inside when MeCab kept a whole transcribed name as one word.
bool katakana_word(const Token& t) {
    if (t.kind != TokenKind::Japanese) return false;
    std::string without_dots;
    for (std::size_t i = 0; i < t.surface.size();) {
        const std::size_t start = i;
        if (utf8::next(t.surface, i) != 0x30FB) without_dots.append(t.surface, start, i - start);
    }
    return all_katakana(without_dots);
}

// The parts of a katakana token split at its name dots (イシバ・シゲル → イシバ, シゲル).
void add_katakana_parts(const Token& t, std::vector<WrittenPart>& parts) {
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

}  // namespace

// How many tokens from `at` make a given name: a 人名,名 token, or two kanji tokens of three characters at
// most that ENAMDICT knows together as a given name (亮|正 → 亮正). 0 when none.
std::size_t NameFinder::given_name_tokens(const std::vector<Token>& tokens, std::size_t at) const {
    if (at >= tokens.size() || !tokens[at].glued || tokens[at].kind != TokenKind::Japanese) return 0;
    if (names_ && at + 1 < tokens.size() && tokens[at + 1].glued && tokens[at + 1].kind == TokenKind::Japanese &&
        has_kanji(tokens[at].surface) && has_kanji(tokens[at + 1].surface) &&
        utf8::length(tokens[at].surface) + utf8::length(tokens[at + 1].surface) <= 3) {
        for (const NameReading& r : names_->readings(tokens[at].surface + tokens[at + 1].surface))
            if (r.types.find_first_of("gmfu") != std::string::npos) return 2;
    }
    return tokens[at].is("名詞,固有名詞,人名,名") ? 1 : 0;
}

void NameFinder::find_japanese(const TextView& view, const TitleMarks& titles, const std::vector<bool>& covered,
                               std::vector<NameCandidate>& out) const {
    const auto& tokens = view.tokens;
    const TokenPieces pieces(view);
    const auto titled_after = [&](std::size_t t) { return titles.title_after[pieces.last[t]]; };
    const auto free = [&](std::size_t t) { return t < tokens.size() && !covered[t] && tokens[t].kind == TokenKind::Japanese; };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!free(i) || titles.in_title[pieces.first[i]]) continue;
        const Token& t = tokens[i];
        NameCandidate c;
        c.first_piece = pieces.first[i];
        // Surname + given name: 中谷|元, 岩屋|毅 (MeCab may miss the surname, never both when a title follows).
        const bool surname = t.is("名詞,固有名詞,人名,姓");
        const bool kanji_noun = t.is("名詞") && has_kanji(t.surface) && !t.is("名詞,固有名詞,人名") &&
                                !t.is("名詞,固有名詞,地域") && !t.is("名詞,固有名詞,組織") && utf8::length(t.surface) <= 3;
        const std::size_t given = (surname || kanji_noun) ? given_name_tokens(tokens, i + 1) : 0;
        bool all_free = given > 0;
        for (std::size_t k = i + 1; k <= i + given; ++k) all_free = all_free && free(k);
        if (all_free && (surname || titled_after(i + given))) {
            const std::size_t g = i + given;
            c.last_piece = pieces.last[g];
            WrittenPart given_part = part_of(tokens[i + 1]);
            if (given > 1) {  // MeCab cut the given name (亮|正): read it whole from ENAMDICT, not in pieces
                given_part.surface = view.slice(tokens[i + 1].begin, tokens[g].end);
                given_part.reading.clear();
            }
            c.parts = {part_of(t), given_part};
            c.family_first = true;
            c.titled = titled_after(g);
            c.cue = "MeCab 人名 (surname, given name)";
            out.push_back(std::move(c));
            i = g;
            continue;
        }
        // A surname alone: before a title or honorific (中谷氏, 石破首相) it may name a known person; alone it
        // only joins a name met earlier in the text.
        if (t.is("名詞,固有名詞,人名")) {
            c.last_piece = pieces.last[i];
            c.parts = {part_of(t)};
            c.family_first = true;
            c.titled = titled_after(i);
            c.cue = c.titled ? "MeCab 人名 before a title" : "MeCab 人名";
            out.push_back(std::move(c));
            continue;
        }
        // Katakana words (joined by ・) before a title: ピート・ヘグセス国防長官, ルビオ国務長官.
        if (katakana_word(t)) {
            std::size_t j = i;
            while (free(j + 1) && katakana_word(tokens[j + 1]) && !view.pieces[pieces.first[j + 1]].hard_gap &&
                   !titles.in_title[pieces.first[j + 1]])
                ++j;
            bool person_tag = false;
            for (std::size_t k = i; k <= j; ++k) person_tag |= tokens[k].is("名詞,固有名詞,人名");
            // A foreign name of two parts or more joined by ・, each a name ENAMDICT spells: エミリー・ジョーダン.
            std::vector<WrittenPart> dotted;
            for (std::size_t k = i; k <= j; ++k) add_katakana_parts(tokens[k], dotted);
            bool known_parts = names_ && dotted.size() >= 2;
            for (const WrittenPart& p : dotted) known_parts = known_parts && !names_->latin(p.surface).empty();
            if (titled_after(j) || person_tag || known_parts) {
                c.last_piece = pieces.last[j];
                for (std::size_t k = i; k <= j; ++k) add_katakana_parts(tokens[k], c.parts);
                c.titled = titled_after(j);
                c.cue = c.titled ? "katakana name before a title" : "MeCab 人名 (katakana)";
                out.push_back(std::move(c));
            }
            i = j;
            continue;
        }
        // Organisations MeCab knows: 名詞,固有名詞,組織.
        if (t.is("名詞,固有名詞,組織") && utf8::length(t.surface) >= 3) {  // 2: abbreviations such as 衆参
            c.last_piece = pieces.last[i];
            c.parts = {part_of(t)};
            c.organisation = true;
            c.cue = "MeCab 組織";
            out.push_back(std::move(c));
        }
    }
}

void NameFinder::find_english(const TextView& view, const TitleMarks& titles, const std::vector<bool>& covered,
                              const std::vector<bool>& countries, std::vector<NameCandidate>& out) const {
    const auto& tokens = view.tokens;
    const TokenPieces pieces(view);
    const auto capital_word = [&](std::size_t t) {
        return t < tokens.size() && capitalised(tokens[t]) && !titles.in_title[pieces.first[t]];
    };
    // A token glued to the previous one by a hyphen continues its word: "Eun-ji", "Moon-soo".
    const auto hyphen_glued = [&](std::size_t t) {
        return t < tokens.size() && t > 0 && tokens[t].kind == TokenKind::Word &&
               view.text.compare(tokens[t - 1].end, tokens[t].begin - tokens[t - 1].end, "-") == 0;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if ((covered[i] && !countries[i]) || !capital_word(i) || hyphen_glued(i)) continue;
        // The capitalised run, with connectors inside and country words (only inside an organisation).
        std::vector<WrittenPart> words;
        std::vector<std::size_t> word_end;  // last token of each word
        std::vector<bool> connector, country_word;
        std::size_t j = i;
        for (std::size_t t = i; t < tokens.size();) {
            if (t > i && !joined_by_space(view.text, tokens[word_end.back()], tokens[t])) break;
            const bool is_connector = t > i && words_.connectors.count(lower(tokens[t].surface)) > 0 && !capitalised(tokens[t]);
            if (!is_connector && (!capital_word(t) || (covered[t] && !countries[t]))) break;
            // "Heavy Industries and Hanwha ..." is two organisations: "and" after a head word ends the first.
            if (is_connector && lower(tokens[t].surface) == "and" && words_.organisation_heads.count(lower(words.back().surface))) break;
            WrittenPart w = part_of(tokens[t]);
            std::size_t last = t;
            while (hyphen_glued(last + 1)) w.surface += "-" + tokens[++last].surface;
            words.push_back(std::move(w));
            word_end.push_back(last);
            connector.push_back(is_connector);
            country_word.push_back(countries[t]);
            t = last + 1;
        }
        while (!words.empty() && connector.back()) {  // a run ends on a capitalised word
            words.pop_back(), word_end.pop_back(), connector.pop_back(), country_word.pop_back();
        }
        if (words.empty()) continue;
        j = word_end.back();
        bool organisation = false;
        for (const WrittenPart& w : words) organisation |= words_.organisation_heads.count(lower(w.surface)) > 0;
        NameCandidate c;
        c.first_piece = pieces.first[i];
        c.titled = titles.title_before[pieces.first[i]];
        if (organisation && words.size() > 1) {
            // "The" and a possessive country ("Taipei's Mainland Affairs Council") are not part of the name.
            const std::string& head = words.front().surface;
            const bool possessive = head.size() > 2 && (head.compare(head.size() - 2, 2, "'s") == 0 ||
                                                        (head.size() > 4 && head.compare(head.size() - 4, 4, "\u2019s") == 0));
            std::size_t first = (lower(head) == "the" || (country_word[0] && possessive)) ? 1 : 0;
            c.first_piece = pieces.first[first ? word_end[0] + 1 : i];
            c.last_piece = pieces.last[j];
            c.parts.assign(words.begin() + static_cast<std::ptrdiff_t>(first), words.end());
            c.organisation = true;
            c.cue = "capitalised organisation";
            out.push_back(std::move(c));
            i = j;
            continue;
        }
        // A person: name words only, up to the first connector, country word or heading word.
        std::size_t n = 0;
        while (n < words.size() && !connector[n] && !country_word[n] && !words_.not_name.count(lower(words[n].surface))) ++n;
        if (n == 0 || n > 3) {
            i = j;
            continue;
        }
        c.parts.assign(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(n));
        c.last_piece = pieces.last[word_end[n - 1]];
        const std::string before = i > 0 ? lower(tokens[i - 1].surface) : "";
        const bool after_place_word = i > 0 && words_.place_prepositions.count(before) && tokens[i - 1].end + 1 == tokens[i].begin;
        const std::string& last = c.parts.back().surface;
        if (c.titled) {
            c.cue = "after a title";
        } else if (!common_english(last) && !after_place_word) {
            // Two or three words are a name; one alone only joins a name met earlier in the text.
            c.cue = n > 1 ? "capitalised name" : "capitalised word";
        } else {
            i = word_end[n - 1];
            continue;
        }
        out.push_back(std::move(c));
        i = word_end[n - 1];
    }
}

}  // namespace geofacet
