// Suggestions as one types a facet value: the values whose labels in either script, aliases or name keys
// start with what was typed (`ishi`, `石`, `いし` all offer Ishiba), counted over what the reader may read.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "search/access.h"

namespace geofacet {

/// One suggested facet value.
struct Suggestion {
    std::string value;      ///< the facet value to filter on: actor id, ISO code, source
    std::string label;      ///< English label
    std::string label_ja;   ///< Japanese label ("" when there is none)
    std::string matched;    ///< the label, alias or name key the prefix matched
    Xapian::doccount count = 0;  ///< documents the reader may read that hold the value
};

/// The facets that suggest: actor, country, source (names from the facet table).
const std::vector<std::string>& suggestible_facets();

/// Those names, comma-separated, for messages.
std::string suggestible_facet_names();

/// The values of a database that can be suggested, with the keys a prefix is compared with. Built from the
/// terms of a database revision; NOT thread-safe to build (uses an Analyzer), read-only afterwards.
class SuggestIndex {
  public:
    /// Every actor, country and source of `db`, keyed in both scripts with `analyzer`'s name normaliser.
    SuggestIndex(Analyzer& analyzer, const Xapian::Database& db);

    /// Up to `limit` values of `facet` whose keys start with `prefix` (any script, any case; "" matches
    /// all), counted over the documents `reader` may read, most documents first. A value no document the
    /// reader may read holds is never offered. Throws std::invalid_argument for another facet.
    std::vector<Suggestion> suggest(const std::string& facet, const std::string& prefix, const Reader& reader,
                                    Analyzer& analyzer, const Xapian::Database& db, std::size_t limit) const;

  private:
    struct Entry {
        std::string facet, value, term;       // term: the boolean term selecting its documents
        std::string label, label_ja;          // from the gazetteer or country table ("" when from documents)
        std::vector<std::pair<std::string, std::string>> keys;  // (folded key, as shown)
    };
    void add_actor(Analyzer& analyzer, const Xapian::Database& db, const std::string& id);
    void add_key(Entry& e, Analyzer& analyzer, const std::string& text);
    std::vector<Entry> entries_;
};

}  // namespace geofacet
