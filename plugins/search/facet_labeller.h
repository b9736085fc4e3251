// Display values and labels of facet values, in English and Japanese.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/resources.h"
#include "search/facet_counter.h"

namespace geofacet {

/// Turns stored facet values into what people read. Thread-compatible (reads the database).
class FacetLabeller {
  public:
    /// A labeller using `resources` (gazetteer, countries) and `db` (labels of actors the gazetteer lacks).
    FacetLabeller(const Resources& resources, const Xapian::Database& db) : resources_(resources), db_(db) {}

    /// Fills value and labels of `counts` of facet `facet` (percent values decoded from their slots).
    void label(const std::string& facet, std::vector<FacetCount>& counts) const;

    /// English and Japanese labels of an actor id (the id itself when unknown).
    std::pair<std::string, std::string> actor_labels(const std::string& id) const;

  private:
    const Resources& resources_;
    const Xapian::Database& db_;
};

}  // namespace geofacet
