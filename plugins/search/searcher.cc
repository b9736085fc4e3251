// The searcher's passes: a query analysed once, its page ranked (and rescored), its matches counted.
#include "search/searcher.h"

#include <algorithm>
#include <chrono>
#include <stdexcept>

#include "index/access_list.h"
#include "schema/facets.h"
#include "schema/schema.h"
#include "search/date_range.h"
#include "search/facet_labels.h"
#include "search/related.h"

namespace geofacet {

namespace {

using schema::FacetId;

std::vector<FacetId> facets_of(const SearchRequest& request) {
    std::vector<FacetId> out;
    if (!request.count_facets) return out;
    for (const std::string& name : request.facets) {
        const schema::FacetDef* f = schema::facet_named(name);
        if (!f) throw std::invalid_argument("unknown facet '" + name + "' (" + schema::facet_names() + ")");
        if (std::find(out.begin(), out.end(), f->id) == out.end()) out.push_back(f->id);
    }
    if (request.facets.empty())
        for (const schema::FacetDef& f : schema::kFacets)
            if (f.by_default) out.push_back(f.id);
    return out;
}

// Newest first by date; by relevance, the newest first among equals.
void sort_as_asked(Xapian::Enquire& enquire, const SearchRequest& request) {
    if (request.sort_by_date)
        enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true);
    else
        enquire.set_sort_by_relevance_then_value(schema::kDateSlot, true);
}

FilterSet resolve_filters(const SearchRequest& request, FilterResolver& resolver) {
    FilterSet filters;
    for (const auto& [facet, value] : request.filters) filters.add(resolver.resolve_filter(facet, value));
    if (!request.percent_range.empty())
        filters.add(resolver.resolve_filter(std::string(schema::facet(FacetId::Percent).name), request.percent_range));
    return filters;
}

}  // namespace

// The time a search may still take. Xapian stops a match at its time limit, and a match cut short has
// neither an exact total nor exact counts: the search then fails rather than answer wrongly.
struct Searcher::Deadline {
    double limit = 0;  // seconds (0: none)
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();

    double spent() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); }
    void apply(Xapian::Enquire& enquire) const {
        if (limit > 0) enquire.set_time_limit(std::max(limit - spent(), 1e-3));
    }
    void check() const {
        if (limit > 0 && spent() >= limit) throw SearchTimeout("the search took longer than its time limit");
    }
};

// One match: the page, the exact (or estimated) total, and the facet counter that ran with it.
/// A run of a page's hits: `count` items of `mset` from index `from`.
struct PageRun {
    Xapian::MSet mset;
    Xapian::doccount from = 0, count = 0;
};

struct Searcher::Match {
    Xapian::MSet mset;            // the listed query's own pass: its estimate
    std::vector<PageRun> page;    // the page's hits, in order
    Xapian::doccount total = 0;
    bool exact = true;
    Xapian::doccount more = 0;  // listed after the counted matches: the listed query's estimate beyond them
    std::unique_ptr<FacetCounter> counter;
    FacetCounting counting;
};

Xapian::MSet Searcher::ranked(const SearchRequest& request, const Xapian::Query& query, Xapian::doccount check,
                              const Deadline& deadline, bool weighed) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    if (!weighed) enquire.set_weighting_scheme(Xapian::BoolWeight());
    sort_as_asked(enquire, request);
    deadline.apply(enquire);
    Xapian::MSet mset = enquire.get_mset(request.offset, request.limit, check);
    deadline.check();
    return mset;
}

namespace {

// The date terms of `letter` that begin with `digits` and have `length` digits in all (D and YYYYMMDD, M and
// YYYYMM), oldest first, with how many documents each has: nothing else may narrow a match.
std::vector<std::pair<std::string, Xapian::doccount>> date_terms(const Xapian::Database& db, const std::string& letter,
                                                                 const std::string& digits, std::size_t length) {
    std::vector<std::pair<std::string, Xapian::doccount>> out;
    const std::string prefix = letter + digits;
    for (Xapian::TermIterator t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
        const std::string term = *t;
        if (term.size() == letter.size() + length && term.find_first_not_of("0123456789", letter.size()) == std::string::npos)
            out.emplace_back(term, t.get_termfreq());
    }
    return out;
}

}  // namespace

