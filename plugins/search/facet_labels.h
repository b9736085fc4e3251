// The one label function of facet values: what people read for "shigeru-ishiba", "JP", "3.5", "3-5", "en".
#pragma once

#include <string>

#include <xapian.h>

#include "analysis/resources.h"
#include "schema/facets.h"

namespace geofacet {

/// A facet value as people read it, in English and Japanese (the same text when the language does not matter).
struct FacetLabel {
    std::string en;  ///< "Japan", "Shigeru Ishiba", "3.5%", "3–5%", "English", "Pacific Wire"
    std::string ja;  ///< "日本", "石破茂", "3.5%", "3–5%", "英語", "" when there is none
};

/// The labels of `value` of facet `facet`, by the facet's label rule (schema::LabelRule): actors from the
/// gazetteer, else from the data of a document of `db` naming the actor; countries from ICU's names; numbers
/// and buckets with a percent sign; languages by name; sources as a document of `db` wrote them. `db` may be
/// null (no document lookups). An unknown value is its own label. Reads `db`: one thread at a time per `db`.
FacetLabel facet_label(schema::FacetId facet, const std::string& value, const Resources& resources,
                       const Xapian::Database* db);

}  // namespace geofacet
