// Exact facet counts over a whole match set, with Xapian's built-in ValueCountMatchSpy only, so that a
// shard behind a stock xapian-tcpsrv counts too.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/schema.h"

namespace geofacet {

/// One value of a facet and the number of matching documents that have it.
struct FacetCount {
    std::string value;         ///< facet value: actor id, ISO code, percentage, bucket key, language...
    std::string label;         ///< English label (or the value itself)
    std::string label_ja;      ///< Japanese label, when there is one
    Xapian::doccount count = 0;
};

/// The facets Geofacet counts, by the names users write.
const std::vector<schema::FacetSlots>& countable_facets();

/// Number of slots of `facets`' run that hold values in `db` (0 when no document has the facet).
Xapian::valueno slots_in_use(const Xapian::Database& db, const schema::FacetSlots& facet);

/// Counts facet values while Xapian matches. Create it, call attach() before Enquire::get_mset (with
/// checkatleast = the database's document count, so that every match is seen), then read counts().
class FacetCounter {
  public:
    /// A counter for the facets named in `names` (all countable facets when empty) of `db`.
    FacetCounter(const Xapian::Database& db, const std::vector<std::string>& names);

    /// Adds one ValueCountMatchSpy per slot in use to `enquire`; the spies live as long as this counter.
    void attach(Xapian::Enquire& enquire);

    /// Counts of facet `name`, summed over its slots, most frequent first (ties by value), at most `limit`.
    /// Labels are not filled in (see FacetLabeller).
    std::vector<FacetCount> counts(const std::string& name, std::size_t limit) const;

    /// The names of the facets counted, in order.
    std::vector<std::string> names() const;

  private:
    struct Facet {
        schema::FacetSlots slots;
        std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
    };
    std::vector<Facet> facets_;
};

}  // namespace geofacet
