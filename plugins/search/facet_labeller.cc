#include "search/facet_labeller.h"

#include "index/document_data.h"
#include "schema/schema.h"
#include "search/percent_query.h"

namespace geofacet {

std::pair<std::string, std::string> FacetLabeller::actor_labels(const std::string& id) const {
    if (const Actor* a = resources_.gazetteer->by_id(id)) return {a->label_en, a->label_ja};
    // An actor found by its shape (not in the gazetteer): its labels are in the data of any document naming it.
    const std::string term = schema::actor_term(id);
    for (Xapian::PostingIterator it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it) {
        const DocumentData data(db_.get_document(*it).get_data());
        for (const std::string& field : data.all(schema::kFieldActor)) {
            const auto parts = split_bars(field);
            if (parts.size() >= 3 && parts[0] == id) return {parts[1], parts[2]};
        }
        break;
    }
    return {id, {}};
}

void FacetLabeller::label(const std::string& facet, std::vector<FacetCount>& counts) const {
    for (FacetCount& c : counts) {
        if (facet == "actor") {
            std::tie(c.label, c.label_ja) = actor_labels(c.value);
        } else if (facet == "country") {
            if (const Country* country = resources_.countries->by_code(c.value)) {
                c.label = country->label_en;
                c.label_ja = country->label_ja;
            }
        } else if (facet == "percent") {
            c.value = schema::format_percent(Xapian::sortable_unserialise(c.value));
            c.label = c.label_ja = c.value + "%";
        } else if (facet == "percent_range") {
            for (const schema::PercentBucket& b : schema::kPercentBuckets)
                if (c.value == b.key) c.label = c.label_ja = std::string(b.label) + "%";
        } else if (facet == "percent_of") {
            std::tie(c.label, c.label_ja) = percent_subject_labels(c.value, *resources_.percent_subjects);
        } else if (facet == "lang") {
            if (c.value == "en") c.label = "English", c.label_ja = "英語";
            if (c.value == "ja") c.label = "Japanese", c.label_ja = "日本語";
        }
    }
}

}  // namespace geofacet
