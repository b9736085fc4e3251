// Finds the countries a text mentions, with the precision rules of the README.
#pragma once

#include <memory>
#include <vector>

#include "entities/country_lexicon.h"
#include "entities/mention.h"
#include "entities/text_view.h"

namespace geofacet {

/// Extracts country mentions. Immutable; thread-safe.
class CountryExtractor {
  public:
    /// An extractor over `lexicon`.
    explicit CountryExtractor(std::shared_ptr<const CountryLexicon> lexicon) : lexicon_(std::move(lexicon)) {}

    /// Appends the country mentions of `view` to `out`; `query` ignores capitalisation (users type "japan").
    void extract(const TextView& view, bool query, std::vector<Mention>& out) const;

    /// The lexicon in use.
    const CountryLexicon& lexicon() const { return *lexicon_; }

  private:
    bool rejected_by_caveat(const TextView& view, std::size_t token) const;
    bool given_name_in_katakana(const TextView& view, const PhraseMatch& m, const std::string& code,
                                const std::vector<PhraseMatch>& matches) const;
    void extract_abbreviations(const TextView& view, std::vector<Mention>& out) const;

    std::shared_ptr<const CountryLexicon> lexicon_;
};

}  // namespace geofacet
