// A deterministic generator of a bilingual news archive with entities, for the query benchmark: any size,
// the same articles for the same seed, any article computable alone (so a million need not be held).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/resources.h"
#include "index/article.h"

namespace geofacet::bench {

/// A generated article and the facet values written into it (what a plain indexer is told to facet by).
struct GeneratedArticle {
    Article article;                      ///< id, title, body, lang, date, source
    std::vector<std::string> actors;      ///< actor ids named, in order of first mention
    std::vector<std::string> countries;   ///< ISO codes named
    std::vector<double> percentages;      ///< percentages written
};

/// Makes articles: 60% English, 40% Japanese, each naming a few actors (from the gazetteer), countries
/// and percentages with a skewed popularity, in sentences about defence, trade, elections and diplomacy.
/// A word of the most common templates ("government", 政府) is in most articles. Thread-safe (immutable).
class ArchiveGenerator {
  public:
    /// A generator drawing actors and countries from `resources`; `seed` fixes the archive.
    ArchiveGenerator(const Resources& resources, std::uint64_t seed = 20250621);

    /// Article number `n` (0-based); the same `n` always gives the same article.
    GeneratedArticle article(std::uint64_t n) const;

    /// One article naming `actors` made-up people (found by their shape: a title, then a name), every
    /// country this generator knows, and `percentages` distinct percentages: the worst case for facets.
    GeneratedArticle entity_rich_article(unsigned actors, unsigned percentages) const;

    /// An actor or a country: its facet value and its names.
    struct Entity {
        std::string id, en, ja;
    };

  private:
    std::vector<Entity> actors_;
    std::vector<Entity> countries_;
    std::vector<Entity> all_countries_;
    std::uint64_t seed_;
};

/// One article as a JSON Lines record (the indexer's input format).
std::string to_json_line(const Article& article);

}  // namespace geofacet::bench
