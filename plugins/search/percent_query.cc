#include "search/percent_query.h"

#include <cmath>

#include "schema/schema.h"
#include "search/filters.h"
#include "text/normaliser.h"

namespace geofacet {

namespace {

// Shares of a percentage's tier when the query says what it is of: the number, the number of that
// subject, the subject anywhere (a cue word, or any percentage of it).
constexpr double kPercentShare = 0.5, kPercentOfShare = 0.35, kSubjectShare = 0.15;

Xapian::Query any_of(const std::vector<Xapian::Query>& queries) {
    if (queries.empty()) return Xapian::Query::MatchNothing;
    return queries.size() == 1 ? queries.front() : Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

// The values of the archive's terms with `prefix` that lie in [low, high), as written after the prefix up to
// '@' ("XQ25@approval" → 25), with the whole terms.
std::vector<std::string> terms_in_range(const Xapian::Database& db, const std::string& prefix, double low, double high,
                                        const std::string& suffix = "") {
    std::vector<std::string> out;
    for (Xapian::TermIterator t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
        const std::string term = *t;
        const std::size_t at = term.find('@');
        if (!suffix.empty() && (at == std::string::npos || term.compare(at, std::string::npos, suffix) != 0)) continue;
        char* end = nullptr;
        const std::string number = term.substr(prefix.size(), at == std::string::npos ? std::string::npos : at - prefix.size());
        const double v = std::strtod(number.c_str(), &end);
        if (end && *end == '\0' && v >= low && v < high) out.push_back(term);
    }
    return out;
}

// The terms of `values` (a value or a decade) with prefix XP, or XQ of `key`.
Xapian::Query value_terms(const std::string& value, bool decade, const std::string& key, const Xapian::Database& db) {
    if (!decade) return Xapian::Query(key.empty() ? schema::percent_term(value) : schema::percent_value_of_term(value, key));
    const double low = std::stod(value);
    std::vector<Xapian::Query> terms;
    const std::string prefix = key.empty() ? schema::kPercentPrefix : schema::kPercentValueOfPrefix;
    for (const std::string& t : terms_in_range(db, prefix, low, low + 10, key.empty() ? "" : "@" + key)) terms.emplace_back(t);
    return any_of(terms);
}

}  // namespace

Concept percent_concept(const Mention& m, bool decade, const Resources& resources, const Xapian::Database& db) {
    Concept c;
    c.kind = "percent";
    c.text = m.text;
    c.value = m.value;
    c.label = decade ? m.value + "–" + schema::format_percent(std::stod(m.value) + 10) + "%" : m.value + "%";
    const Xapian::Query number = value_terms(m.value, decade, "", db);
    if (m.of.empty()) {
        c.query = number;
        if (decade) c.tier = {TierPart{number, 1}};
        return c;
    }
    c.label += m.of == "GDP" ? " of GDP" : " (" + m.of + ")";
    std::vector<Xapian::Query> of_value, of_subject;
    std::vector<std::string> subjects{m.of};
    for (const std::string& r : resources.percent_subjects->related(m.of)) subjects.push_back(r);
    for (const std::string& s : subjects) {
        const std::string key = schema::percent_subject_key(s);
        of_value.push_back(value_terms(m.value, decade, key, db));
        of_subject.emplace_back(schema::percent_of_term(key));
    }
    const Xapian::Query value_of = any_of(of_value);
    c.query = Xapian::Query(Xapian::Query::OP_OR, number, value_of);
    c.tier = {TierPart{number, kPercentShare}, TierPart{value_of, kPercentOfShare}, TierPart{any_of(of_subject), kSubjectShare}};
    return c;
}

std::string percent_subject_typed(const std::string& typed, const PercentSubjects& subjects) {
    std::string text = fold_case(NormalisedText(typed).text());
    for (char& ch : text)
        if (ch == '-' || ch == '_') ch = ' ';
    const std::string subject = subjects.subject_near(text, 0, 0);
    return subject.empty() ? std::string() : schema::percent_subject_key(subject);
}

std::pair<std::string, std::string> percent_subject_labels(const std::string& key, const PercentSubjects& subjects) {
    for (const std::string& s : subjects.subjects()) {
        if (schema::percent_subject_key(s) != key) continue;
        const std::string ja = subjects.label_ja(s);
        return {s, ja.empty() ? s : ja};
    }
    return {key, key};
}

Xapian::Query percent_of_filter(const std::string& typed, const PercentSubjects& subjects, const Xapian::Database& db,
                                std::string& label) {
    const std::size_t at = typed.rfind('@');
    const std::string value = typed.substr(0, at), key = percent_subject_typed(typed.substr(at + 1), subjects);
    if (key.empty()) return Xapian::Query::MatchNothing;
    if (value.empty()) {
        label = "any % of " + key;
        return Xapian::Query(schema::percent_of_term(key));
    }
    double low, high;
    if (parse_percent_range(value, low, high)) {
        label = value + " % of " + key;
        std::vector<Xapian::Query> terms;
        for (const std::string& t : terms_in_range(db, schema::kPercentValueOfPrefix, low, std::nextafter(high, INFINITY), "@" + key))
            terms.emplace_back(t);
        return any_of(terms);
    }
    const std::string number = NormalisedText(value).text();  // kept: `end` points into it
    char* end = nullptr;
    const double v = std::strtod(number.c_str(), &end);
    if (!end || (*end != '\0' && *end != '%')) return Xapian::Query::MatchNothing;
    label = schema::format_percent(v) + "% of " + key;
    return Xapian::Query(schema::percent_value_of_term(schema::format_percent(v), key));
}

}  // namespace geofacet