// The page of a query without weights, which dates alone order (the newest first): looked for among the
// newest documents, the days of the newest month (D terms) and then months (M terms), widening until they
// hold a page of matches, so that the date of every match of a broad query is not read. Documents of an
// older day or month, or without a date, sort after every document of a newer one, so the page is the same.
// Without weights: a pure NOT's every-document part would weigh documents by their length, which would order
// them unlike the full sort, and pages would repeat and skip articles.
Xapian::MSet Searcher::newest(const SearchRequest& request, const Xapian::Query& query, const Deadline& deadline) {
    const Xapian::doccount page = request.offset + request.limit;
    // Taken from the back: the newest month's days, newest first, then that month whole, then older months.
    std::vector<std::pair<std::string, Xapian::doccount>> periods = date_terms(db_, schema::kMonthPrefix, "", 6);
    if (!periods.empty()) {
        const std::string month = periods.back().first.substr(std::string(schema::kMonthPrefix).size());
        for (auto& day : date_terms(db_, schema::kDatePrefix, month, 8)) periods.push_back(std::move(day));
    }
    std::vector<Xapian::Query> recent;
    Xapian::doccount covered = 0;
    for (Xapian::doccount want = 4 * page; !periods.empty(); want *= 8) {
        while (!periods.empty() && covered < want) {
            recent.emplace_back(periods.back().first);
            covered += periods.back().second;
            periods.pop_back();
        }
        if (periods.empty()) break;  // every period: no narrowing left
        const Xapian::Query in_recent(Xapian::Query::OP_OR, recent.begin(), recent.end());
        Xapian::MSet mset = ranked(request, Xapian::Query(Xapian::Query::OP_FILTER, query, in_recent), page, deadline, false);
        if (mset.get_matches_lower_bound() >= page) return mset;
    }
    return ranked(request, query, page, deadline, false);
}

// The page of `listed`, its best kRescoreWindow matches in the order `rescored` gives them (the same matches with
// the concepts' phrase boosts, whose positions are thus read for those alone, as Elasticsearch's rescore does)
// and the rest in `listed`'s order, so that paging never repeats nor skips a match.
void Searcher::rescored_page(const SearchRequest& request, const Xapian::Query& listed, const Xapian::Query& rescored,
                             Match& m, const Deadline& deadline) {
    const Xapian::doccount end = request.offset + request.limit;
    SearchRequest first_pass = request;
    first_pass.offset = 0;
    first_pass.limit = std::max(end, kRescoreWindow);
    m.mset = ranked(first_pass, listed, first_pass.limit, deadline);
    const Xapian::doccount window = std::min(kRescoreWindow, m.mset.size());
    if (request.offset < window) {
        std::vector<Xapian::Query> ids;
        m.mset.fetch();
        for (Xapian::doccount i = 0; i < window; ++i) {
            Xapian::TermIterator t = m.mset[i].get_document().termlist_begin();
            t.skip_to(schema::kIdPrefix);  // the one unique id term
            ids.emplace_back(*t);
        }
        SearchRequest within = request;
        within.limit = std::min(end, window) - request.offset;
        const Xapian::Query in_window(Xapian::Query::OP_OR, ids.begin(), ids.end());
        Xapian::MSet best = ranked(within, Xapian::Query(Xapian::Query::OP_FILTER, rescored, in_window), window, deadline);
        m.page.push_back(PageRun{best, 0, best.size()});
    }
    const Xapian::doccount from = std::max(request.offset, window);
    if (std::min(end, m.mset.size()) > from) m.page.push_back(PageRun{m.mset, from, std::min(end, m.mset.size()) - from});
}

Xapian::doccount Searcher::count(const Xapian::Query& query, FacetCounter* counter, const Deadline& deadline) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    if (counter) counter->attach(enquire);
    deadline.apply(enquire);
    // checkatleast = every document: the counter sees the whole match set and the total is exact.
    const Xapian::MSet mset = enquire.get_mset(0, 0, db_.get_doccount());
    deadline.check();
    return counter ? counter->total(mset) : mset.get_matches_estimated();
}

// The total and the facets of `counted`: its posting lists walked when the query is boolean and the counter
// can (columns), else a pass of Xapian's matcher with the counter attached.
Xapian::doccount Searcher::count_facets(const Xapian::Query& counted, FacetCounter& counter, FacetCounting& counting,
                                        const Deadline& deadline) {
    const Xapian::Query prepared = counter.prepare(counted);
    if (counter.count_by_walking(db_, [&deadline] { deadline.check(); })) {
        deadline.check();
        counting.pass = "posting lists";
        return counter.total(Xapian::MSet());
    }
    counting.pass = "matcher";
    return count(prepared, &counter, deadline);
}

