#include "search/facet_counter.h"

#include <algorithm>
#include <stdexcept>

namespace geofacet {

const std::vector<schema::FacetSlots>& countable_facets() {
    static const std::vector<schema::FacetSlots> facets = {
        schema::kActorSlots, schema::kCountrySlots, schema::kPercentSlots, schema::kPercentRangeSlots, schema::kPercentOfSlots,
        schema::FacetSlots{"lang", schema::kLangSlot, 1}, schema::FacetSlots{"source", schema::kSourceSlot, 1}};
    return facets;
}

Xapian::valueno slots_in_use(const Xapian::Database& db, const schema::FacetSlots& facet) {
    // Values fill a document's run from its first slot, so the first empty slot ends the run in use.
    Xapian::valueno n = 0;
    while (n < facet.size && db.get_value_freq(facet.base + n) > 0) ++n;
    return n;
}

FacetCounter::FacetCounter(const Xapian::Database& db, const std::vector<std::string>& names) {
    for (const schema::FacetSlots& f : countable_facets()) {
        if (!names.empty() && std::find(names.begin(), names.end(), f.name) == names.end()) continue;
        Facet facet{f, {}};
        const Xapian::valueno used = slots_in_use(db, f);
        for (Xapian::valueno i = 0; i < used; ++i)
            facet.spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(f.base + i));
        facets_.push_back(std::move(facet));
    }
    for (const std::string& name : names) {
        if (std::none_of(facets_.begin(), facets_.end(), [&](const Facet& f) { return f.slots.name == name; }))
            throw std::invalid_argument("unknown facet '" + name + "' (actor, country, percent, percent_range, percent_of, lang, source)");
    }
}

void FacetCounter::attach(Xapian::Enquire& enquire) {
    for (Facet& f : facets_)
        for (auto& spy : f.spies) enquire.add_matchspy(spy.get());
}

std::vector<FacetCount> FacetCounter::counts(const std::string& name, std::size_t limit) const {
    std::map<std::string, Xapian::doccount> totals;
    for (const Facet& f : facets_) {
        if (f.slots.name != name) continue;
        for (const auto& spy : f.spies)
            for (Xapian::TermIterator it = spy->values_begin(); it != spy->values_end(); ++it)
                totals[*it] += it.get_termfreq();
    }
    std::vector<FacetCount> out;
    for (const auto& [value, count] : totals) out.push_back(FacetCount{value, value, {}, count});
    std::stable_sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
    if (out.size() > limit) out.resize(limit);
    return out;
}

std::vector<std::string> FacetCounter::names() const {
    std::vector<std::string> out;
    for (const Facet& f : facets_) out.emplace_back(f.slots.name);
    return out;
}

}  // namespace geofacet
