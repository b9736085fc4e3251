// Measures of a ranked list against graded judgments: nDCG@k, recall@k and reciprocal rank.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace geofacet::bench {

/// The judged grades of one query: article id → grade (1–3; an article not listed is 0).
using Grades = std::map<std::string, int>;

/// nDCG@k with gain 2^grade - 1 and discount log2(rank + 1), against the ideal order of every judged article.
double ndcg_at(const std::vector<std::string>& ranked, const Grades& grades, std::size_t k);

/// The share of the relevant articles (grade 1 or more) among the first `k` ranked.
double recall_at(const std::vector<std::string>& ranked, const Grades& grades, std::size_t k);

/// 1 / the rank of the first relevant article (grade 1 or more); 0 when none is ranked.
double reciprocal_rank(const std::vector<std::string>& ranked, const Grades& grades);

/// Sums of the three measures over queries, for means.
struct Scores {
    double ndcg = 0, recall = 0, rr = 0;
    int queries = 0;
    /// Adds one query's measures of `ranked`.
    void add(const std::vector<std::string>& ranked, const Grades& grades, std::size_t k);
};

}  // namespace geofacet::bench
