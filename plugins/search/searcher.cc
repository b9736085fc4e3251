#include "search/searcher.h"

#include "index/document_data.h"
#include "schema/schema.h"
#include "search/facet_labeller.h"

namespace geofacet {

Xapian::Database open_databases(const std::vector<std::string>& specs) {
    Xapian::Database db;
    for (const std::string& spec : specs) {
        if (spec.rfind("tcp://", 0) == 0) {
            const std::string hostport = spec.substr(6);
            const std::size_t colon = hostport.rfind(':');
            if (colon == std::string::npos)
                throw Xapian::DatabaseOpeningError(spec + ": expected tcp://HOST:PORT");
            const unsigned port = static_cast<unsigned>(std::strtoul(hostport.c_str() + colon + 1, nullptr, 10));
            db.add_database(Xapian::Remote::open(hostport.substr(0, colon), port));
        } else {
            db.add_database(Xapian::Database(spec));
        }
    }
    return db;
}

Searcher::Searcher(std::shared_ptr<const Resources> resources, const std::vector<std::string>& databases)
    : Searcher(resources, open_databases(databases)) {}

Searcher::Searcher(std::shared_ptr<const Resources> resources, Xapian::Database db)
    : resources_(std::move(resources)), db_(std::move(db)), analyzer_(resources_) {
    analyzer_.set_name_evidence(
        [this](const std::string& part) { return db_.term_exists(schema::kLatinNamePrefix + part); });
}

Hit Searcher::make_hit(const Xapian::MSetIterator& it, const std::set<std::string>& terms, const SnippetStyle& style) {
    const Xapian::Document doc = it.get_document();
    const DocumentData data(doc.get_data());
    Hit h;
    h.rank = it.get_rank() + 1;
    h.id = data.get(schema::kFieldId);
    h.title = data.get(schema::kFieldCaption);
    h.date = data.get(schema::kFieldDate);
    h.source = data.get(schema::kFieldSource);
    h.url = data.get(schema::kFieldUrl);
    h.lang = data.get(schema::kFieldLang);
    h.score = it.get_weight();
    h.percent = it.get_percent();
    Snippeter snippets(analyzer_);
    h.snippet = snippets.make(data.body(), terms, style);
    for (const std::string& a : data.all(schema::kFieldActor)) {
        const auto p = split_bars(a);
        h.actors.push_back(HitValue{p[0], p.size() > 1 ? p[1] : "", p.size() > 2 ? p[2] : "", {}, {}});
    }
    for (const std::string& c : data.all(schema::kFieldCountry)) {
        const Country* country = resources_->countries->by_code(c);
        h.countries.push_back(HitValue{c, country ? country->label_en : c, country ? country->label_ja : "", {}, {}});
    }
    for (const std::string& pc : data.all(schema::kFieldPercent)) {
        const auto p = split_bars(pc);
        h.percentages.push_back(
            HitValue{p[0], p[0] + "%", p[0] + "%", p.size() > 1 ? p[1] : "", p.size() > 2 ? p[2] : ""});
    }
    return h;
}

SearchResult Searcher::search(const SearchRequest& request) {
    SearchResult result;
    FilterResolver resolver(analyzer_, db_);
    QueryBuilder builder(analyzer_, resolver);
    builder.set_translate(request.translate);

    std::vector<std::pair<std::string, Xapian::Query>> filters;
    for (const auto& [facet, value] : request.filters) filters.emplace_back(facet, resolver.resolve(facet, value));
    if (!request.percent_range.empty()) filters.emplace_back("percent", resolver.resolve("percent", request.percent_range));
    result.filters = resolver.notes();
    const Xapian::Query filter = combine_filters(filters);

    std::vector<std::string> facet_names = request.facets;
    if (facet_names.empty()) facet_names = {"actor", "country", "percent", "percent_range"};
    const Xapian::doccount doccount = db_.get_doccount();

    for (const Xapian::Query::op op : {Xapian::Query::OP_AND, Xapian::Query::OP_OR}) {
        ParsedQuery parsed = builder.parse(request.query, op);
        Xapian::Query query = filters.empty() ? parsed.query : Xapian::Query(Xapian::Query::OP_FILTER, parsed.query, filter);
        Xapian::Enquire enquire(db_);
        enquire.set_query(query);
        // Newest first by date; by relevance, the newest first among equals.
        if (request.sort_by_date)
            enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true);
        else
            enquire.set_sort_by_relevance_then_value(schema::kDateSlot, true);
        FacetCounter counter(db_, facet_names);
        if (request.count_facets) counter.attach(enquire);
        // checkatleast = every document: the spies see the whole match set, so counts are exact.
        const Xapian::MSet mset = enquire.get_mset(request.offset, request.limit, doccount);
        result.total = mset.get_matches_estimated();
        result.interpretation = std::move(parsed.interpretation);
        if (result.total == 0 && op == Xapian::Query::OP_AND && result.interpretation.concepts.size() > 1) {
            continue;  // nothing has every concept: retry with any concept
        }
        result.relaxed = op == Xapian::Query::OP_OR;
        if (result.relaxed)
            result.interpretation.notes.push_back("no article matched every term; showing articles matching any");
        std::set<std::string> terms(query.get_terms_begin(), query.get_terms_end());
        for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it)
            result.hits.push_back(make_hit(it, terms, request.snippet));
        const FacetLabeller labeller(*resources_, db_);
        for (const std::string& name : request.count_facets ? counter.names() : std::vector<std::string>{}) {
            std::vector<FacetCount> counts = counter.counts(name, request.facet_limit);
            labeller.label(name, counts);
            result.facets.emplace_back(name, std::move(counts));
        }
        break;
    }
    return result;
}

}  // namespace geofacet
