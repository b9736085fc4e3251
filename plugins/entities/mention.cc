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
void add_unique(std::vector<std::string>& list, const std::string& s) {
    if (!s.empty() && std::find(list.begin(), list.end(), s) == list.end()) list.push_back(s);
}
}  // namespace

void ArticleEntities::add(const Mention& m) {
    auto& list = of(m.facet);
    auto it = std::find_if(list.begin(), list.end(), [&](const FacetValue& v) { return v.value == m.value; });
    if (it == list.end()) {
        FacetValue v;
        v.value = m.value;
        v.label_en = m.label_en;
        v.label_ja = m.label_ja;
        list.push_back(std::move(v));
        it = std::prev(list.end());
    }
    ++it->count;
    add_unique(it->texts, m.text);
    add_unique(it->rules, m.rule);
    if (it->of.empty()) it->of = m.of;
    for (const std::string& part : m.name_parts) add_unique(it->name_parts, part);
    if (it->label_en.empty()) it->label_en = m.label_en;
    if (it->label_ja.empty()) it->label_ja = m.label_ja;
}

}  // namespace geofacet
