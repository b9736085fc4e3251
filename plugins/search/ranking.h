// Ranking in which every concept of a query helps and none is a wall: articles with all the concepts
// first, then those with most of them, the rarer concepts counting more, and BM25 (mentions, title, body)
// ordering articles that match alike.
#pragma once

#include <vector>

#include <xapian.h>

#include "search/concept_reader.h"

namespace geofacet {

/// The articles `concept` matches, unweighted: its query and, unless it is excluded, its tier parts (an
/// article with a part earns part of the tier, so it is a match of the concept too).
Xapian::Query matches_of(const Concept& concept);

/// Gives concepts their tier weights. Every article that matches a concept, in any language and by any of
/// its forms, earns that concept's tier weight: a fixed weight (Xapian's FixedWeightPostingSource, which a
/// stock xapian-tcpsrv also knows) larger than everything BM25 can give the whole query, so that an
/// article with one concept more always ranks higher. A rarer concept's tier is a little heavier, never
/// by as much as a whole concept. Within a tier BM25 orders, over the concepts' own queries.
class ConceptRanker {
  public:
    /// A ranker for searches of `db`.
    explicit ConceptRanker(const Xapian::Database& db) : db_(db) {}

    /// The tier weight of each of `concepts` (0 for an excluded one); empty when tiers would rank nothing (no
    /// concept wanted, or one alone without tier parts). Reads term frequencies: compute once per query.
    std::vector<double> tier_weights(const std::vector<Concept>& concepts) const;

    /// The queries of `concepts`, in order, each with its weight of `weights` (tier_weights) added (OP_AND with
    /// a source every document matches, so that the concept's query runs once; OP_OR with its tier parts where
    /// they grade it): the queries QueryParser combines with OP_OR, so that no concept is required. Excluded
    /// concepts are left as they are. With `boosted`, the matches holding a concept's exact expression earn its
    /// boost too (the same weights either way otherwise, so that a first pass without boosts can be rescored).
    std::vector<Xapian::Query> graded(const std::vector<Concept>& concepts, const std::vector<double>& weights,
                                      bool boosted) const;

  private:
    const Xapian::Database& db_;
};

}  // namespace geofacet
