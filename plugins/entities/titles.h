// Titles, roles and honorifics that stand beside names (Prime Minister, Mr, 首相, 氏).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "entities/phrase_matcher.h"
#include "entities/text_view.h"

namespace geofacet {

class Segmenter;

/// Where titles stand in a text: for each piece, whether a title ends right before it or starts right
/// after it.
struct TitleMarks {
    std::vector<bool> title_before;  ///< an English title ends just before piece i ("Minister" before "Wong")
    std::vector<bool> title_after;   ///< a Japanese title starts just after piece i ("外相" after "ン" of ウォン)
    std::vector<bool> in_title;      ///< piece i is part of a title
};

/// The titles of both languages. Immutable once loaded: share between threads.
class TitleLexicon {
  public:
    /// Loads `file` (lang<TAB>title); throws std::runtime_error naming file and line when bad.
    static std::shared_ptr<const TitleLexicon> load(const std::string& file, Segmenter& segmenter);

    /// Marks the titles of `view`.
    TitleMarks mark(const TextView& view) const;

  private:
    PhraseMatcher matcher_;  // value: 0 English (before names), 1 Japanese (after names)
};

}  // namespace geofacet
