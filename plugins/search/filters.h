// Facet filters: "country=Japan", "actor=石破", "percent=3..5", from --filter and from the query text.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "schema/facets.h"

namespace geofacet {

/// How one filter value was understood.
struct FilterNote {
    std::string facet;     ///< a facet of the table: actor, country, percent, ..., date
    std::string typed;     ///< the value as the user wrote it
    std::string value;     ///< the facet value it resolved to ("" when it did not)
    std::string label;     ///< what to show for it
    bool resolved = false; ///< false: nothing can match it
};

/// A filter value resolved: the facet it filters and the documents it keeps.
struct ResolvedFilter {
    schema::FacetId facet = schema::FacetId::Actor;     ///< the facet filtered
    Xapian::Query query = Xapian::Query::MatchNothing;  ///< the documents kept (MatchNothing: not understood)
};

/// Resolves filter values, in any script or spelling, to Xapian queries; a value resolved once is not
/// analysed again. NOT thread-safe (uses an Analyzer): one per thread.
class FilterResolver {
  public:
    /// A resolver analysing with `analyzer`, for searches of `db`.
    FilterResolver(Analyzer& analyzer, const Xapian::Database& db) : analyzer_(analyzer), db_(db) {}

    /// The query selecting documents whose facet `facet` holds `value`; records a note. Throws
    /// std::invalid_argument for an unknown facet name.
    Xapian::Query resolve(const std::string& facet, const std::string& value);

    /// The same, with the facet it filters (for multi-select counting).
    ResolvedFilter resolve_filter(const std::string& facet, const std::string& value);

    /// Documents that mention a percentage within [low, high] (either end may be open: ±infinity).
    Xapian::Query percent_range(double low, double high) const;
    Xapian::Query months_between(const std::string& from, const std::string& to) const;

    /// The database searched.
    const Xapian::Database& database() const { return db_; }

    /// Notes of every value resolved so far, in order (a value resolved again is noted again).
    const std::vector<FilterNote>& notes() const { return notes_; }

  private:
    ResolvedFilter resolve_uncached(const schema::FacetDef& facet, const std::string& value, FilterNote& note);
    std::string resolve_actor(const std::string& value);
    const Country* resolve_country(const std::string& value);
    void resolve_percent(const std::string& value, ResolvedFilter& filter, FilterNote& note);

    Analyzer& analyzer_;
    const Xapian::Database& db_;
    std::vector<FilterNote> notes_;
    std::map<std::pair<std::string, std::string>, std::pair<ResolvedFilter, FilterNote>> resolved_;
};

/// A request's filters: OR within a facet, AND across facets.
class FilterSet {
  public:
    /// Adds a resolved filter.
    void add(ResolvedFilter filter) { filters_.push_back(std::move(filter)); }
    /// True when there is no filter.
    bool empty() const { return filters_.empty(); }
    /// The filters, in the order added.
    const std::vector<ResolvedFilter>& filters() const { return filters_; }
    /// The facets filtered, in table order.
    std::vector<schema::FacetId> facets() const;
    /// The documents every filter keeps (MatchAll when there is none).
    Xapian::Query all() const;
    /// The documents every filter but those of `facet` keeps: what a multi-select facet counts over.
    Xapian::Query all_but(schema::FacetId facet) const;
    /// The documents every filter of the facets not in `facets` keeps.
    Xapian::Query all_except(const std::vector<schema::FacetId>& facets) const;
    /// The documents that fail the filters of at most one of `facets`: what one pass must see to count each
    /// of them over its own multi-select match set (MatchAll when fewer than two are filtered).
    Xapian::Query at_most_one_failing(const std::vector<schema::FacetId>& facets) const;

  private:
    Xapian::Query of_facet(schema::FacetId facet) const;
    std::vector<ResolvedFilter> filters_;
};

/// A query matching every document, made anew. Never copy Xapian::Query::MatchAll: it is one object for the
/// whole process, and Xapian counts its references without atomics, so searchers copying it on several
/// threads at once corrupt it (a crash seen with four searchers on four threads).
Xapian::Query every_document();

/// Combines facet filters: OR within a facet, AND across facets (MatchAll when there are none).
Xapian::Query combine_filters(const std::vector<std::pair<std::string, Xapian::Query>>& filters);

/// Registers on `qp` the field and range processors of the query syntax: country:, actor:, percent:
/// (a value or a range a..b), percent_range:, lang:, source:, date: (a month or whole months), and the range
/// of days date:YYYY-MM-DD..YYYY-MM-DD. They resolve
/// through `resolver`, which must outlive `qp`'s parses.
void add_filter_processors(Xapian::QueryParser& qp, FilterResolver& resolver);

/// Parses "3..5", "3..", "..5", "3-5" or "3〜5" into a range; false when `text` is not one.
bool parse_percent_range(const std::string& text, double& low, double& high);

}  // namespace geofacet
