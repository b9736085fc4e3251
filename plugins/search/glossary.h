// The bilingual glossary of news and policy terms (plugins/data/glossary.tsv): the expressions that
// cross-lingual search must translate whole, which EDICT lacks or translates word by word.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/analyzer.h"

namespace geofacet {

/// One concept of the glossary: its forms in each language, the most common first.
struct GlossaryEntry {
    std::vector<std::string> english;   ///< as written in the file ("defence budget", "defense spending")
    std::vector<std::string> japanese;  ///< NFKC ("防衛費", "防衛予算")
};

/// The glossary, keyed for lookup by query words. Immutable; thread-safe.
class Glossary {
  public:
    /// Loads `file` (english forms<TAB>japanese forms, each "|"-separated); English forms are keyed by the
    /// stems `analyzer` gives their words. Throws DataFileError naming the file and line when bad.
    static std::shared_ptr<const Glossary> load(const std::string& file, Analyzer& analyzer);

    /// The glossary of `analyzer`'s data folder (glossary.tsv), loaded once per process and shared.
    static std::shared_ptr<const Glossary> of(Analyzer& analyzer);

    /// The key of English words: their query stems joined by spaces ("Zdefens Zbudget").
    static std::string english_key(const std::vector<const Token*>& words, TermFormer& former);

    /// The entry with an English form whose key is `key`, or null.
    const GlossaryEntry* english(const std::string& key) const;
    /// The entry with Japanese form `form` (NFKC), or null.
    const GlossaryEntry* japanese(const std::string& form) const;
    /// The most words an English form has (longer runs of query words need not be looked up).
    std::size_t longest_english() const { return longest_english_; }

  private:
    std::vector<GlossaryEntry> entries_;
    std::unordered_map<std::string, std::size_t> by_english_, by_japanese_;  // key → entry
    std::size_t longest_english_ = 0;
};

}  // namespace geofacet
