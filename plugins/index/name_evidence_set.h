// What an indexing run knows of Latin-script names: the index's, and those of the articles built so far.
#pragma once

#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "names/name_evidence.h"

namespace geofacet {

/// The whole names the archive has seen written in Latin script (the XL terms): the evidence that
/// chooses between readings of Japanese names; and its Latin names by sound (the XK terms, counted by
/// article), which join a katakana name with its Latin spelling. Thread-safe.
class NameEvidenceSet {
  public:
    /// The names `db` already holds.
    explicit NameEvidenceSet(const Xapian::Database& db);
    /// True when name key `key` has been seen in Latin script.
    bool contains(const std::string& key) const;
    /// The kSpellingsPerSound entries of sound key `sound` most written so far (names/name_evidence.h).
    std::vector<std::string> spellings(const std::string& sound) const;
    /// Adds the names of a document just built.
    void add_from(const Xapian::Document& doc);
    /// The evidence to give an analyser.
    NameEvidence evidence();

  private:
    mutable std::mutex mutex_;
    std::unordered_set<std::string> keys_;
    std::unordered_map<std::string, SoundSpellings> sounds_;
};

}  // namespace geofacet
