#include "analysis/term_former.h"

#include "index/schema.h"
#include "text/normaliser.h"

namespace geofacet {

TermFormer::TermFormer() : stemmer_("english") {}

std::string exact_term(const Token& t) {
    std::string term = fold_case(t.surface);
    switch (t.kind) {
        case TokenKind::Word: {
            term = strip_latin_diacritics(term);
            // Possessives index as the word itself: "Japan's" is "japan".
            if (term.size() > 2 && term.compare(term.size() - 2, 2, "'s") == 0) term.resize(term.size() - 2);
            // Dotted abbreviations index without their dots: "U.S." is "us", "U.K." is "uk".
            std::string undotted;
            for (char c : term)
                if (c != '.') undotted += c;
            term = std::move(undotted);
            break;
        }
        case TokenKind::Number: {
            // Thousands separators go; the decimal point stays ("5,000" is "5000", "3.5" stays).
            std::string digits;
            for (char c : term)
                if (c != ',') digits += c;
            term = std::move(digits);
            break;
        }
        case TokenKind::Japanese:
            break;
    }
    if (term.size() > kMaxTermBytes) return {};
    return term;
}

std::string TermFormer::stem(const Token& t) {
    if (t.kind == TokenKind::Word) return stem_word(exact_term(t));
    if (t.kind == TokenKind::Japanese && (t.is("動詞") || t.is("形容詞")) && t.base != t.surface && !t.base.empty())
        return std::string(schema::kStemPrefix) + fold_case(t.base);
    return {};
}

std::string TermFormer::stem_word(const std::string& exact) {
    if (exact.empty()) return {};
    for (char c : exact)
        if (c >= '0' && c <= '9') return {};  // "f35", "g7": no stem
    return std::string(schema::kStemPrefix) + stemmer_(exact);
}

}  // namespace geofacet
