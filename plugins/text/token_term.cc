#include "text/token_term.h"

#include "text/normaliser.h"

namespace geofacet {

std::string compute_term(const Token& t) {
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

std::string exact_term(const Token& t) { return t.term.empty() ? compute_term(t) : t.term; }

}  // namespace geofacet
