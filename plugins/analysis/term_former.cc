#include "analysis/term_former.h"


#include "schema/schema.h"
#include "text/normaliser.h"
#include "util/data_file.h"

namespace geofacet {

std::shared_ptr<const SpellingVariants> SpellingVariants::load(const std::string& file) {
    auto v = std::make_shared<SpellingVariants>();
    Xapian::Stem stem("english");
    read_data_file(file, [&](const DataRecord& r) {
        if (r.field(0).empty() || r.field(1).empty()) throw r.error("expected british<TAB>american");
        const std::string british = stem(r.field(0)), american = stem(r.field(1));
        if (british != american) v->american_[british] = american;
    }, 2, "british<TAB>american");
    return v;
}

const std::string& SpellingVariants::american(const std::string& stem) const {
    static const std::string none;
    const auto it = american_.find(stem);
    return it == american_.end() ? none : it->second;
}

TermFormer::TermFormer(std::shared_ptr<const SpellingVariants> variants)
    : stemmer_("english"), variants_(std::move(variants)) {}

std::string TermFormer::american_stem(const Token& t) {
    if (!variants_ || t.kind != TokenKind::Word) return {};
    const std::string stem = stem_word(exact_term(t));
    if (stem.size() < 2) return {};
    const std::string& american = variants_->american(stem.substr(1));
    return american.empty() ? std::string() : std::string(schema::kStemPrefix) + american;
}

TokenTerms TermFormer::terms_of(const Token& t) {
    TokenTerms terms{exact_term(t), stem(t), american_stem(t), {}};
    for (const std::string& part : t.parts) terms.parts.push_back(fold_case(part));
    return terms;
}

std::string TermFormer::query_stem(const Token& t) {
    const std::string american = american_stem(t);
    return american.empty() ? stem(t) : american;
}

std::string TermFormer::stem(const Token& t) {
    if (t.kind == TokenKind::Word) return stem_word(exact_term(t));
    const std::string exact = exact_term(t);
    if (exact.empty()) return {};
    // As Xapian's TermGenerator does, every word has a "Z" term, so that a stock QueryParser with stemming
    // (Omega's) finds Japanese words and numbers too; a conjugated Japanese word has its dictionary form.
    if (t.kind == TokenKind::Japanese && (t.is("動詞") || t.is("形容詞")) && t.base != t.surface && !t.base.empty())
        return std::string(schema::kStemPrefix) + fold_case(t.base);
    return std::string(schema::kStemPrefix) + exact;
}

std::string TermFormer::stem_word(const std::string& exact) {
    if (exact.empty()) return {};
    for (char c : exact)
        if (c >= '0' && c <= '9') return std::string(schema::kStemPrefix) + exact;  // "f35", "g7": as they are
    return std::string(schema::kStemPrefix) + stemmer_(exact);
}

}  // namespace geofacet
