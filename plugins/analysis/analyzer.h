// The whole analysis of one text: normalise, segment, extract entities.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "analysis/glossary.h"
#include "analysis/resources.h"
#include "analysis/term_former.h"
#include "entities/actor_extractor.h"
#include "entities/country_extractor.h"
#include "entities/mention.h"
#include "entities/percent_extractor.h"
#include "entities/text_view.h"
#include "names/name_normaliser.h"
#include "text/normaliser.h"
#include "text/segmenter.h"

namespace geofacet {

/// A text after analysis.
struct Analysis {
    NormalisedText normalised;       ///< the NFKC text (offsets below refer to it)
    std::vector<Token> tokens;       ///< its words
    std::vector<Piece> pieces;       ///< its phrase-matching pieces
    std::vector<Mention> mentions;   ///< actors, countries and percentages, in text order
    std::vector<ExpressionSpan> expressions;  ///< glossary forms indexed whole (XE terms), in text order; none for a query

    /// The text as the extractors see it.
    TextView view() const { return TextView{normalised.text(), tokens, pieces}; }
};

/// The analysis pipeline, the same for the indexer, the query parser and the snippet maker. NOT
/// thread-safe (owns a MeCab tagger, an ICU break iterator and a Xapian stemmer): own one per thread.
class Analyzer {
  public:
    /// A pipeline over shared `resources`.
    explicit Analyzer(std::shared_ptr<const Resources> resources);

    /// Analyses `utf8` (valid UTF-8); `query` reads it as a user's query (capitalisation is not required).
    Analysis analyse(std::string_view utf8, bool query = false);

    /// Summarises mentions into distinct facet values with labels, in order of first mention.
    ArticleEntities summarise(const std::vector<Mention>& mentions) const;
    /// Gives the values of `entities` (collected with ArticleEntities::add) their labels.
    void label(ArticleEntities& entities) const;

    /// The segmenter (for callers that need tokens only).
    Segmenter& segmenter() { return segmenter_; }
    /// The term former (stems).
    TermFormer& terms() { return terms_; }
    /// The shared resources.
    const Resources& resources() const { return *resources_; }
    /// The actor extractor.
    const ActorExtractor& actors() const { return actors_; }
    /// The country extractor.
    const CountryExtractor& countries() const { return countries_; }
    /// The name normaliser of this thread.
    NameNormaliser& names() { return names_; }
    /// Sets what confirms a reading of a name (the archive's Latin-script names); empty for nothing.
    void set_name_evidence(NameEvidence evidence) {
        names_.set_evidence(evidence);
        evidence_ = std::move(evidence);
    }

  private:
    std::shared_ptr<const Resources> resources_;
    Segmenter segmenter_;
    TermFormer terms_;
    NameNormaliser names_;
    NameEvidence evidence_;
    ActorExtractor actors_;
    CountryExtractor countries_;
    PercentExtractor percents_;
};

}  // namespace geofacet
