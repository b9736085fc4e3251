// The one place that decides which Xapian terms a token makes, at index time and at query time alike.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "text/token.h"
#include "text/token_term.h"

namespace geofacet {

/// British stems and the American stems of the same words ("defenc" → "defens"): see
/// plugins/data/spelling-variants.tsv. Immutable; thread-safe.
class SpellingVariants {
  public:
    /// Loads `file` (british<TAB>american words) and stems both; throws std::runtime_error naming the line.
    static std::shared_ptr<const SpellingVariants> load(const std::string& file);
    /// The American stem for British stem `stem` (without the Z prefix), or "" when it has none.
    const std::string& american(const std::string& stem) const;

  private:
    std::unordered_map<std::string, std::string> american_;
};

/// The terms one token makes: the same at index time, for snippets and for queries.
struct TokenTerms {
    std::string exact;               ///< the exact term, without prefix ("defence", "防衛"); "" when none
    std::string stem;                ///< its "Z" term ("Zdefenc"); "" when none
    std::string american;            ///< the "Z" term of its American spelling ("Zdefens"), "" when it has none
    std::vector<std::string> parts;  ///< dictionary words inside a Japanese compound, case-folded (日本人 → 日本)

    /// The stem a query searches: the American one when there is one, so both spellings match.
    const std::string& query_stem() const { return american.empty() ? stem : american; }
};

/// Builds the stemmed terms of tokens. NOT thread-safe (owns a Xapian::Stem): own one per thread.
class TermFormer {
  public:
    /// A former that stems English words with Snowball's English stemmer and knows `variants` (may be null).
    explicit TermFormer(std::shared_ptr<const SpellingVariants> variants = nullptr);

    /// Every term `t` makes (see TokenTerms): what the indexer writes, snippets mark and queries search.
    TokenTerms terms_of(const Token& t);

    /// The stemmed term of `t` with Xapian's "Z" prefix, as TermGenerator writes it for every word: the
    /// English stem, the Japanese dictionary form of a conjugated word, else the word itself.
    std::string stem(const Token& t);

    /// The stemmed term of an exact English term (with its "Z" prefix).
    std::string stem_word(const std::string& exact);

    /// The stem of `t` in American spelling when it is written in British spelling ("defence" →
    /// "Zdefens"), else "". Documents index it beside their own stem; queries search it.
    std::string american_stem(const Token& t);

    /// The stem a query searches for `t`: the American stem when there is one, else stem(t).
    std::string query_stem(const Token& t);

  private:
    Xapian::Stem stemmer_;
    std::shared_ptr<const SpellingVariants> variants_;
};

}  // namespace geofacet
