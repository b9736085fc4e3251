// Facet filters: "country=Japan", "actor=石破", "percent=3..5", from --filter and from the query text.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "schema/schema.h"

namespace geofacet {

/// How one filter value was understood.
struct FilterNote {
    std::string facet;     ///< actor, country, percent, percent_range, percent_of, lang, source
    std::string typed;     ///< the value as the user wrote it
    std::string value;     ///< the facet value it resolved to ("" when it did not)
    std::string label;     ///< what to show for it
    bool resolved = false; ///< false: nothing can match it
};

/// Resolves filter values, in any script or spelling, to Xapian queries. NOT thread-safe (uses an
/// Analyzer): one per thread.
class FilterResolver {
  public:
    /// A resolver analysing with `analyzer`, for searches of `db` (its slots in use).
    FilterResolver(Analyzer& analyzer, const Xapian::Database& db) : analyzer_(analyzer), db_(db) {}

    /// The query selecting documents whose facet `facet` holds `value`; records a note. Throws
    /// std::invalid_argument for an unknown facet name.
    Xapian::Query resolve(const std::string& facet, const std::string& value);

    /// Documents that mention a percentage within [low, high] (either end may be open: ±infinity).
    Xapian::Query percent_range(double low, double high) const;

    /// The database searched.
    const Xapian::Database& database() const { return db_; }

    /// Notes of every value resolved so far, in order.
    const std::vector<FilterNote>& notes() const { return notes_; }

  private:
    Xapian::Query resolve_actor(const std::string& value, FilterNote& note);
    Xapian::Query resolve_country(const std::string& value, FilterNote& note);
    Xapian::Query resolve_percent(const std::string& value, FilterNote& note);
    Xapian::Query slot_equals(const schema::FacetSlots& facet, const std::string& value) const;

    Analyzer& analyzer_;
    const Xapian::Database& db_;
    std::vector<FilterNote> notes_;
};

/// Combines facet filters: OR within a facet, AND across facets (MatchAll when there are none).
Xapian::Query combine_filters(const std::vector<std::pair<std::string, Xapian::Query>>& filters);

/// Registers on `qp` the field and range processors of the query syntax: country:, actor:, percent:
/// (a value or a range a..b), percent_range:, lang:, source:, and date:YYYY-MM-DD..YYYY-MM-DD. They resolve
/// through `resolver`, which must outlive `qp`'s parses.
void add_filter_processors(Xapian::QueryParser& qp, FilterResolver& resolver);

/// Parses "3..5", "3..", "..5", "3-5" or "3〜5" into a range; false when `text` is not one.
bool parse_percent_range(const std::string& text, double& low, double& high);

}  // namespace geofacet
