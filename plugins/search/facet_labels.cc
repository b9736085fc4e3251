#include "search/facet_labels.h"

#include <cstdlib>

#include "index/document_data.h"
#include "search/percent_query.h"

namespace geofacet {

namespace {

// The first document of `db` that holds `term`, if any.
std::optional<Xapian::Document> first_document_with(const Xapian::Database* db, const std::string& term) {
    if (!db) return std::nullopt;
    const Xapian::PostingIterator p = db->postlist_begin(term);
    if (p == db->postlist_end(term)) return std::nullopt;
    return db->get_document(*p);
}

FacetLabel actor_label(const std::string& id, const Resources& resources, const Xapian::Database* db) {
    if (const Actor* a = resources.gazetteer->by_id(id)) return {a->label_en, a->label_ja};
    // An actor found by its shape (not in the gazetteer): its labels are in the data of any document naming it.
    if (const auto doc = first_document_with(db, schema::facet_term(schema::facet(schema::FacetId::Actor), id))) {
        for (const std::string& field : DocumentData(doc->get_data()).all(schema::kFieldActor)) {
            const auto parts = split_bars(field);
            if (parts.size() >= 3 && parts[0] == id) return {parts[1], parts[2]};
        }
    }
    return {id, {}};
}

FacetLabel source_label(const std::string& value, const Resources&, const Xapian::Database* db) {
    // The value is case-folded; a document of the source has it as written.
    if (const auto doc = first_document_with(db, schema::facet_term(schema::facet(schema::FacetId::Source), value))) {
        const std::string written = doc->get_value(schema::kSourceSlot);
        if (!written.empty()) return {written, written};
    }
    return {value, value};
}

// "2025-06" as "June 2025" / "2025年6月".
FacetLabel month_label(const std::string& value) {
    static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
    const int month = value.size() == 7 ? std::atoi(value.c_str() + 5) : 0;
    if (month < 1 || month > 12) return {value, value};
    return {std::string(kMonths[month - 1]) + " " + value.substr(0, 4), value.substr(0, 4) + "年" + std::to_string(month) + "月"};
}

}  // namespace

FacetLabel facet_label(schema::FacetId facet, const std::string& value, const Resources& resources,
                       const Xapian::Database* db) {
    switch (schema::facet(facet).label) {
        case schema::LabelRule::Actor: return actor_label(value, resources, db);
        case schema::LabelRule::Country:
            if (const Country* c = resources.countries->by_code(value)) return {c->label_en, c->label_ja};
            return {value, {}};
        case schema::LabelRule::Percent: return {value + "%", value + "%"};
        case schema::LabelRule::PercentBucket:
            if (const schema::PercentBucket* b = schema::percent_bucket_by_key(value))
                return {std::string(b->label) + "%", std::string(b->label) + "%"};
            return {value, value};
        case schema::LabelRule::PercentSubject: {
            auto [en, ja] = percent_subject_labels(value, *resources.percent_subjects);
            return {std::move(en), std::move(ja)};
        }
        case schema::LabelRule::Language:
            if (value == "en") return {"English", "英語"};
            if (value == "ja") return {"Japanese", "日本語"};
            return {value, value};
        case schema::LabelRule::Source: return source_label(value, resources, db);
        case schema::LabelRule::Month: return month_label(value);
    }
    return {value, value};
}

}  // namespace geofacet
