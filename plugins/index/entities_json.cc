#include "index/entities_json.h"

namespace geofacet {

nlohmann::json facets_json(const ArticleEntities& e) {
    nlohmann::json j;
    const auto common = [](const FacetValue& v, nlohmann::json& o) {
        o["mentions"] = v.texts;
        o["rules"] = v.rules;
        o["count"] = v.count;
    };
    j["actors"] = nlohmann::json::array();
    for (const FacetValue& v : e.actors) {
        nlohmann::json o{{"id", v.value}, {"label", v.label_en}, {"label_ja", v.label_ja}};
        common(v, o);
        j["actors"].push_back(std::move(o));
    }
    j["countries"] = nlohmann::json::array();
    for (const FacetValue& v : e.countries) {
        nlohmann::json o{{"code", v.value}, {"label", v.label_en}, {"label_ja", v.label_ja}};
        common(v, o);
        j["countries"].push_back(std::move(o));
    }
    j["percentages"] = nlohmann::json::array();
    for (const FacetValue& v : e.percentages) {
        nlohmann::json o{{"value", std::stod(v.value)}, {"text", v.texts.empty() ? "" : v.texts.front()}, {"of", v.of}};
        common(v, o);
        j["percentages"].push_back(std::move(o));
    }
    return j;
}

nlohmann::json entities_json(const Article& article, const BuiltDocument& built) {
    nlohmann::json j{{"id", article.id}, {"lang", built.languages.primary}, {"languages", built.languages.present}};
    j.update(facets_json(built.entities));
    return j;
}

}  // namespace geofacet
