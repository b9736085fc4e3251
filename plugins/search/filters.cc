#include "search/filters.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "schema/schema.h"
#include "search/date_range.h"
#include "search/facet_labels.h"
#include "search/percent_query.h"
#include "text/normaliser.h"

namespace geofacet {

namespace {

using schema::FacetId;

// Parses a percentage as typed: "5", "5%", "３.５％" (NFKC first), "5 percent".
bool parse_number(const std::string& typed, double& out) {
    std::string s = fold_case(NormalisedText(typed).text());
    for (const char* unit : {"percent", "per cent", "%"}) {
        const std::size_t at = s.find(unit);
        if (at != std::string::npos) s.erase(at);
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(0, 1);
    if (s.empty()) return false;
    char* end = nullptr;
    out = std::strtod(s.c_str(), &end);
    return end && *end == '\0' && std::isfinite(out);
}

Xapian::Query or_of(const std::vector<Xapian::Query>& qs) {
    if (qs.empty()) return Xapian::Query::MatchNothing;
    if (qs.size() == 1) return qs.front();
    return Xapian::Query(Xapian::Query::OP_OR, qs.begin(), qs.end());
}

Xapian::Query and_of(const std::vector<Xapian::Query>& qs) {
    if (qs.empty()) return every_document();
    if (qs.size() == 1) return qs.front();
    return Xapian::Query(Xapian::Query::OP_AND, qs.begin(), qs.end());
}

// The filter keeping documents whose facet `f` holds `value` (a facet value), through its term.
ResolvedFilter value_filter(FacetId f, const std::string& value) {
    return ResolvedFilter{f, Xapian::Query(schema::facet_term(schema::facet(f), value))};
}

// "English", "英語", "en" → "en".
std::string language_code(const std::string& typed) {
    const std::string v = fold_case(typed);
    if (v == "english" || v == "英語") return "en";
    if (v == "japanese" || v == "日本語") return "ja";
    return v;
}

std::string both_labels(const FacetLabel& l) { return l.ja.empty() || l.ja == l.en ? l.en : l.en + " / " + l.ja; }

}  // namespace

Xapian::Query every_document() { return Xapian::Query(std::string()); }

bool parse_percent_range(const std::string& typed, double& low, double& high) {
    const std::string text = NormalisedText(typed).text();
    for (const char* sep : {"..", "〜", "~", "-"}) {
        const std::size_t at = text.find(sep, text.find_first_not_of(" -"));  // not a leading minus
        if (at == std::string::npos) continue;
        const std::string a = text.substr(0, at), b = text.substr(at + std::string_view(sep).size());
        low = -std::numeric_limits<double>::infinity();
        high = std::numeric_limits<double>::infinity();
        if (!a.empty() && !parse_number(a, low)) return false;
        if (!b.empty() && !parse_number(b, high)) return false;
        return !(a.empty() && b.empty()) && low <= high;
    }
    return false;
}

Xapian::Query FilterResolver::percent_range(double low, double high) const {
    // The percentage terms within the range: every value a document holds has one (slots hold only the
    // first 200 of a document), and a few hundred distinct values are cheaper to OR than slots to scan.
    const schema::FacetDef& f = schema::facet(FacetId::Percent);
    const std::string prefix(f.term_prefix);
    std::vector<Xapian::Query> terms;
    for (Xapian::TermIterator t = db_.allterms_begin(prefix); t != db_.allterms_end(prefix); ++t) {
        const std::string term = *t;
        char* end = nullptr;
        const double v = std::strtod(term.c_str() + prefix.size(), &end);
        if (end && *end == '\0' && v >= low && v <= high) terms.emplace_back(term);
    }
    return or_of(terms);
}

Xapian::Query FilterResolver::months_between(const std::string& from, const std::string& to) const {
    const schema::FacetDef& f = schema::facet(FacetId::Month);
    const std::string prefix(f.term_prefix);
    std::vector<Xapian::Query> terms;
    for (Xapian::TermIterator t = db_.allterms_begin(prefix); t != db_.allterms_end(prefix); ++t) {
        const std::string term = *t, month = term.substr(prefix.size());  // YYYYMM
        if (schema::facet_value_of_term(f, term) && (from.empty() || month >= from.substr(0, 6)) &&
            (to.empty() || month <= to.substr(0, 6)))
            terms.emplace_back(term);
    }
    return or_of(terms);
}

std::string FilterResolver::resolve_actor(const std::string& value) {
    const Gazetteer& g = *analyzer_.resources().gazetteer;
    if (g.by_id(value) || db_.term_exists(schema::actor_term(value))) return value;
    // Any spelling, any script, any order: "石破", "Ishiba Shigeru", "いしば", "Abe Shinzou".
    const auto people = analyzer_.actors().people_named(value, analyzer_.names());
    if (people.size() == 1) return g.actors()[people.front()].id;
    for (const Mention& m : analyzer_.analyse(value, true).mentions)
        if (m.facet == Facet::Actor) return m.value;
    // A person the gazetteer lacks, by the canonical key of the name: "中谷元" or "Gen Nakatani".
    std::vector<std::string> parts;
    for (const Token& t : analyzer_.segmenter().segment(value)) {
        const auto options = analyzer_.names().any_part(t.surface, t.reading);
        if (!options.empty()) parts.push_back(options.front());
    }
    if (!parts.empty() && db_.term_exists(schema::actor_term(name_id(parts)))) return name_id(parts);
    return {};
}

const Country* FilterResolver::resolve_country(const std::string& value) {
    const CountryLexicon& countries = *analyzer_.resources().countries;
    if (const Country* c = countries.by_code(value)) return c;
    for (const Mention& m : analyzer_.analyse(value, true).mentions)
        if (m.facet == Facet::Country) return countries.by_code(m.value);
    return nullptr;
}

void FilterResolver::resolve_percent(const std::string& value, ResolvedFilter& r, FilterNote& note) {
    if (value.find('@') != std::string::npos) {  // what it is of: "5@gdp", "3..5@tariff", "@gdp"
        r.query = percent_of_filter(value, *analyzer_.resources().percent_subjects, db_, note.label);
        if (!note.label.empty()) note.value = value;
        return;
    }
    double low, high;
    if (parse_percent_range(value, low, high)) {
        note.value = (std::isinf(low) ? "" : schema::format_percent(low)) + ".." +
                     (std::isinf(high) ? "" : schema::format_percent(high));
        note.label = note.value + " %";
        r.query = percent_range(low, high);
        return;
    }
    double v;
    if (!parse_number(value, v)) return;
    note.value = schema::format_percent(v);
    note.label = note.value + "%";
    r = value_filter(FacetId::Percent, note.value);
}

ResolvedFilter FilterResolver::resolve_uncached(const schema::FacetDef& f, const std::string& value, FilterNote& note) {
    ResolvedFilter r;
    r.facet = f.id;
    std::string resolved;  // the facet value, for the rules that name one
    switch (f.id) {
        case FacetId::Actor: resolved = resolve_actor(value); break;
        case FacetId::Country:
            if (const Country* c = resolve_country(value)) resolved = c->code;
            break;
        case FacetId::Percent: resolve_percent(value, r, note); break;
        case FacetId::PercentOf:  // what percentages are of: the same as percent=@VALUE
            r.query = percent_of_filter("@" + value, *analyzer_.resources().percent_subjects, db_, note.label);
            if (!note.label.empty()) note.value = percent_subject_typed(value, *analyzer_.resources().percent_subjects);
            break;
        case FacetId::PercentRange:
            for (const schema::PercentBucket& b : schema::kPercentBuckets)
                if (value == b.key || value == b.label || value == std::string(b.label) + "%") resolved = b.key;
            break;
        case FacetId::Lang:
            if (language_code(value) == "en" || language_code(value) == "ja") resolved = language_code(value);
            break;
        case FacetId::Source: resolved = fold_case(value); break;
        case FacetId::Month:
            // A month ("2025-06", a value of the facet), or whole months ("2025-04..2025-06", "2025", "2025-03..")
            // as their terms, which the columns test; a range of days is the request's date range, not a filter.
            if (std::string from, to; parse_date_range(value, from, to) && (from.empty() || from.substr(6) == "01") &&
                                      (to.empty() || to.substr(6) == "31")) {
                if (value.size() == 7) {
                    resolved = value;
                } else {
                    r.query = months_between(from, to);
                    note.value = note.label = value;
                }
            }
            break;
    }
    if (!resolved.empty()) {
        r = value_filter(f.id, resolved);
        note.value = resolved;
        // A source is shown as typed; every other value by the facet's label rule.
        note.label = f.id == FacetId::Source ? value
                                             : both_labels(facet_label(f.id, resolved, analyzer_.resources(), &db_));
    }
    note.resolved = !note.value.empty();
    return r;
}

ResolvedFilter FilterResolver::resolve_filter(const std::string& facet, const std::string& value) {
    const schema::FacetDef* f = schema::facet_named(facet);
    if (!f)
        throw std::invalid_argument("unknown facet '" + facet + "' (" + schema::facet_names() + ")");
    // A value is analysed once per resolver: a relaxed query parses its field filters again.
    auto cached = resolved_.find({facet, value});
    if (cached == resolved_.end()) {
        FilterNote note{facet, value, {}, {}, false};
        ResolvedFilter r = resolve_uncached(*f, value, note);
        cached = resolved_.emplace(std::make_pair(facet, value), std::make_pair(std::move(r), std::move(note))).first;
    }
    notes_.push_back(cached->second.second);
    return cached->second.first;
}

Xapian::Query FilterResolver::resolve(const std::string& facet, const std::string& value) {
    return resolve_filter(facet, value).query;
}

std::vector<FacetId> FilterSet::facets() const {
    std::vector<FacetId> out;
    for (const schema::FacetDef& f : schema::kFacets)
        for (const ResolvedFilter& r : filters_)
            if (r.facet == f.id && (out.empty() || out.back() != f.id)) out.push_back(f.id);
    return out;
}

Xapian::Query FilterSet::of_facet(FacetId facet) const {
    std::vector<Xapian::Query> qs;
    for (const ResolvedFilter& r : filters_)
        if (r.facet == facet) qs.push_back(r.query);
    return or_of(qs);
}

Xapian::Query FilterSet::all() const {
    std::vector<Xapian::Query> per_facet;
    for (FacetId f : facets()) per_facet.push_back(of_facet(f));
    return and_of(per_facet);
}

Xapian::Query FilterSet::all_but(FacetId facet) const {
    std::vector<Xapian::Query> per_facet;
    for (FacetId f : facets())
        if (f != facet) per_facet.push_back(of_facet(f));
    return and_of(per_facet);
}

Xapian::Query FilterSet::all_except(const std::vector<FacetId>& facets) const {
    std::vector<Xapian::Query> per_facet;
    for (FacetId f : this->facets())
        if (std::find(facets.begin(), facets.end(), f) == facets.end()) per_facet.push_back(of_facet(f));
    return and_of(per_facet);
}

Xapian::Query FilterSet::at_most_one_failing(const std::vector<FacetId>& facets) const {
    std::vector<FacetId> among;
    for (FacetId f : this->facets())
        if (std::find(facets.begin(), facets.end(), f) != facets.end()) among.push_back(f);
    if (among.size() < 2) return every_document();
    std::vector<Xapian::Query> alternatives;
    for (FacetId failing : among) {
        std::vector<Xapian::Query> others;
        for (FacetId g : among)
            if (g != failing) others.push_back(of_facet(g));
        alternatives.push_back(and_of(others));
    }
    return or_of(alternatives);
}

Xapian::Query combine_filters(const std::vector<std::pair<std::string, Xapian::Query>>& filters) {
    std::map<std::string, std::vector<Xapian::Query>> by_facet;
    for (const auto& [facet, q] : filters) by_facet[facet].push_back(q);
    std::vector<Xapian::Query> per_facet;
    for (const auto& [facet, qs] : by_facet) per_facet.push_back(or_of(qs));
    return and_of(per_facet);
}

namespace {

class FacetFieldProcessor : public Xapian::FieldProcessor {
  public:
    FacetFieldProcessor(FilterResolver& resolver, std::string facet) : resolver_(resolver), facet_(std::move(facet)) {}
    Xapian::Query operator()(const std::string& value) override { return resolver_.resolve(facet_, value); }

