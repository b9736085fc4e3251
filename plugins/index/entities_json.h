// The --entities-out record of an article: what was extracted, and why.
#pragma once

#include <nlohmann/json.hpp>

#include "index/article.h"
#include "index/document_builder.h"

namespace geofacet {

/// {"id", "lang", "languages", "actors":[{"id","label","label_ja","mentions","rules","count"}],
///  "countries":[{"code","label","label_ja","mentions","rules","count"}],
///  "percentages":[{"value","text","of","mentions","rules","count"}]}
nlohmann::json entities_json(const Article& article, const BuiltDocument& built);

/// The same lists for a bare ArticleEntities (used by geofacet-analyze).
nlohmann::json facets_json(const ArticleEntities& entities);

}  // namespace geofacet
