#include "search/searcher.h"

#include <chrono>

#include "index/document_data.h"
#include "schema/schema.h"
#include "search/date_facet.h"
#include "search/facet_labeller.h"
#include "search/related.h"
#include "util/output_text.h"

namespace geofacet {

Xapian::Database open_databases(const std::vector<std::string>& specs) {
    Xapian::Database db;
    for (const std::string& spec : specs) {
        if (spec.rfind("tcp://", 0) == 0) {
            const std::string hostport = spec.substr(6);
            const std::size_t colon = hostport.rfind(':');
            if (colon == std::string::npos)
                throw Xapian::DatabaseOpeningError(spec + ": expected tcp://HOST:PORT");
            const std::string digits = hostport.substr(colon + 1);
            const unsigned long port = digits.find_first_not_of("0123456789") == std::string::npos && !digits.empty() &&
                                               digits.size() <= 5 ? std::stoul(digits) : 0;
            if (colon == 0 || port == 0 || port > 65535)
                throw Xapian::DatabaseOpeningError(spec + ": expected tcp://HOST:PORT with a PORT from 1 to 65535");
            db.add_database(Xapian::Remote::open(hostport.substr(0, colon), static_cast<unsigned>(port)));
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
        [this](const std::string& part) { return db_.term_exists(schema::latin_name_term(part)); });
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
    h.url = link_url(data.get(schema::kFieldUrl));  // never a javascript: or data: link
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

ParsedQuery Searcher::like(const SearchRequest& request) {
    // An article the reader may not read is no article to them: no evidence of it may leak.
    if (!document_of_revision(request.like, request.reader)) throw std::invalid_argument("no article with id '" + request.like + "'");
    return RelatedFinder(analyzer_, db_).like(request.like);
}

SearchResult Searcher::search(const SearchRequest& request) {
    return retry_when_modified(db_, [&] { return search_revision(request); });
}

std::optional<std::pair<Hit, Xapian::Document>> Searcher::document(const std::string& id, const Reader& reader) {
    return retry_when_modified(db_, [&] { return document_of_revision(id, reader); });
}

SearchResult Searcher::search_revision(const SearchRequest& request) {
    SearchResult result;
    FilterResolver resolver(analyzer_, db_);
    QueryBuilder builder(analyzer_, resolver);
    builder.set_translate(request.translate);

    std::vector<std::pair<std::string, Xapian::Query>> filters;
    for (const auto& [facet, value] : request.filters) filters.emplace_back(facet, resolver.resolve(facet, value));
    if (!request.percent_range.empty()) filters.emplace_back("percent", resolver.resolve("percent", request.percent_range));
    if (!request.date_range.empty()) filters.emplace_back("date", date_range_query(request.date_range));
    result.filters = resolver.notes();
    const Xapian::Query filter = combine_filters(filters);

    std::vector<std::string> facet_names = request.facets;
    if (facet_names.empty()) facet_names = {"actor", "country", "percent", "percent_range"};
    const Xapian::doccount doccount = db_.get_doccount();

    // One graded query: the articles with every concept first, then those with most (search/ranking.h).
    ParsedQuery parsed = request.like.empty() ? builder.parse(request.query) : like(request);
    // What the reader may not read is never matched, so never shown nor counted.
    const Xapian::Query readable = readable_by(request.reader);
    const auto filtered = [&](const Xapian::Query& q) {
        return Xapian::Query(Xapian::Query::OP_FILTER, filters.empty() ? q : Xapian::Query(Xapian::Query::OP_FILTER, q, filter),
                             readable);
    };
    const bool several = parsed.interpretation.concepts.size() > 1;
    Xapian::Enquire check(db_);
    check.set_query(filtered(parsed.strict));
    result.relaxed = several && check.get_mset(0, 1).empty();
    // Sorted by date, rank no longer tells "all" from "some": the articles with every concept, when any has.
    const Xapian::Query query = filtered(request.sort_by_date && several && !result.relaxed ? parsed.strict : parsed.query);
    Xapian::Enquire enquire(db_);
    if (request.time_limit > 0) enquire.set_time_limit(request.time_limit);
    enquire.set_query(query);
    // Newest first by date; by relevance, the newest first among equals.
    if (request.sort_by_date)
        enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true);
    else
        enquire.set_sort_by_relevance_then_value(schema::kDateSlot, true);
    FacetCounter counter(db_, facet_names);
    counter.attach(enquire);
    // checkatleast = every document: the spies see the whole match set, so counts are exact.
    const auto started = std::chrono::steady_clock::now();
    const Xapian::MSet mset = enquire.get_mset(request.offset, request.limit, doccount);
    if (request.time_limit > 0 &&
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() >= request.time_limit)
        throw SearchTimeout("the search took longer than its time limit");
    result.matched = query;
    result.total = mset.get_matches_estimated();
    result.interpretation = std::move(parsed.interpretation);
    result.relaxed = result.relaxed && result.total > 0;
    if (result.relaxed)
        result.interpretation.notes.push_back("no article has every concept; those with most of them come first");
    std::set<std::string> terms(query.get_terms_begin(), query.get_terms_end());
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it)
        result.hits.push_back(make_hit(it, terms, request.snippet));
    const FacetLabeller labeller(*resources_, db_);
    for (const std::string& name : counter.names()) {
        std::vector<FacetCount> counts = counter.counts(name, request.facet_limit);
        labeller.label(name, counts);
        result.facets.emplace_back(name, std::move(counts));
    }
    return result;
}

std::optional<std::pair<Hit, Xapian::Document>> Searcher::document_of_revision(const std::string& id, const Reader& reader) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(schema::kIdPrefix + id), readable_by(reader)));
    const Xapian::MSet mset = enquire.get_mset(0, 1);
    if (mset.empty()) return std::nullopt;
    return std::make_pair(make_hit(mset.begin(), {}, SnippetStyle{220, "", "", true}), mset.begin().get_document());
}

}  // namespace geofacet
