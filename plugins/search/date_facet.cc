#include "search/date_facet.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "schema/schema.h"

namespace geofacet {

namespace {

bool digits(const std::string& s) { return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos; }

// One end of a range as YYYYMMDD: the first day of a year or month for a lower end, the last for an upper.
bool date_bound(const std::string& text, bool upper, std::string& out) {
    const std::string y = text.substr(0, 4);
    if (text.size() < 4 || !digits(y)) return false;
    std::string m = upper ? "12" : "01", d = upper ? "31" : "01";
    if (text.size() > 4) {
        if (text.size() < 7 || text[4] != '-' || !digits(m = text.substr(5, 2))) return false;
        if (text.size() > 7 && (text.size() != 10 || text[7] != '-' || !digits(d = text.substr(8, 2)))) return false;
    }
    const int month = std::stoi(m), day = std::stoi(d);
    if (month < 1 || month > 12 || day < 1 || day > 31) return false;
    out = y + m + d;
    return true;
}

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

}  // namespace

bool parse_date_range(const std::string& text, std::string& from, std::string& to) {
    const std::size_t dots = text.find("..");
    const std::string low = dots == std::string::npos ? text : text.substr(0, dots);
    const std::string high = dots == std::string::npos ? text : text.substr(dots + 2);
    if (low.empty() && high.empty()) return false;
    from.clear();
    to.clear();
    if (!low.empty() && !date_bound(low, false, from)) return false;
    if (!high.empty() && !date_bound(high, true, to)) return false;
    return from.empty() || to.empty() || from <= to;
}

Xapian::Query date_range_query(const std::string& text) {
    std::string from, to;
    if (!parse_date_range(text, from, to))
        throw std::invalid_argument("date: '" + text + "' is not FROM..TO with dates as YYYY, YYYY-MM or YYYY-MM-DD");
    if (from.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kDateSlot, to);
    if (to.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kDateSlot, from);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, from, to);
}

std::vector<FacetCount> count_months(const Xapian::Database& db, const Xapian::Query& matched, std::size_t limit) {
    Xapian::Enquire enquire(db);
    enquire.set_query(matched);
    // Counting needs no weights: unweighted, a phrase that only adds weight is never checked.
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::ValueCountMatchSpy spy(schema::kDateSlot);
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, db.get_doccount());
    std::map<std::string, Xapian::doccount, std::greater<>> months;  // YYYYMM, newest first
    for (Xapian::TermIterator it = spy.values_begin(); it != spy.values_end(); ++it)
        if ((*it).size() == 8) months[(*it).substr(0, 6)] += it.get_termfreq();
    std::vector<FacetCount> counts;
    for (const auto& [ym, count] : months) {
        if (counts.size() == limit) break;
        const int month = std::stoi(ym.substr(4, 2));
        if (month < 1 || month > 12) continue;
        FacetCount c;
        c.value = ym.substr(0, 4) + "-" + ym.substr(4, 2);
        c.label = std::string(kMonths[month - 1]) + " " + ym.substr(0, 4);
        c.label_ja = ym.substr(0, 4) + "年" + std::to_string(month) + "月";
        c.count = count;
        counts.push_back(std::move(c));
    }
    return counts;
}

SearchResult search_with_dates(Searcher& searcher, SearchRequest request) {
    const auto date = std::find(request.facets.begin(), request.facets.end(), kDateFacet);
    if (date == request.facets.end()) return searcher.search(request);
    const std::size_t position = static_cast<std::size_t>(date - request.facets.begin());
    request.facets.erase(date);
    // The months are counted on the revision the search read, or both are redone on the newest.
    return retry_when_modified(searcher.database(), [&] {
        SearchResult result = searcher.search(request);
        std::vector<FacetCount> months = count_months(searcher.database(), result.matched, request.facet_limit);
        const std::size_t at = std::min(position, result.facets.size());
        result.facets.insert(result.facets.begin() + static_cast<std::ptrdiff_t>(at), {kDateFacet, std::move(months)});
        return result;
    });
}

}  // namespace geofacet
