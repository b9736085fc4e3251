#include "entities/mention.h"

#include <algorithm>

namespace geofacet {

const char* facet_name(Facet f) {
    switch (f) {
        case Facet::Actor: return "actor";
        case Facet::Country: return "country";
        case Facet::Percent: return "percent";
    }
    return "";
}

std::vector<FacetValue>& ArticleEntities::of(Facet f) {
    return f == Facet::Actor ? actors : f == Facet::Country ? countries : percentages;
}

const std::vector<FacetValue>& ArticleEntities::of(Facet f) const {
    return f == Facet::Actor ? actors : f == Facet::Country ? countries : percentages;
}

namespace {
void add_unique(std::vector<std::string>& list, const std::string& s, std::size_t max) {
    if (!s.empty() && list.size() < max && std::find(list.begin(), list.end(), s) == list.end()) list.push_back(s);
}
}  // namespace

void ArticleEntities::add(const Mention& m) {
    auto& list = of(m.facet);
    const auto [at, fresh] = positions[static_cast<int>(m.facet)].emplace(m.value, list.size());
    if (fresh) {
        FacetValue v;
        v.value = m.value;
        v.label_en = m.label_en;
        v.label_ja = m.label_ja;
        list.push_back(std::move(v));
    }
    FacetValue& value = list[at->second];
    ++value.count;
    add_unique(value.texts, m.text, kMaxForms);
    add_unique(value.rules, m.rule, kMaxForms);
    if (value.of.empty()) value.of = m.of;
    for (const std::string& part : m.name_parts) add_unique(value.name_parts, part, kMaxForms);
    if (value.label_en.empty()) value.label_en = m.label_en;
    if (value.label_ja.empty()) value.label_ja = m.label_ja;
}

}  // namespace geofacet
