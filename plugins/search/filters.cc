#include "search/filters.h"

#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>

#include "schema/schema.h"
#include "search/facet_counter.h"
#include "search/percent_query.h"
#include "text/normaliser.h"

namespace geofacet {

namespace {

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

}  // namespace

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
    std::vector<Xapian::Query> per_slot;
    const Xapian::valueno used = slots_in_use(db_, schema::kPercentSlots);
    for (Xapian::valueno i = 0; i < used; ++i) {
        const Xapian::valueno slot = schema::kPercentSlots.base + i;
        if (std::isinf(low))
            per_slot.emplace_back(Xapian::Query::OP_VALUE_LE, slot, Xapian::sortable_serialise(high));
        else if (std::isinf(high))
            per_slot.emplace_back(Xapian::Query::OP_VALUE_GE, slot, Xapian::sortable_serialise(low));
        else
            per_slot.emplace_back(Xapian::Query::OP_VALUE_RANGE, slot, Xapian::sortable_serialise(low),
                                  Xapian::sortable_serialise(high));
    }
    if (per_slot.empty()) return Xapian::Query::MatchNothing;
    return Xapian::Query(Xapian::Query::OP_OR, per_slot.begin(), per_slot.end());
}

Xapian::Query FilterResolver::slot_equals(const schema::FacetSlots& facet, const std::string& value) const {
    std::vector<Xapian::Query> per_slot;
    const Xapian::valueno used = slots_in_use(db_, facet);
    for (Xapian::valueno i = 0; i < used; ++i)
        per_slot.emplace_back(Xapian::Query::OP_VALUE_RANGE, facet.base + i, value, value);
    if (per_slot.empty()) return Xapian::Query::MatchNothing;
    return Xapian::Query(Xapian::Query::OP_OR, per_slot.begin(), per_slot.end());
}

Xapian::Query FilterResolver::resolve_actor(const std::string& value, FilterNote& note) {
    const Gazetteer& g = *analyzer_.resources().gazetteer;
    std::string id;
    if (g.by_id(value) || db_.term_exists(schema::actor_term(value))) {
        id = value;
    } else {
        // Any spelling, any script, any order: "石破", "Ishiba Shigeru", "いしば", "Abe Shinzou".
        const auto people = analyzer_.actors().people_named(value, analyzer_.names());
        if (people.size() == 1) id = g.actors()[people.front()].id;
        for (const Mention& m : analyzer_.analyse(value, true).mentions)
            if (id.empty() && m.facet == Facet::Actor) id = m.value;
    }
    if (id.empty()) {
        // A person the gazetteer lacks, by the canonical key of the name: "中谷元" or "Gen Nakatani".
        std::vector<std::string> parts;
        for (const Token& t : analyzer_.segmenter().segment(value)) {
            const auto options = analyzer_.names().any_part(t.surface, t.reading);
            if (!options.empty()) parts.push_back(options.front());
        }
        if (!parts.empty() && db_.term_exists(schema::actor_term(name_id(parts)))) id = name_id(parts);
    }
    if (id.empty()) return Xapian::Query::MatchNothing;
    note.value = id;
    const Actor* a = g.by_id(id);
    note.label = a ? a->label_en + " / " + a->label_ja : id;
    note.resolved = true;
    return Xapian::Query(schema::actor_term(id));
}

Xapian::Query FilterResolver::resolve_country(const std::string& value, FilterNote& note) {
    const Country* c = analyzer_.resources().countries->by_code(value);
    if (!c) {
        for (const Mention& m : analyzer_.analyse(value, true).mentions)
            if (m.facet == Facet::Country) {
                c = analyzer_.resources().countries->by_code(m.value);
                break;
            }
    }
    if (!c) return Xapian::Query::MatchNothing;
    note.value = c->code;
    note.label = c->label_en + " / " + c->label_ja;
    note.resolved = true;
    return Xapian::Query(schema::country_term(c->code));
}

