// The matches of a boolean query, walked over the posting lists themselves. Counting needs no weight, no
// order and no page: Xapian's matcher, which builds all three for every match, costs about four times as
// much as reading the posting lists (a pass over "government" at 100,000 articles: 5.0 against 1.2 ms).
#pragma once

#include <functional>

#include <xapian.h>

namespace geofacet {

/// Whether `query` can be walked: every node a term, MatchAll, MatchNothing, or OP_AND, OP_OR, OP_AND_NOT,
/// OP_FILTER, OP_AND_MAYBE, OP_XOR, OP_SYNONYM, OP_MAX or OP_SCALE_WEIGHT of such nodes. Phrases, value ranges,
/// wildcards, elite sets and posting sources are not (Xapian's matcher runs those).
bool walkable(const Xapian::Query& query);

/// Calls `visit` with each document of `db` that `query` (walkable) matches, in document number order, as
/// Xapian numbers them in `db` (shards interleaved), and returns how many there were. `poll` is called every
/// few thousand postings read (matching or not), to stop a walk that takes too long by throwing. `db` local or remote alike, but
/// one walk reads every posting list it needs: for counting local shards.
Xapian::doccount walk_matches(const Xapian::Database& db, const Xapian::Query& query,
                              const std::function<void(Xapian::docid)>& visit, const std::function<void()>& poll);

}  // namespace geofacet
