#include "search/result_json.h"

#include <algorithm>

namespace geofacet {

namespace {

nlohmann::json values_json(const std::vector<HitValue>& values, const char* key) {
    nlohmann::json list = nlohmann::json::array();
    for (const HitValue& v : values) list.push_back({{key, v.value}, {"label", v.label}, {"label_ja", v.label_ja}});
    return list;
}

nlohmann::json filter_json(const FilterNote& f) {
    return {{"facet", f.facet}, {"typed", f.typed}, {"value", f.value}, {"label", f.label}, {"resolved", f.resolved}};
}

// How each facet was counted: the engine, and over which matches.
nlohmann::json counting_json(const SearchResult& r) {
    nlohmann::json facets = nlohmann::json::object();
    for (const auto& [name, counts] : r.facets) {
        const auto& ms = r.counting.multi_select;
        facets[name] = std::find(ms.begin(), ms.end(), name) != ms.end() ? "matches of every filter but its own"
                                                                         : "all matches";
    }
    if (r.facets.empty()) return nlohmann::json::object();
    return {{"engine", r.counting.engine}, {"pass", r.counting.pass}, {"shards", r.counting.shards}, {"facets", facets}};
}

}  // namespace

nlohmann::json result_json(const std::string& query, const SearchRequest& request, const SearchResult& r) {
    nlohmann::json j;
    j["query"] = query;
    j["total"] = r.total;
    j["total_exact"] = r.total_exact;
    j["more"] = r.more;
    j["offset"] = request.offset;
    j["relaxed"] = r.relaxed;
    nlohmann::json concepts = nlohmann::json::array();
    for (const Concept& c : r.interpretation.concepts)
        concepts.push_back({{"kind", c.kind}, {"text", c.text}, {"value", c.value}, {"label", c.label},
                            {"expansions", c.expansions}, {"excluded", c.excluded}});
    nlohmann::json query_filters = nlohmann::json::array();
    for (const FilterNote& f : r.interpretation.filters) query_filters.push_back(filter_json(f));
    j["interpreted"] = {{"concepts", concepts},
                        {"entities", nlohmann::json::array()},
                        {"remaining_text", r.interpretation.remaining_text},
                        {"filters", query_filters},
                        {"notes", r.interpretation.notes},
                        {"summary", r.interpretation.summary()}};
    for (const Concept& c : r.interpretation.concepts)
        if (c.kind == "actor" || c.kind == "country" || c.kind == "percent")
            j["interpreted"]["entities"].push_back({{"facet", c.kind}, {"text", c.text}, {"value", c.value}, {"label", c.label}});
    nlohmann::json filters = nlohmann::json::array();
    for (const FilterNote& f : r.filters) filters.push_back(filter_json(f));
    j["filters"] = filters;
    j["results"] = nlohmann::json::array();
    for (const Hit& h : r.hits) {
        nlohmann::json percentages = nlohmann::json::array();
        for (const HitValue& p : h.percentages)
            percentages.push_back({{"value", std::stod(p.value)}, {"text", p.text}, {"of", p.of}});
        j["results"].push_back({{"rank", h.rank}, {"id", h.id}, {"title", h.title}, {"date", h.date},
                                {"source", h.source}, {"url", h.url}, {"lang", h.lang}, {"score", h.score},
                                {"percent", h.percent}, {"snippet", h.snippet},
                                {"actors", values_json(h.actors, "id")},
                                {"countries", values_json(h.countries, "code")}, {"percentages", percentages}});
    }
    j["facets"] = nlohmann::json::object();
    for (const auto& [name, counts] : r.facets) {
        nlohmann::json list = nlohmann::json::array();
        for (const FacetCount& c : counts)
            list.push_back({{"value", c.value}, {"label", c.label}, {"label_ja", c.label_ja}, {"count", c.count}});
        j["facets"][name] = list;
    }
    j["facet_counting"] = counting_json(r);
    return j;
}

}  // namespace geofacet
