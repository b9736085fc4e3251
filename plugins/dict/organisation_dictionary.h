// English names of Japanese organisations, from ENAMDICT's company and organisation entries and EDICT.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dict/sorted_tsv.h"

namespace geofacet {

/// The English name EDRDG's dictionaries give a Japanese organisation's whole name (関西電力 → "Kansai
/// Electric Power", 防衛装備庁 → "Acquisition, Technology & Logistics Agency"). Immutable; thread-safe.
class OrganisationDictionary {
  public:
    /// A dictionary over the compiled ENAMDICT (`names`, its `O` lines) and EDICT (`edict_ja`); either may be null.
    OrganisationDictionary(std::shared_ptr<const SortedTsv> names, std::shared_ptr<const SortedTsv> edict_ja)
        : names_(std::move(names)), edict_ja_(std::move(edict_ja)) {}

    /// The English name of organisation `japanese` (NFKC, standard kanji): ENAMDICT's company or organisation
    /// gloss, else EDICT's first gloss when it is written with a capital, as proper names are; "" when none.
    std::string english(std::string_view japanese) const;

    /// True when EDICT knows `japanese` as a common word (glossed in lower case): 中央銀行 is "central bank".
    bool common_word(std::string_view japanese) const;

    /// Every English gloss EDICT gives `japanese` (港湾 → "harbour", "port"), as written; none when it lacks it.
    std::vector<std::string> glosses(std::string_view japanese) const;

  private:
    std::string_view first_edict_gloss(std::string_view japanese) const;

    std::shared_ptr<const SortedTsv> names_;
    std::shared_ptr<const SortedTsv> edict_ja_;
};

}  // namespace geofacet
