#include "entities/name_finder.h"

#include <algorithm>

#include "names/romaji.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "text/token_term.h"
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

// A name written in katakana, of two parts or more joined by ・, each a name ENAMDICT spells: エミリー・ジョーダン.
bool spelled_by_enamdict(const NameDictionary* names, const std::vector<WrittenPart>& parts) {
    if (!names || parts.size() < 2) return false;
    return std::all_of(parts.begin(), parts.end(), [&](const WrittenPart& p) { return !names->latin(p.surface).empty(); });
}

// A token of hangul syllables only.
bool hangul_word(const Token& t) {
    if (t.kind != TokenKind::Word || t.surface.empty()) return false;
    for (std::size_t i = 0; i < t.surface.size();) {
        const char32_t c = utf8::next(t.surface, i);
        if (c < 0xAC00 || c > 0xD7A3) return false;
    }
    return true;
}

// Kanji only.
bool all_kanji(const std::string& s) {
    for (std::size_t i = 0; i < s.size();)
        if (!is_kanji(utf8::next(s, i))) return false;
    return !s.empty();
}

// True when `word` ends in a possessive: "Taipei's".
bool possessive(const std::string& word) {
    return word.size() > 2 && (word.compare(word.size() - 2, 2, "'s") == 0 ||
                               (word.size() > 4 && word.compare(word.size() - 4, 4, "\u2019s") == 0));
}

// `word` without a possessive ending: "Pezeshkian's" → "Pezeshkian".
std::string without_possessive(const std::string& word) {
    if (!possessive(word)) return word;
    return word.substr(0, word.size() - (word.compare(word.size() - 2, 2, "'s") == 0 ? 2 : 4));
}

}  // namespace