Xapian::Query FilterResolver::resolve_percent(const std::string& value, FilterNote& note) {
    if (value.find('@') != std::string::npos) {  // what it is of: "5@gdp", "3..5@tariff", "@gdp"
        Xapian::Query q = percent_of_filter(value, *analyzer_.resources().percent_subjects, db_, note.label);
        note.resolved = !note.label.empty();
        if (note.resolved) note.value = value;
        return q;
    }
    double low, high;
    if (parse_percent_range(value, low, high)) {
        note.value = (std::isinf(low) ? "" : schema::format_percent(low)) + ".." +
                     (std::isinf(high) ? "" : schema::format_percent(high));
        note.label = note.value + " %";
        note.resolved = true;
        return percent_range(low, high);
    }
    double v;
    if (!parse_number(value, v)) return Xapian::Query::MatchNothing;
    note.value = schema::format_percent(v);
    note.label = note.value + "%";
    note.resolved = true;
    return Xapian::Query(schema::percent_term(note.value));
}

Xapian::Query FilterResolver::resolve(const std::string& facet, const std::string& value) {
    FilterNote note{facet, value, {}, {}, false};
    Xapian::Query q = Xapian::Query::MatchNothing;
    if (facet == "actor") {
        q = resolve_actor(value, note);
    } else if (facet == "country") {
        q = resolve_country(value, note);
    } else if (facet == "percent") {
        q = resolve_percent(value, note);
    } else if (facet == "percent_of") {  // what percentages are of: the same as percent=@VALUE
        q = percent_of_filter("@" + value, *analyzer_.resources().percent_subjects, db_, note.label);
        note.resolved = !note.label.empty();
        if (note.resolved) note.value = percent_subject_typed(value, *analyzer_.resources().percent_subjects);
    } else if (facet == "percent_range") {
        for (const schema::PercentBucket& b : schema::kPercentBuckets)
            if (value == b.key || value + "%" == std::string(b.label) + "%" || value == b.label) {
                note.value = b.key;
                note.label = std::string(b.label) + "%";
                note.resolved = true;
                q = slot_equals(schema::kPercentRangeSlots, b.key);
            }
    } else if (facet == "lang") {
        const std::string v = fold_case(value);
        const std::string code = (v == "english" || v == "英語") ? "en" : (v == "japanese" || v == "日本語") ? "ja" : v;
        if (code == "en" || code == "ja") {
            note.value = note.label = code;
            note.resolved = true;
            q = Xapian::Query(schema::kLangPrefix + code);
        }
    } else if (facet == "source") {
        note.value = note.label = value;
        note.resolved = true;
        q = Xapian::Query(schema::source_term(fold_case(value)));
    } else {
        throw std::invalid_argument("unknown facet '" + facet +
                                    "' (actor, country, percent, percent_range, percent_of, lang, source)");
    }
    notes_.push_back(std::move(note));
    return q;
}

Xapian::Query combine_filters(const std::vector<std::pair<std::string, Xapian::Query>>& filters) {
    std::map<std::string, std::vector<Xapian::Query>> by_facet;
    for (const auto& [facet, q] : filters) by_facet[facet].push_back(q);
    std::vector<Xapian::Query> per_facet;
    for (const auto& [facet, qs] : by_facet) per_facet.emplace_back(Xapian::Query::OP_OR, qs.begin(), qs.end());
    if (per_facet.empty()) return Xapian::Query::MatchAll;
    return Xapian::Query(Xapian::Query::OP_AND, per_facet.begin(), per_facet.end());
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

// percent:3..5 — a RangeProcessor over the run of percentage slots.
class PercentRangeProcessor : public Xapian::RangeProcessor {
  public:
    explicit PercentRangeProcessor(FilterResolver& resolver)
        : Xapian::RangeProcessor(schema::kPercentSlots.base, "percent:"), resolver_(resolver) {}
    Xapian::Query operator()(const std::string& begin, const std::string& end) override {
        return resolver_.resolve("percent", begin + ".." + end);
    }

  private:
    FilterResolver& resolver_;
};

}  // namespace

void add_filter_processors(Xapian::QueryParser& qp, FilterResolver& resolver) {
    for (const char* facet : {"actor", "country", "percent", "percent_of", "lang", "source"})
        qp.add_boolean_prefix(facet, (new FacetFieldProcessor(resolver, facet))->release(), facet);
    qp.add_boolean_prefix("percent_range", (new FacetFieldProcessor(resolver, "percent_range"))->release(), "percent");
    static const std::string percent_group = "percent";  // percent:3..5 and percent:5 filter together
    qp.add_rangeprocessor((new PercentRangeProcessor(resolver))->release(), &percent_group);
    qp.add_rangeprocessor((new Xapian::DateRangeProcessor(schema::kDateSlot, "date:"))->release());
}

}  // namespace geofacet
