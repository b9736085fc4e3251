#include "analysis/term_former.h"

#include "index/schema.h"
#include "text/normaliser.h"

namespace geofacet {

TermFormer::TermFormer() : stemmer_("english") {}

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
