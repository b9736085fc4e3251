#include "relevance_metrics.h"

#include <algorithm>
#include <cmath>

namespace geofacet::bench {

namespace {

int grade_of(const Grades& grades, const std::string& id) {
    const auto it = grades.find(id);
    return it == grades.end() ? 0 : it->second;
}

double gain(int grade) { return std::pow(2.0, grade) - 1; }

}  // namespace

double ndcg_at(const std::vector<std::string>& ranked, const Grades& grades, std::size_t k) {
    double dcg = 0;
    for (std::size_t i = 0; i < ranked.size() && i < k; ++i) dcg += gain(grade_of(grades, ranked[i])) / std::log2(i + 2.0);
    std::vector<int> ideal;
    for (const auto& [id, grade] : grades) ideal.push_back(grade);
    std::sort(ideal.rbegin(), ideal.rend());
    double best = 0;
    for (std::size_t i = 0; i < ideal.size() && i < k; ++i) best += gain(ideal[i]) / std::log2(i + 2.0);
    return best > 0 ? dcg / best : 0;
}

double recall_at(const std::vector<std::string>& ranked, const Grades& grades, std::size_t k) {
    std::size_t relevant = 0, found = 0;
    for (const auto& [id, grade] : grades) relevant += grade > 0;
    for (std::size_t i = 0; i < ranked.size() && i < k; ++i) found += grade_of(grades, ranked[i]) > 0;
    return relevant ? static_cast<double>(found) / static_cast<double>(relevant) : 0;
}

double reciprocal_rank(const std::vector<std::string>& ranked, const Grades& grades) {
    for (std::size_t i = 0; i < ranked.size(); ++i)
        if (grade_of(grades, ranked[i]) > 0) return 1.0 / static_cast<double>(i + 1);
    return 0;
}

void Scores::add(const std::vector<std::string>& ranked, const Grades& grades, std::size_t k) {
    ndcg += ndcg_at(ranked, grades, k);
    recall += recall_at(ranked, grades, k);
    rr += reciprocal_rank(ranked, grades);
    ++queries;
}

}  // namespace geofacet::bench