// What one call of find() reads.
struct NameFinder::Scan {
    const TextView& view;
    const TitleMarks& titles;
    const std::vector<bool>& covered;    // tokens of known actors and countries
    const std::vector<bool>& countries;  // tokens of countries, which may stand inside an organisation's name
    TokenPieces pieces;
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
        return t < view.tokens.size() && capitalised(view.tokens[t]) && !titles.in_title[pieces.first[t]];
    }
    // The hangul word in brackets right after token `t` (金泰植（김태식）), or "".
    std::string hangul_after(std::size_t t) const {
        if (t + 1 >= view.tokens.size() || !hangul_word(view.tokens[t + 1])) return "";
        const Token& h = view.tokens[t + 1];
        const bool open = view.text.compare(view.tokens[t].end, h.begin - view.tokens[t].end, "(") == 0;
        return open && view.text.compare(h.end, 1, ")") == 0 ? h.surface : "";
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

bool NameFinder::organisation_head(const std::string& word) const {
    return words_.organisation_heads.count(lower(word)) > 0;
}

bool NameFinder::name_word(const TextView& view, std::size_t t) const {
    if (t >= view.tokens.size()) return false;
    const Token& token = view.tokens[t];
    if (token.kind == TokenKind::Japanese) return given_name_tokens(view.tokens, t) > 0;
    return capitalised(token) && !words_.not_name.count(lower(token.surface));
}

std::vector<NameCandidate> NameFinder::find(const TextView& view, const TitleMarks& titles,
                                            const std::vector<bool>& covered, const std::vector<bool>& countries,
                                            bool query) const {
    Scan scan{view, titles, covered, countries, TokenPieces(view), query, {}};
    for (std::size_t t = 0; t < view.tokens.size(); ++t)
        if (view.tokens[t].kind == TokenKind::Word && titles.title_before[scan.pieces.first[t]])
            scan.titled_words.insert(lower(without_possessive(view.tokens[t].surface)));
    std::vector<NameCandidate> out;
    find_japanese(scan, out);
    find_english(scan, out);
    find_hangul(scan, out);
    std::sort(out.begin(), out.end(),
              [](const NameCandidate& a, const NameCandidate& b) { return a.first_piece < b.first_piece; });
    return out;
}

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

void NameFinder::find_japanese(const Scan& s, std::vector<NameCandidate>& out) const {
    for (std::size_t i = 0; i < s.view.tokens.size(); ++i) {
        if (!s.free_japanese(i) || s.titles.in_title[s.pieces.first[i]]) continue;
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
    for (std::size_t k = i; k <= j; ++k) add_katakana_parts(tokens[k], parts);
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

void NameFinder::find_english(const Scan& s, std::vector<NameCandidate>& out) const {
    for (std::size_t i = 0; i < s.view.tokens.size(); ++i) {
        if ((s.covered[i] && !s.countries[i]) || !s.capital_word(i) || s.hyphen_glued(i)) continue;
        const std::vector<RunWord> run = capitalised_run(s, i);
        if (run.empty()) continue;
        const auto head = [&](const RunWord& w) { return words_.organisation_heads.count(lower(w.part.surface)) > 0; };
        const bool organisation = std::any_of(run.begin(), run.end(), head);
        // "Misaki Shoji ... Ms Shoji": a name whose only head word ends it and comes back after a title.
        const bool person = run.size() <= 3 && std::none_of(run.begin(), run.end() - 1, head) &&
                            s.titled_words.count(lower(run.back().part.surface)) > 0;
        if (organisation && run.size() > 1 && !person) {
            out.push_back(english_organisation(s, i, run));
            i = run.back().last_token;
        } else {
            i = english_person(s, i, run, out);
        }
    }
}

// The run of capitalised words from token `i`, with connectors inside ("Center for Strategic and
// International Studies") and country words (which only an organisation keeps); it ends on a capitalised word.
std::vector<NameFinder::RunWord> NameFinder::capitalised_run(const Scan& s, std::size_t i) const {
    const auto& tokens = s.view.tokens;
    std::vector<RunWord> run;
    for (std::size_t t = i; t < tokens.size();) {
        if (t > i && !joined_by_space(s.view.text, tokens[run.back().last_token], tokens[t])) {
            const std::size_t end = tokens[run.back().last_token].end;
            const std::string gap = s.view.text.substr(end, tokens[t].begin - end);
            if (gap == " & ")  // "Technology & Logistics": the "and" the text writes as a sign
                run.push_back(RunWord{WrittenPart{"and", ""}, run.back().last_token, true, false, false});
            else if (gap != ", " || !comma_inside_name(s, run, t))
                break;
        }
        const std::string word = lower(tokens[t].surface);
        const bool is_connector = t > i && words_.connectors.count(word) > 0 && !capitalised(tokens[t]);
        // "Abdulaziz bin Salman", "Saad al-Kaabi": a particle between capitalised parts of a name.
        const bool is_particle = t > i && words_.particles.count(tokens[t].surface) > 0 && s.capital_word(t + 1) &&
                                 joined_by_space(s.view.text, tokens[t], tokens[t + 1]);
        if (!is_connector && !is_particle && (!s.capital_word(t) || (s.covered[t] && !s.countries[t]))) break;
        // "Heavy Industries and Hanwha ..." is two organisations: "and" after a head word ends the first.
        if (is_connector && word == "and" && words_.organisation_heads.count(lower(run.back().part.surface))) break;
        RunWord w{part_of(tokens[t]), t, is_connector, s.countries[t], is_particle};
        while (s.hyphen_glued(w.last_token + 1)) {
            w.part.surface += "-" + tokens[++w.last_token].surface;
            w.particle = false;  // "al-Kaabi" is a name word of its own
        }
        t = w.last_token + 1;
        run.push_back(std::move(w));
    }
    while (!run.empty() && (run.back().connector || run.back().particle)) run.pop_back();
    // "... Agency on Monday": a heading word after a last connector is no part of the name; after "and" it
    // is ("Korea Institute for Industrial Economics and Trade").
    if (run.size() > 2 && run[run.size() - 2].connector && run[run.size() - 2].part.surface != "and" &&
        words_.not_name.count(lower(run.back().part.surface)))
        run.resize(run.size() - 2);
    return run;
}

// True when the ", " before token `t` stands inside an organisation's name: capitalised words, joined by
// spaces or commas, then "and" (or "&") and words ending in a head word ("Acquisition, Technology and Logistics
// Agency"), after a run that holds no head word yet. Looks a dozen tokens ahead at most.
bool NameFinder::comma_inside_name(const Scan& s, const std::vector<RunWord>& run, std::size_t t) const {
    for (const RunWord& w : run)
        if (organisation_head(w.part.surface)) return false;
    const auto& tokens = s.view.tokens;
    bool after_and = false;
    for (std::size_t k = t; k < tokens.size() && k < t + 12; ++k) {
        const std::string word = lower(tokens[k].surface);
        if (!after_and && k > t && word == "and" && !capitalised(tokens[k])) {
            after_and = true;
        } else {
            if (!s.capital_word(k) || (s.covered[k] && !s.countries[k])) return false;
            if (after_and && organisation_head(word)) return true;
        }
        if (k + 1 >= tokens.size()) return false;
        const std::string gap = s.view.text.substr(tokens[k].end, tokens[k + 1].begin - tokens[k].end);
        if (gap == " & " && !after_and)
            after_and = true;
        else if (gap != " " && (gap != ", " || after_and))
            return false;
    }
    return false;
}

// True when tokens `first`..`last` name a place of place-names.txt, whole: "Abu Dhabi", "SAO PAULO".
bool NameFinder::place(const Scan& s, std::size_t first, std::size_t last) const {
    std::string words;
    for (std::size_t t = first; t <= last; ++t)
        if (s.view.tokens[t].kind == TokenKind::Word) words += (words.empty() ? "" : " ") + exact_term(s.view.tokens[t]);
    return words_.places.count(words) > 0;
}

// The organisation that capitalised run `run` from token `i` names. "The" and a possessive country
// ("Taipei's Mainland Affairs Council") are not part of it.
NameCandidate NameFinder::english_organisation(const Scan& s, std::size_t i, const std::vector<RunWord>& run) {
    const std::string& head = run.front().part.surface;
    const std::size_t first = (lower(head) == "the" || (run.front().country && possessive(head))) ? 1 : 0;
    NameCandidate c;
    c.first_piece = s.pieces.first[first ? run.front().last_token + 1 : i];
    c.last_piece = s.pieces.last[run.back().last_token];
    for (std::size_t k = first; k < run.size(); ++k) c.parts.push_back(run[k].part);
    c.titled = s.titles.title_before[s.pieces.first[i]];
    c.organisation = true;
    c.cue = "capitalised organisation";
    return c;
}

// The person that capitalised run `run` from token `i` may name: its name words after any words that are
// no name ("Whether Pezeshkian"), up to the first connector, country word, word that is no name or
// possessive ("Pezeshkian's", which ends the name and is not part of it), when they are one to three words
// after a title, or end in a word that is no common English word and follow no place preposition.
// Returns the last token looked at.
std::size_t NameFinder::english_person(const Scan& s, std::size_t i, const std::vector<RunWord>& run,
                                       std::vector<NameCandidate>& out) const {
    const auto name_word = [&](const RunWord& w) {
        return !w.connector && !w.country && !words_.not_name.count(lower(w.part.surface));
    };
    std::size_t from = 0;
    while (from < run.size() && !run[from].connector && !run[from].country && !name_word(run[from])) ++from;
    std::size_t n = from;
    while (n < run.size() && name_word(run[n]) && !possessive(run[n].part.surface)) ++n;
    if (n < run.size() && name_word(run[n])) ++n;  // the possessive word, without its 's
    const auto particles = std::count_if(run.begin() + static_cast<std::ptrdiff_t>(from),
                                         run.begin() + static_cast<std::ptrdiff_t>(n), [](const RunWord& w) { return w.particle; });
    if (n == from || n - from - static_cast<std::size_t>(particles) > 3) return run.back().last_token;
    const std::size_t first_token = from == 0 ? i : run[from - 1].last_token + 1;
    if (place(s, first_token, run[n - 1].last_token)) return run[n - 1].last_token;
    NameCandidate c;
    c.first_piece = s.pieces.first[first_token];
    c.last_piece = s.pieces.last[run[n - 1].last_token];
    for (std::size_t k = from; k < n; ++k) c.parts.push_back(run[k].part);
    c.parts.back().surface = without_possessive(c.parts.back().surface);
    c.titled = s.titles.title_before[s.pieces.first[first_token]];
    const auto& tokens = s.view.tokens;
    const std::string before = first_token > 0 ? lower(tokens[first_token - 1].surface) : "";
    const bool after_place_word = first_token > 0 && words_.place_prepositions.count(before) &&
                                  tokens[first_token - 1].end + 1 == tokens[first_token].begin;
    if (c.titled)
        c.cue = "after a title";
    else if ((!common_english(c.parts.back().surface) || s.titled_words.count(lower(c.parts.back().surface))) &&
             !after_place_word)
        c.cue = n - from > 1 ? "capitalised name" : "capitalised word";  // one word alone only joins a name met before
    else
        return run[n - 1].last_token;
    out.push_back(std::move(c));
    return run[n - 1].last_token;
}

// A Chinese or Korean name in kanji from token `i`: a family name of han-family-names.txt and one or two
// characters more, however MeCab cut them (孫衛|東, 王|受文, 李|暁|東), before a title (or a word and a title:
// 外務|次官), with hangul in
// brackets after it, or tagged a person by MeCab and ending before a word that is no kanji; a family name
// alone before a title (王次官). Cut after its first character; the reader decides by the text's country
// whether it is Chinese, Korean or Japanese. Moves `i` to its last token; false when there is none.
bool NameFinder::hanzi_name(const Scan& s, std::size_t& i, std::vector<NameCandidate>& out) const {
    const auto& tokens = s.view.tokens;
    std::size_t first_char_end = 0;
    utf8::next(tokens[i].surface, first_char_end);
    if (!all_kanji(tokens[i].surface) || !words_.han_family_names.count(tokens[i].surface.substr(0, first_char_end)))
        return false;
    std::size_t j = i, chars = utf8::length(tokens[i].surface);
    while (chars < 3 && !s.titled_after(j) && s.hangul_after(j).empty() && s.free_japanese(j + 1) &&
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
    if (!titled && hangul.empty() && !person) return false;
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
    c.cue = c.titled ? "hanzi name before a title" : !hangul.empty() ? "hanja name with hangul" : "MeCab 人名 (hanzi)";
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
