// ENAMDICT in its compact form: readings of Japanese names, Latin spellings of foreign names in katakana.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dict/sorted_tsv.h"

namespace geofacet {

/// A reading a kanji name can have.
struct NameReading {
    std::string kana;   ///< hiragana reading, e.g. "なかたに"
    std::string types;  ///< ENAMDICT's person types: s surname, g given, m male, f female, h full name, u person
};

/// Name readings and spellings from ENAMDICT (EDRDG, CC BY-SA 3.0). Immutable; thread-safe.
class NameDictionary {
  public:
    /// Maps the compact file made by geofacet-dictc; throws std::runtime_error naming it.
    static std::shared_ptr<const NameDictionary> open(const std::string& path);

    /// The readings of kanji name `name` (NFKC, standard kanji), in ENAMDICT's order.
    std::vector<NameReading> readings(std::string_view name) const;

    /// The Latin spellings of katakana name `katakana` (トランプ → Trump), folded as fold_katakana_variants.
    std::vector<std::string> latin(std::string_view katakana) const;

  private:
    explicit NameDictionary(std::shared_ptr<const SortedTsv> file) : file_(std::move(file)) {}
    std::shared_ptr<const SortedTsv> file_;
};

}  // namespace geofacet
