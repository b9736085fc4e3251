// What the archive has seen of names written in Latin script: the evidence that settles how a name in
// kanji or katakana is read and spelled.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include <xapian.h>

namespace geofacet {

/// The archive's Latin-script names, as two questions: has this whole name key been seen (the XL terms;
/// decides between readings such as 中谷 = Nakatani or Nakadani), and which Latin spellings have this
/// sound key (the XK terms; joins ペゼシュキアン with Pezeshkian). Either may be empty.
struct NameEvidence {
    /// True when whole name key `key` (name_id) was seen in Latin script.
    std::function<bool(const std::string& key)> seen;
    /// The entries of sound key `sound` (see name_sound_entries): "id=written" for whole names, a
    /// canonical part alone for parts.
    std::function<std::vector<std::string>(const std::string& sound)> spellings;

    NameEvidence() = default;
    /// Evidence of whole names only, from a predicate on keys.
    template <typename F, typename = std::enable_if_t<!std::is_same_v<std::decay_t<F>, NameEvidence> &&
                                                      std::is_invocable_r_v<bool, F, const std::string&>>>
    NameEvidence(F seen_key) : seen(std::move(seen_key)) {}  // NOLINT(google-explicit-constructor)
    /// Evidence of both kinds.
    NameEvidence(std::function<bool(const std::string&)> seen_key,
                 std::function<std::vector<std::string>(const std::string&)> spellings_of)
        : seen(std::move(seen_key)), spellings(std::move(spellings_of)) {}

    /// True when there is evidence of whole names to ask.
    explicit operator bool() const { return static_cast<bool>(seen); }
    /// Whether whole name key `key` was seen (false without evidence).
    bool operator()(const std::string& key) const { return seen && seen(key); }
    /// The entries of sound key `sound` (none without evidence).
    std::vector<std::string> spelled(const std::string& sound) const {
        return spellings ? spellings(sound) : std::vector<std::string>{};
    }
};

/// The sound entries of a person named in Latin script with actor id `id`, written `written` (the name as
/// in the text) and canonical parts `parts`: for the whole name "SOUND|id=written" (lower case, parts
/// apart), and for each part "SOUND|part", one per sound key (names/sound_match.h).
std::vector<std::string> name_sound_entries(const std::string& id, const std::string& written,
                                            const std::vector<std::string>& parts);

/// How many entries a look-up by sound key gives at most: those written in the most articles. A short key
/// ("T": Tanaka, Ted, Saito, Aso ...) gathers more names the larger the archive; the cap keeps the work per
/// katakana name bounded whatever the archive's size, at the price of joining a rare spelling under a
/// crowded key.
constexpr std::size_t kSpellingsPerSound = 64;

/// The entries of one sound key, each with the number of articles that wrote it, most written first
/// (ties in the order they came). Counting one more article costs a binary search and a swap.
class SoundSpellings {
  public:
    /// No entries.
    SoundSpellings() = default;
    /// Entries with their counts, in any order.
    explicit SoundSpellings(std::vector<std::pair<std::string, Xapian::doccount>> counted);
    /// Counts one more article that wrote `entry`.
    void add(const std::string& entry);
    /// At most `limit` entries, the most written first.
    std::vector<std::string> most_written(std::size_t limit = kSpellingsPerSound) const;

  private:
    std::vector<std::pair<std::string, Xapian::doccount>> by_count_;  // most written first
    std::unordered_map<std::string, std::size_t> position_;           // entry → its index in by_count_
};

/// A whole name's sound entry ("id=written", see name_sound_entries) taken apart.
struct WholeNameEntry {
    std::string id;       ///< actor id: "masoud-pezeshkian"
    std::string written;  ///< the name as the text wrote it, plain: "masoud pezeshkian"
};

/// The whole name of sound entry `entry`, or nothing when it is a part's ("lavrov").
std::optional<WholeNameEntry> whole_name_entry(const std::string& entry);

/// The kSpellingsPerSound entries of sound key `sound` in `db` (its XK terms) that most articles wrote.
std::vector<std::string> sound_spellings(const Xapian::Database& db, const std::string& sound);

/// Evidence from the terms of `db`.
NameEvidence database_evidence(const Xapian::Database& db);

}  // namespace geofacet
