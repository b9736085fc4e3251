#include "search/facet_slot_counter.h"

#include <algorithm>

#include "schema/schema.h"
#include "text/normaliser.h"

namespace geofacet {

namespace {

// The facet value a slot holds, as the facet's terms and columns spell it.
std::string decode(const schema::FacetDef& f, const std::string& slot_value) {
    switch (f.slot_encoding) {
        case schema::SlotEncoding::Value:
        case schema::SlotEncoding::UpperCase: return slot_value;
        case schema::SlotEncoding::Sortable: return schema::format_percent(Xapian::sortable_unserialise(slot_value));
        case schema::SlotEncoding::AsWritten: return fold_case(slot_value);
        case schema::SlotEncoding::DayOfMonth:
            return slot_value.size() == 8 ? slot_value.substr(0, 4) + "-" + slot_value.substr(4, 2) : std::string();
    }
    return slot_value;
}

}  // namespace

Xapian::valueno slots_in_use(const Xapian::Database& db, const schema::FacetDef& f) {
    Xapian::valueno n = 0;
    while (n < f.slot_count && db.get_value_freq(f.slot_base + n) > 0) ++n;
    return n;
}

SlotFacetCounter::SlotFacetCounter(const Xapian::Database& db, std::vector<schema::FacetId> facets,
                                   const FilterSet& filters)
    : db_(db), facets_(std::move(facets)), filters_(filters) {}

SlotFacetCounter::Spies SlotFacetCounter::spies_of(schema::FacetId facet) const {
    const schema::FacetDef& f = schema::facet(facet);
    Spies spies;
    for (Xapian::valueno i = 0, used = slots_in_use(db_, f); i < used; ++i)
        spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(f.slot_base + i));
    return spies;
}

Xapian::Query SlotFacetCounter::prepare(const Xapian::Query& query) {
    return filters_.empty() ? query : Xapian::Query(Xapian::Query::OP_FILTER, query, filters_.all());
}

void SlotFacetCounter::attach(Xapian::Enquire&) {
    // The spies run in passes of their own (finish()): Xapian 1.4 hands a match spy the documents a remote
    // shard returned that sort below the page, which the shard has already counted, when results are sorted by
    // a value (the newest first among equals); an unsorted boolean pass counts each document once.
}

void SlotFacetCounter::finish(const Xapian::Query& query) {
    const std::vector<schema::FacetId> filtered = filters_.facets();
    std::vector<schema::FacetId> together;  // counted over the matches of every filter, in one pass
    for (schema::FacetId facet : facets_) {
        if (std::find(filtered.begin(), filtered.end(), facet) == filtered.end()) together.push_back(facet);
        else count_pass({facet}, filters_.all_but(facet), query);  // multi-select: without its own filter
    }
    if (!together.empty()) count_pass(together, filters_.all(), query);
}

void SlotFacetCounter::count_pass(const std::vector<schema::FacetId>& facets, const Xapian::Query& filter,
                                  const Xapian::Query& query) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(filter.get_type() == Xapian::Query::LEAF_MATCH_ALL ? query
                                                                          : Xapian::Query(Xapian::Query::OP_FILTER, query, filter));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    std::map<schema::FacetId, Spies> spies;
    for (schema::FacetId facet : facets) {
        spies[facet] = spies_of(facet);
        for (const auto& spy : spies[facet]) enquire.add_matchspy(spy.get());
    }
    enquire.get_mset(0, 0, db_.get_doccount());
    for (const auto& [facet, of_facet] : spies) add_counts(facet, of_facet);
}

void SlotFacetCounter::add_counts(schema::FacetId facet, const Spies& spies) {
    std::map<std::string, Xapian::doccount>& totals = totals_[facet];
    for (const auto& spy : spies)
        for (Xapian::TermIterator it = spy->values_begin(); it != spy->values_end(); ++it)
            if (std::string value = decode(schema::facet(facet), *it); !value.empty()) totals[value] += it.get_termfreq();
}

std::vector<FacetCount> SlotFacetCounter::counts(schema::FacetId facet, std::size_t limit) const {
    std::vector<FacetCount> out;
    const auto found = totals_.find(facet);
    if (found != totals_.end())
        for (const auto& [value, count] : found->second) out.push_back(FacetCount{value, value, {}, count});
    rank_counts(out, limit, schema::facet(facet).order);
    return out;
}

}  // namespace geofacet
