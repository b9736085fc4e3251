// Finds percentages in English and Japanese text: 5%, ５％, 3.5 per cent, five percent, 三・五％, 3割, ranges.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "entities/mention.h"

namespace geofacet {

/// The subjects a percentage can be of ("GDP", "tariff") and the cue words that reveal them.
class PercentSubjects {
  public:
    /// Loads `file` (subject<TAB>cue|cue...); throws std::runtime_error naming file and line when bad.
    static std::shared_ptr<const PercentSubjects> load(const std::string& file);
    /// The subject whose cue lies nearest to byte range [begin, end) within `sentence`, or "".
    std::string subject_near(const std::string& folded_sentence, std::size_t begin, std::size_t end) const;
    /// The subjects, in file order ("GDP", "tariff" ...).
    std::vector<std::string> subjects() const;
    /// The first Japanese cue of `subject` as written ("GDP比", "関税"): its Japanese label; "" when none.
    std::string label_ja(const std::string& subject) const;
    /// The cue words of `subject` (case-folded), in file order: what a query says for it.
    std::vector<std::string> cues_of(const std::string& subject) const;
    /// The subjects a query for `subject` accepts as the same (the file's third column, both ways): a
    /// defence budget's share is one of GDP.
    std::vector<std::string> related(const std::string& subject) const;

  private:
    std::vector<std::pair<std::string, std::string>> cues_;  // (folded cue, subject)
    std::vector<std::pair<std::string, std::string>> related_;  // (subject, related subject), both ways
    std::vector<std::pair<std::string, std::string>> labels_ja_;  // (subject, first Japanese cue as written)
};

/// Extracts percentages from normalised text. Immutable; thread-safe.
class PercentExtractor {
  public:
    /// An extractor that names subjects with `subjects` (may be null: no subjects).
    explicit PercentExtractor(std::shared_ptr<const PercentSubjects> subjects) : subjects_(std::move(subjects)) {}

    /// Appends the percentage mentions of `text` (NFKC) to `out`.
    void extract(const std::string& text, std::vector<Mention>& out) const;

  private:
    std::shared_ptr<const PercentSubjects> subjects_;
};

}  // namespace geofacet
