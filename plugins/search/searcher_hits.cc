// The searcher's hits: a matched document as the list shows it, and one article by its id.
#include "search/searcher.h"

#include "index/access_list.h"
#include "index/document_data.h"
#include "schema/facets.h"
#include "schema/schema.h"
#include "search/facet_labels.h"
#include "util/output_text.h"

namespace geofacet {

using schema::FacetId;

Hit Searcher::make_hit(const Xapian::MSetIterator& it, const std::set<std::string>& terms, const SearchRequest& request) {
    const Xapian::Document doc = it.get_document();
    const DocumentData data(doc.get_data());
    Hit h;
    h.rank = it.get_rank() + 1;
    h.id = data.get(schema::kFieldId);
    h.title = data.get(schema::kFieldCaption);
    h.date = data.get(schema::kFieldDate);
    h.source = data.get(schema::kFieldSource);
    h.url = link_url(data.get(schema::kFieldUrl));  // never a javascript: or data: link
    h.lang = data.get(schema::kFieldLang);
    h.score = it.get_weight();
    h.percent = it.get_percent();
    if (request.snippets) h.snippet = Snippeter(analyzer_).make(data.body(), terms, request.snippet);
    for (const std::string& a : data.all(schema::kFieldActor)) {
        const auto p = split_bars(a);
        h.actors.push_back(HitValue{p[0], p.size() > 1 ? p[1] : "", p.size() > 2 ? p[2] : "", {}, {}});
    }
    for (const std::string& c : data.all(schema::kFieldCountry)) {
        const FacetLabel label = facet_label(FacetId::Country, c, *resources_, nullptr);
        h.countries.push_back(HitValue{c, label.en, label.ja, {}, {}});
    }
    for (const std::string& pc : data.all(schema::kFieldPercent)) {
        const auto p = split_bars(pc);
        const FacetLabel label = facet_label(FacetId::Percent, p[0], *resources_, nullptr);
        h.percentages.push_back(HitValue{p[0], label.en, label.ja, p.size() > 1 ? p[1] : "", p.size() > 2 ? p[2] : ""});
    }
    return h;
}

std::optional<std::pair<Hit, Xapian::Document>> Searcher::document_of_revision(const std::string& id, const Reader& reader) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(schema::kIdPrefix + id), readable_by(reader)));
    const Xapian::MSet mset = enquire.get_mset(0, 1);
    if (mset.empty()) return std::nullopt;
    SearchRequest whole;  // the beginning of the body as its snippet, for a page
    whole.snippet = SnippetStyle{220, "", "", true};
    return std::make_pair(make_hit(mset.begin(), {}, whole), mset.begin().get_document());
}

}  // namespace geofacet
