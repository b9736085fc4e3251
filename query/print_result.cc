// How geofacet-query prints a search result for people in a terminal.
#include "print_result.h"

#include "util/output_text.h"

namespace geofacet {

namespace {

// "5% of GDP", "25% (tariff)", "3%".
std::string percent_label(const HitValue& v) {
    if (v.of.empty()) return v.label;
    return v.of == "GDP" ? v.label + " of GDP" : v.label + " (" + v.of + ")";
}

std::string both_labels(const std::string& en, const std::string& ja) {
    if (ja.empty() || ja == en) return en;
    return en + " / " + ja;
}

// Every line but a snippet's goes through terminal_text: article text must not drive the terminal.
void print_line(std::ostream& out, const std::string& text) { out << terminal_text(text) << "\n"; }

}  // namespace

void print_result(std::ostream& out, const SearchRequest& request, const SearchResult& r) {
    const std::string summary = r.interpretation.summary();
    if (!summary.empty()) print_line(out, "Understood: " + summary);
    for (const FilterNote& f : r.filters)
        print_line(out, "Filter: " + f.facet + "=" + (f.resolved ? f.label : "'" + f.typed + "' (not understood: nothing matches)"));
    out << (r.total_exact ? "" : "about ") << r.total << (r.total == 1 ? " article matches" : " articles match");
    if (r.more > 0) out << " every concept; about " << r.more << " more with some of them follow";
    if (!r.hits.empty()) out << "; showing " << r.hits.front().rank << "-" << r.hits.back().rank;
    out << ".\n";
    for (const Hit& h : r.hits) {
        out << "\n" << (h.rank < 10 ? " " : "") << h.rank << ". ";
        print_line(out, h.title + "  [" + h.id + "]");
        print_line(out, "    " + h.date + (h.source.empty() ? "" : " · " + h.source) + (h.url.empty() ? "" : " · " + h.url));
        out << "    " << h.snippet << "\n";  // control characters already dropped; the marks are ours
        std::string facts;
        const auto list = [&](const char* name, const std::vector<HitValue>& values, bool percent) {
            if (values.empty()) return;
            facts += std::string(facts.empty() ? "" : "; ") + name + ": ";
            for (std::size_t i = 0; i < values.size(); ++i)
                facts += (i ? ", " : "") + (percent ? percent_label(values[i]) : values[i].label);
        };
        list("actors", h.actors, false);
        list("countries", h.countries, false);
        list("percent", h.percentages, true);
        if (!facts.empty()) print_line(out, "    " + facts);
    }
    if (!r.facets.empty()) out << "\nFacets (over all " << r.total << " matches)\n";
    for (const std::string& name : r.counting.multi_select)
        out << "  (" << name << ": counted over the matches of the other filters, so that more values can be added)\n";
    for (const auto& [name, counts] : r.facets) {
        std::string line = "  " + name + ":";
        if (counts.empty()) line += " -";
        for (std::size_t i = 0; i < counts.size(); ++i)
            line += (i ? ", " : " ") + both_labels(counts[i].label, counts[i].label_ja) + " (" + std::to_string(counts[i].count) + ")";
        print_line(out, line);
    }
    (void)request;
}

}  // namespace geofacet
