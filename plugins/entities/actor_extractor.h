// Finds the actors (people and organisations) a text names.
#pragma once

#include <memory>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/mention.h"
#include "entities/text_view.h"
#include "entities/titles.h"

namespace geofacet {

/// Extracts actor mentions by the gazetteer's forms. Immutable; thread-safe.
class ActorExtractor {
  public:
    /// An extractor over `gazetteer`, using `titles` to accept short forms beside a title.
    ActorExtractor(std::shared_ptr<const Gazetteer> gazetteer, std::shared_ptr<const TitleLexicon> titles)
        : gazetteer_(std::move(gazetteer)), titles_(std::move(titles)) {}

    /// Appends the actor mentions of `view` to `out`. `countries` are the text's country mentions (for
    /// generic forms such as "Defence Ministry"); `query` ignores capitalisation and the title rule.
    void extract(const TextView& view, bool query, const std::vector<Mention>& countries,
                 std::vector<Mention>& out) const;

    /// The gazetteer in use.
    const Gazetteer& gazetteer() const { return *gazetteer_; }

  private:
    std::shared_ptr<const Gazetteer> gazetteer_;
    std::shared_ptr<const TitleLexicon> titles_;
};

}  // namespace geofacet