// The matches of `listed` and the request's filters, ranked: the page; and the total and facet counts over the
// matches of `counted`, an unweighted query: those of `listed` (`same`), or those of them with every concept.
//
// The page and the counts come from passes of their own. Ranking a query that weighs documents stops
// weighing those that cannot reach the page (Xapian prunes by maximum weight once the page is full); a query
// without weights is ordered by date alone, and its page is found among the newest documents (newest()).
// Counting is a boolean pass, unsorted and unweighted, where a phrase needs no positions once another branch
// matched. Every document of the archive is not counted at all: the columns keep each value's document
// frequency. Multi-select facets are counted in the counter's finish().
Searcher::Match Searcher::run_match(const SearchRequest& request, const Xapian::Query& listed,
                                    const Xapian::Query& rescored, const Xapian::Query& counted, bool same,
                                    const FilterSet& filters, const std::vector<FacetId>& facets, bool weighted,
                                    const Deadline& deadline) {
    Match m;
    const auto filtered = [&filters](const Xapian::Query& q) {
        return filters.empty() ? q : Xapian::Query(Xapian::Query::OP_FILTER, q, filters.all());
    };
    if (weighted && !rescored.empty() && !request.sort_by_date) {
        rescored_page(request, filtered(listed), filtered(rescored), m, deadline);
    } else {
        m.mset = weighted ? ranked(request, filtered(listed), request.offset + request.limit, deadline)
                          : newest(request, filtered(listed), deadline);
        m.page.push_back(PageRun{m.mset, 0, m.mset.size()});
    }
    if (facets.empty()) {
        count_without_facets(request, filtered(counted), same && weighted ? &m.mset : nullptr, m, deadline);
    } else {
        m.counter = make_counter(facets, filters, m.counting);
        if (filters.empty() && counted.get_type() == Xapian::Query::LEAF_MATCH_ALL && m.counter->count_everything()) {
            m.total = db_.get_doccount();
            m.counting.pass = "none";
        } else {
            m.total = count_facets(counted, *m.counter, m.counting, deadline);
        }
        m.counter->finish(counted);
    }
    if (!same) {
        const Xapian::doccount listed_estimate = m.mset.get_matches_estimated();
        m.more = listed_estimate > m.total ? listed_estimate - m.total : 0;
    }
    return m;
}

// The total of `query` when no facet is counted: exact when asked, else Xapian's estimate (from `ranked`, the
// page's own pass of the same query, when there is one; else the unnarrowed query's: checking no document,
// Xapian only combines the terms' frequencies).
void Searcher::count_without_facets(const SearchRequest& request, const Xapian::Query& query,
                                    const Xapian::MSet* ranked, Match& m, const Deadline& deadline) {
    if (query.get_type() == Xapian::Query::LEAF_MATCH_ALL) {
        m.total = db_.get_doccount();
    } else if (request.exact_total) {
        m.total = count(query, nullptr, deadline);
    } else {
        Xapian::Enquire enquire(db_);
        enquire.set_query(query);
        const Xapian::MSet estimate = ranked ? *ranked : enquire.get_mset(0, 0, Xapian::doccount(0));
        m.total = estimate.get_matches_estimated();
        m.exact = estimate.get_matches_lower_bound() == estimate.get_matches_upper_bound();
    }
}

// What the reader may read, within the request's date range: the base of every match and count, so that a
// restricted article is never shown nor counted, not even by a multi-select facet. MatchAll when it keeps
// every document (every article public, no date range), so that counting the whole archive stays free.
Xapian::Query Searcher::restriction(const SearchRequest& request) const {
    std::vector<Xapian::Query> parts;
    if (db_.get_termfreq(access_term(kPublicAccess)) != db_.get_doccount()) parts.push_back(readable_by(request.reader));
    if (!request.date_range.empty()) parts.push_back(date_range_query(request.date_range));
    if (parts.empty()) return every_document();
    return parts.size() == 1 ? parts.front() : Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

SearchResult Searcher::search(const SearchRequest& request) {
    return retry_when_modified(db_, [&] { return search_revision(request); });
}

std::optional<std::pair<Hit, Xapian::Document>> Searcher::document(const std::string& id, const Reader& reader) {
    return retry_when_modified(db_, [&] { return document_of_revision(id, reader); });
}

ParsedQuery Searcher::like(const SearchRequest& request) {
    // An article the reader may not read is no article to them: no evidence of it may leak.
    if (!document_of_revision(request.like, request.reader)) throw std::invalid_argument("no article with id '" + request.like + "'");
    return RelatedFinder(analyzer_, db_).like(request.like);
}

// Whether any document matches `query` (one document looked at, no counting).
bool Searcher::any_match(const Xapian::Query& query, const Deadline& deadline) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    deadline.apply(enquire);
    const bool found = !enquire.get_mset(0, 1).empty();
    deadline.check();
    return found;
}

