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

}  // namespace geofacet