  private:
    FilterResolver& resolver_;
    std::string facet_;
};

// percent:3..5 — a range of percentage values.
class PercentRangeProcessor : public Xapian::RangeProcessor {
  public:
    explicit PercentRangeProcessor(FilterResolver& resolver)
        : Xapian::RangeProcessor(schema::facet(FacetId::Percent).slot_base, "percent:"), resolver_(resolver) {}
    Xapian::Query operator()(const std::string& begin, const std::string& end) override {
        return resolver_.resolve("percent", begin + ".." + end);
    }

  private:
    FilterResolver& resolver_;
};

}  // namespace

void add_filter_processors(Xapian::QueryParser& qp, FilterResolver& resolver) {
    // Values of one field are ORed, fields ANDed; percent:5 and the range percent:3..5 are one group.
    for (const schema::FacetDef& f : schema::kFacets) {
        const std::string name(f.name);
        qp.add_boolean_prefix(name, (new FacetFieldProcessor(resolver, name))->release());
    }
    static const std::string percent_group(schema::facet(FacetId::Percent).name);
    qp.add_rangeprocessor((new PercentRangeProcessor(resolver))->release(), &percent_group);
    qp.add_rangeprocessor((new Xapian::DateRangeProcessor(schema::kDateSlot, "date:"))->release());
}

}  // namespace geofacet
