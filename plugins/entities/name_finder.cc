#include "entities/name_finder.h"

#include <algorithm>
#include <set>

#include "names/romaji.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

// Capitalised words that begin sentences and headings without being names.
const std::set<std::string> kNotNameWords = {
    "the", "a", "an", "in", "on", "at", "for", "from", "with", "by", "of", "to", "and", "but", "or", "as", "after",
    "before", "during", "when", "while", "if", "it", "its", "this", "that", "these", "those", "he", "she", "they",
    "we", "his", "her", "their", "our", "there", "here", "asked", "under", "over", "since", "until", "last", "next",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "mr", "ms", "mrs",
    "dr", "sir", "prime", "minister", "president", "secretary", "chancellor", "general", "state", "department",
    "house", "senate", "upper", "lower", "summit", "dialogue", "day", "week", "year", "north", "south", "east",
    "west", "new", "old", "great", "first", "second", "third", "liberation", "strait", "sea", "ocean", "island",
    "islands", "peninsula", "river", "prefecture", "province", "city", "street", "road", "airport", "station",
    "inc", "ltd", "co", "corp", "forces", "force", "army", "navy", "times", "post", "news", "journal", "daily",
    "party", "ministry", "agency", "bank", "council", "office", "committee", "commission", "court", "group",
    "association", "federation", "union", "institute", "university", "fund", "organization", "organisation",
    "company", "corporation", "command", "fleet", "guard", "coast", "defense", "defence", "foreign", "trade",
    "economic", "security", "national", "international", "federal", "central", "world", "global", "pacific",
    "atlantic", "asian", "european", "american", "japanese", "chinese", "korean", "british", "indo", "quad",
    "g7", "g20", "gdp", "nato", "un", "eu", "us", "uk", "ai", "ceo", "cabinet", "diet", "parliament", "congress",
    "shimbun", "shinbun", "kaisha", "ginko", "keizai", "tsushin", "jiji", "kyodo", "nikkei", "expo",
    "government", "administration", "white", "black", "red", "blue", "green"};

// Head words of organisation names: "Japan Coast Guard", "Democratic Party".
const std::set<std::string> kOrganisationHeads = {
    "ministry", "party", "agency", "corporation", "association", "federation", "institute", "university",
    "commission", "council", "bank", "fund", "organization", "organisation", "company", "inc", "ltd", "group",
    "foundation", "authority", "bureau", "command"};

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
    for (std::string_view rest : english_->find(lower(word)))
        if (rest.size() >= 2 && rest.substr(rest.size() - 2) == "|w") return true;  // written in lower case
    return false;
}

bool NameFinder::name_word(const TextView& view, std::size_t t) const {
    if (t >= view.tokens.size()) return false;
    const Token& token = view.tokens[t];
    if (token.kind == TokenKind::Japanese) return given_name_tokens(view.tokens, t) > 0;
    return capitalised(token) && !kNotNameWords.count(lower(token.surface));
}

std::vector<NameCandidate> NameFinder::find(const TextView& view, const TitleMarks& titles,
                                            const std::vector<bool>& covered) const {
    std::vector<NameCandidate> out;
    find_japanese(view, titles, covered, out);
    find_english(view, titles, covered, out);
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

// Every word reads as romaji: a Japanese name ("Akie Abe") even when a word is also English.
bool japanese_name_shape(const std::vector<WrittenPart>& parts) {
    for (const WrittenPart& p : parts)
        if (!reads_as_romaji(fold_case(p.surface))) return false;
    return true;
}

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
            if (titled_after(j) || person_tag) {
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
                              std::vector<NameCandidate>& out) const {
    const auto& tokens = view.tokens;
    const TokenPieces pieces(view);
    const auto name_word = [&](std::size_t t) {
        return t < tokens.size() && !covered[t] && capitalised(tokens[t]) && !titles.in_title[pieces.first[t]] &&
               !kNotNameWords.count(lower(tokens[t].surface));
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!name_word(i)) continue;
        std::size_t j = i;
        while (j - i < 2 && name_word(j + 1) && joined_by_space(view.text, tokens[j], tokens[j + 1])) ++j;
        NameCandidate c;
        c.first_piece = pieces.first[i];
        c.last_piece = pieces.last[j];
        for (std::size_t k = i; k <= j; ++k) c.parts.push_back(part_of(tokens[k]));
        c.titled = titles.title_before[pieces.first[i]];
        const std::string& last = tokens[j].surface;
        // A person: after a title; or two or three capitalised words ending in one that is no English word.
        if (c.titled) {
            c.cue = "after a title";
        } else if (!common_english(last) || (j > i && japanese_name_shape(c.parts))) {
            // Two or three words are a name; one alone only joins a name met earlier in the text.
            c.cue = j > i ? "capitalised name" : "capitalised word";
        } else {
            // An organisation: a capitalised run ending in a head word ("Japan Coast Guard" is caught by the
            // gazetteer; "Keidanren Federation" would be here).
            std::size_t k = j + 1;
            if (k < tokens.size() && !covered[k] && capitalised(tokens[k]) && kOrganisationHeads.count(lower(tokens[k].surface)) &&
                joined_by_space(view.text, tokens[j], tokens[k])) {
                c.last_piece = pieces.last[k];
                c.parts.push_back(part_of(tokens[k]));
                c.organisation = true;
                c.cue = "capitalised organisation";
                j = k;
            } else {
                i = j;
                continue;
            }
        }
        out.push_back(std::move(c));
        i = j;
    }
}

}  // namespace geofacet
