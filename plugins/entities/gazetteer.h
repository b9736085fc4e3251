// The known actors (people and organisations), loaded from the repository's data file.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/phrase_matcher.h"

namespace geofacet {

class NameNormaliser;
class Segmenter;

/// A person's name in canonical romaji: family name, then given names.
struct ActorName {
    std::string family;
    std::vector<std::string> given;
};

/// The word lists by which the gazetteer reads its people's Latin-script names, from the data files.
struct GazetteerWords {
    /// ISO codes written family name first (family-name-first-countries.txt).
    std::unordered_set<std::string> family_first_countries;
    /// Words after a name, not part of it: "Jr." (name-suffixes.txt).
    std::unordered_set<std::string> name_suffixes;
};

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
    /// Loads `file` (JSON Lines, one actor an object); `segmenter` cuts the forms as text is cut, `names`
    /// gives people their canonical name keys and `words` tells how Latin-script names are ordered and
    /// ended. Throws std::runtime_error naming the file and line of a bad or duplicate entry.
    static std::shared_ptr<const Gazetteer> load(const std::string& file, Segmenter& segmenter, NameNormaliser& names,
                                                 GazetteerWords words);

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
    /// People whose whole name has key `key` (name_id of its canonical parts), or nullptr.
    const std::vector<std::uint32_t>* by_full_name(const std::string& key) const;
    /// People whose family name (or a one-word alias) is `part` (canonical romaji), or nullptr.
    const std::vector<std::uint32_t>* by_family_name(const std::string& part) const;
    /// The canonical name of person `actor` (empty for organisations).
    const ActorName& name_of(std::uint32_t actor) const { return names_[actor]; }
    /// Index of actor `id` in actors(), or -1.
    long index_of(std::string_view id) const;

    /// The actors (indexes into actors()) that generic group `group` may name.
    const std::vector<std::uint32_t>& generic_candidates(std::uint32_t group) const { return generic_groups_[group]; }

  private:
    void add_actor(Segmenter& segmenter, NameNormaliser& names, Actor actor);
    /// Adds `form` (and, for a katakana name with name dots, its spelling without them) for actor or group `index`.
    void add_form(Segmenter& segmenter, const std::string& form, FormKind kind, std::uint32_t index);

    std::vector<Actor> actors_;
    std::unordered_map<std::string, std::uint32_t> by_id_;
    PhraseMatcher matcher_;
    void add_name_keys(NameNormaliser& names, std::uint32_t actor);

    std::vector<std::vector<std::uint32_t>> generic_groups_;
    std::vector<ActorName> names_;
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_full_name_;
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_family_name_;
    std::unordered_map<std::string, std::uint32_t> generic_by_key_;
    std::unordered_set<std::string> generic_written_;  // generic forms as written, each in the matcher once
    GazetteerWords words_;
};

}  // namespace geofacet
