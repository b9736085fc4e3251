// The one place that decides which Xapian terms a token makes, at index time and at query time alike.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

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

/// Builds the stemmed terms of tokens. NOT thread-safe (owns a Xapian::Stem): own one per thread.
class TermFormer {
  public:
    /// A former that stems English words with Snowball's English stemmer and knows `variants` (may be null).
    explicit TermFormer(std::shared_ptr<const SpellingVariants> variants = nullptr);

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