SearchResult Searcher::search_revision(const SearchRequest& request) {
    SearchResult result;
    const Deadline deadline{request.time_limit};
    const std::vector<FacetId> facets = facets_of(request);
    FilterResolver resolver(analyzer_, db_);
    QueryBuilder builder(analyzer_, resolver);
    builder.set_translate(request.translate);
    const FilterSet filters = resolve_filters(request, resolver);
    result.filters = resolver.notes();
    const Xapian::Query base = restriction(request);
    const auto within = [&base](const Xapian::Query& q) {
        return base.get_type() == Xapian::Query::LEAF_MATCH_ALL ? q : Xapian::Query(Xapian::Query::OP_FILTER, q, base);
    };
    const auto filtered = [&](const Xapian::Query& q) {
        return within(filters.empty() ? q : Xapian::Query(Xapian::Query::OP_FILTER, q, filters.all()));
    };

    // One graded query, analysed once: the articles with every concept first, then those with most.
    ParsedQuery parsed = request.like.empty() ? builder.parse(request.query) : like(request);
    const auto& concepts = parsed.interpretation.concepts;
    // Words and entities weigh documents; a query of filters and excluded words alone does not.
    const bool weighted = !request.like.empty() ||
                          std::any_of(concepts.begin(), concepts.end(), [](const Concept& c) { return !c.excluded; });
    const bool several = concepts.size() > 1;
    result.relaxed = several && !any_match(filtered(parsed.strict), deadline);
    // The total and the facets count the articles with every concept, when any has: what the analyst asked
    // about, not every article that shares a word with it. The list goes on with those with most of them,
    // except sorted by date, where rank no longer tells "all" from "some".
    const bool strict = several && !result.relaxed;
    const Xapian::Query& listed = request.sort_by_date && strict ? parsed.strict : parsed.query;
    const Xapian::Query& counted = strict ? parsed.strict : parsed.matching;  // unweighted: walked if boolean
    const bool same = !strict || request.sort_by_date;                        // counted has the listed matches
    const bool rescore = &listed == &parsed.query && !parsed.rescored.empty();
    const Match match = run_match(request, within(listed), rescore ? within(parsed.rescored) : Xapian::Query(),
                                  within(counted), same, filters, facets, weighted, deadline);
    result.relaxed = result.relaxed && match.total > 0;
    if (result.relaxed)
        parsed.interpretation.notes.push_back("no article has every concept; those with most of them come first");
    result.interpretation = std::move(parsed.interpretation);
    result.matched = filtered(counted);
    const Xapian::Query& weighed = rescore ? parsed.rescored : listed;  // its phrases' words are marked too
    const Xapian::Query shown = filters.empty() ? weighed : Xapian::Query(Xapian::Query::OP_FILTER, weighed, filters.all());
    const std::set<std::string> terms(shown.get_terms_begin(), shown.get_terms_end());
    for (const PageRun& run : match.page)
        for (Xapian::doccount i = run.from; i < run.from + run.count; ++i) result.hits.push_back(make_hit(run.mset[i], terms, request));
    add_results(request, match, facets, result);
    return result;
}

void Searcher::add_results(const SearchRequest& request, const Match& match, const std::vector<FacetId>& facets,
                           SearchResult& result) {
    result.total = match.total;
    result.total_exact = match.exact;
    result.more = match.more;
    result.counting = match.counting;
    for (FacetId id : facets) {
        std::vector<FacetCount> counts = match.counter->counts(id, request.facet_limit);
        for (FacetCount& c : counts) {
            FacetLabel label = facet_label(id, c.value, *resources_, &db_);
            c.label = std::move(label.en);
            c.label_ja = std::move(label.ja);
        }
        result.facets.emplace_back(schema::facet(id).name, std::move(counts));
    }
}

}  // namespace geofacet
