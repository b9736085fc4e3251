// Cross-lingual expansion of content words with EDICT: English words find Japanese articles and the
// reverse. Only translations the searched archive holds are used.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"

namespace geofacet {

/// A translation of a query word.
struct Translation {
    std::string text;      ///< the translated word ("防衛", "tariff")
    Xapian::Query query;   ///< how it is searched (a term, a stem, or a phrase of Japanese words)
};

/// Translates query words with EDICT (EDRDG, CC BY-SA 3.0). NOT thread-safe (uses an Analyzer): one per
/// thread.
class Translator {
  public:
    /// A translator analysing with `analyzer`, keeping translations present in `db`.
    Translator(Analyzer& analyzer, const Xapian::Database& db) : analyzer_(analyzer), db_(db) {}

    /// Japanese words for English word `word` (exact term, lower case): EDICT's common entries whose own
    /// first glosses lead back to the word (防衛 for "defence": its glosses are defense, defence), at most
    /// `max`, in that order.
    std::vector<Translation> to_japanese(const std::string& word, std::size_t max = 2);

    /// English words for Japanese word `word` (NFKC): its first EDICT glosses (関税 → tariff, duty), at
    /// most `max`.
    std::vector<Translation> to_english(const std::string& word, std::size_t max = 2);

  private:
    /// The query of `text` cut and stemmed as the index was, or an empty query when the archive lacks it.
    Xapian::Query archive_query(const std::string& text);

    Analyzer& analyzer_;
    const Xapian::Database& db_;
};

}  // namespace geofacet
