#include "search/facet_counter.h"

#include <algorithm>

namespace geofacet {

void rank_counts(std::vector<FacetCount>& counts, std::size_t limit, schema::FacetOrder order) {
    const auto before = [order](const FacetCount& a, const FacetCount& b) {
        if (order == schema::FacetOrder::NewestFirst) return a.value > b.value;
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    };
    if (counts.size() > limit) {
        std::partial_sort(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(limit), counts.end(), before);
        counts.resize(limit);
    } else {
        std::sort(counts.begin(), counts.end(), before);
    }
}

}  // namespace geofacet
