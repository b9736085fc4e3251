#include "search/date_range.h"

#include <algorithm>
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

}  // namespace geofacet
