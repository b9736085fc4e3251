#include "search/ranking.h"

#include <algorithm>
#include <cmath>

namespace geofacet {

namespace {

// Every document, each weighing `weight`.
Xapian::Query everything_weighing(double weight) {
    return Xapian::Query((new Xapian::FixedWeightPostingSource(weight))->release());
}

// The weight an article earns for matching `q`, whatever it matches with.
Xapian::Query fixed_weight(const Xapian::Query& q, double weight) {
    return Xapian::Query(Xapian::Query::OP_FILTER, everything_weighing(weight), q);
}

// The term leaves of `q` (each weighs on its own, so a term used twice counts twice), and the most
// articles any of them is in.
void count_leaves(const Xapian::Query& q, const Xapian::Database& db, std::size_t& leaves, Xapian::doccount& most) {
    if (q.get_type() == Xapian::Query::LEAF_TERM) {
        ++leaves;
        most = std::max(most, db.get_termfreq(*q.get_terms_begin()));
        return;
    }
    for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) count_leaves(q.get_subquery(i), db, leaves, most);
}

}  // namespace

Xapian::Query matches_of(const Concept& concept) {
    if (concept.excluded || concept.tier.empty()) return concept.query;
    std::vector<Xapian::Query> parts{concept.query};
    for (const TierPart& p : concept.tier) parts.push_back(p.query);
    return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

std::vector<double> ConceptRanker::tier_weights(const std::vector<Concept>& concepts) const {
    const auto wanted = [](const Concept& c) { return !c.excluded; };
    const auto counted = static_cast<std::size_t>(std::count_if(concepts.begin(), concepts.end(), wanted));
    // One concept alone has one tier: every match would earn the same weight, which ranks nothing and costs
    // a source walked beside the concept in every pass.
    const bool tiers = std::any_of(concepts.begin(), concepts.end(), [](const Concept& c) { return !c.excluded && !c.tier.empty(); });
    if (counted == 0 || (counted == 1 && !tiers)) return {};
    // What BM25 can give the whole query at most, from collection statistics only (the same on one
    // database and on shards): each term at most (k1 + 1) times its largest idf, log(2N + 1), with
    // Xapian's default BM25 (k1 = 1). How rare each concept is: 0 in every article, 1 in one.
    const double documents = std::max<double>(2, db_.get_doccount());
    const double term_max = 2 * std::max(2.0, std::log(2 * documents + 1));
    double bm25_max = 0;
    std::vector<double> rarity(concepts.size(), 0);
    for (std::size_t i = 0; i < concepts.size(); ++i) {
        if (concepts[i].excluded) continue;
        std::size_t leaves = 0;
        Xapian::doccount most = 0;
        count_leaves(concepts[i].query, db_, leaves, most);
        if (!concepts[i].boost.empty()) count_leaves(concepts[i].boost, db_, leaves, most);
        bm25_max += term_max * static_cast<double>(leaves);
        rarity[i] = std::clamp(std::log(documents / std::max<double>(1, most)) / std::log(documents), 0.0, 1.0);
    }
    // A tier outweighs BM25 and the rarity of every concept together: n concepts always beat n - 1.
    const double n = static_cast<double>(counted);
    const double tier = n * (bm25_max + 1);
    std::vector<double> out(concepts.size(), 0);
    for (std::size_t i = 0; i < concepts.size(); ++i)
        if (!concepts[i].excluded) out[i] = tier * (1 + rarity[i] / (n + 1));
    return out;
}

std::vector<Xapian::Query> ConceptRanker::graded(const std::vector<Concept>& concepts, const std::vector<double>& weights,
                                                 bool boosted) const {
    std::vector<Xapian::Query> out;
    for (const Concept& c : concepts)
        out.push_back(boosted && !c.boost.empty() ? Xapian::Query(Xapian::Query::OP_AND_MAYBE, c.query, c.boost) : c.query);
    for (std::size_t i = 0; i < weights.size() && i < concepts.size(); ++i) {
        const Concept& c = concepts[i];
        if (c.excluded) continue;
        if (c.tier.empty()) {
            // AND with a source that every document matches: the concept's own query is run once, and each of
            // its matches earns BM25 and the tier weight (OR with a filtered copy ran the query twice).
            out[i] = Xapian::Query(Xapian::Query::OP_AND, out[i], everything_weighing(weights[i]));
            continue;
        }
        std::vector<Xapian::Query> parts{out[i]};
        for (const TierPart& p : c.tier) parts.push_back(fixed_weight(p.query, weights[i] * p.share));
        out[i] = Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
    }
    return out;
}

}  // namespace geofacet
