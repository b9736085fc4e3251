// The known actors (people and organisations), loaded from the repository's data file.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/phrase_matcher.h"

namespace geofacet {

class Segmenter;

/// A known actor: a stable id with labels in both languages and the forms that name it.
struct Actor {
    std::string id;                    ///< stable facet value, e.g. "shigeru-ishiba"
    std::string kind;                  ///< "person" or "org"
    std::string label_en;              ///< English label
    std::string label_ja;              ///< Japanese label
    std::string reading;               ///< Japanese persons: hiragana reading, family name first
    std::string country;               ///< ISO code of the actor's country, if any
    std::string role;                  ///< short description
    std::vector<std::string> aliases;  ///< other forms, in both scripts
    std::vector<std::string> short_forms;  ///< forms that count only beside a title (ウォン外相, Ms Wong)
    std::vector<std::string> generic;  ///< forms shared with other countries' bodies ("Defence Ministry"),
                                       ///< resolved by the country the text is about at that point
    std::vector<std::string> not_forms;  ///< phrases holding a form that do not name the actor (参院選)

    /// True for people (as opposed to organisations).
    bool is_person() const { return kind == "person"; }
};

/// The gazetteer: every known actor and a matcher over all their forms. Immutable once loaded: share
/// one between threads.
class Gazetteer {
  public:
    /// Loads `file` (JSON Lines, one actor an object); `segmenter` cuts the forms as text is cut.
    /// Throws std::runtime_error naming the file and line of a bad or duplicate entry.
    static std::shared_ptr<const Gazetteer> load(const std::string& file, Segmenter& segmenter);

    /// All actors, in file order.
    const std::vector<Actor>& actors() const { return actors_; }
    /// The actor with id `id`, or nullptr.
    const Actor* by_id(std::string_view id) const;
    /// What a matched form is.
    enum class FormKind { Full, Short, Generic, Not };
    /// A matched form: its kind, and the actor (Full, Short) or generic group (Generic) it names.
    struct FormRef {
        FormKind kind;
        std::uint32_t index;
    };

    /// Matcher over every form of every actor; decode a match's value with form().
    const PhraseMatcher& matcher() const { return matcher_; }
    /// The form a match value stands for.
    static FormRef form(std::uint32_t value) {
        return FormRef{static_cast<FormKind>(value >> 30), value & 0x3FFFFFFF};
    }
    /// The actors (indexes into actors()) that generic group `group` may name.
    const std::vector<std::uint32_t>& generic_candidates(std::uint32_t group) const { return generic_groups_[group]; }

  private:
    void add_form(Segmenter& segmenter, const std::string& form, FormKind kind, std::uint32_t index);

    std::vector<Actor> actors_;
    std::unordered_map<std::string, std::uint32_t> by_id_;
    PhraseMatcher matcher_;
    std::vector<std::vector<std::uint32_t>> generic_groups_;
    std::unordered_map<std::string, std::uint32_t> generic_by_key_;
};

}  // namespace geofacet
