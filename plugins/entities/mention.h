// What the extractors find: mentions of actors, countries and percentages, and their per-article summary.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace geofacet {

/// The three facets extracted from text.
enum class Facet { Actor, Country, Percent };

/// The facet's name as users write it ("actor", "country", "percent").
const char* facet_name(Facet f);

/// One place in a text where an entity is named.
struct Mention {
    Facet facet = Facet::Actor;
    std::string value;        ///< facet value: actor id, ISO code, or canonical percentage ("3.5")
    std::size_t begin = 0;    ///< byte offset in the normalised text
    std::size_t end = 0;      ///< byte offset one past the mention
    std::string text;         ///< the words as written (normalised)
    std::string rule;         ///< why it was taken: "alias", "demonym", "compound 日米", "unit %", ...
    std::string of;           ///< percentages only: what it is a percentage of ("GDP", "tariff"), if plain
    std::vector<std::string> name_parts;  ///< people: canonical romaji of each name part ("ishiba", "shigeru")
    std::string label_en;     ///< actors found by their shape: English label ("Gen Nakatani")
    std::string label_ja;     ///< actors found by their shape: Japanese label ("中谷元")
};

/// One distinct facet value of an article, with every mention of it.
struct FacetValue {
    std::string value;                 ///< actor id, ISO code or canonical percentage
    std::string label_en;              ///< English label
    std::string label_ja;              ///< Japanese label
    std::vector<std::string> texts;    ///< distinct surface forms seen (the first kMaxForms)
    std::vector<std::string> rules;    ///< distinct rules that fired (the first kMaxForms)
    std::string of;                    ///< percentages: what of (first plain one)
    std::vector<std::string> name_parts;  ///< people: canonical romaji name parts
    unsigned count = 0;                ///< number of mentions
};

/// Surface forms and rules kept per facet value: enough to explain it, bounded on hostile text.
inline constexpr std::size_t kMaxForms = 16;

/// The facet values of one article, each list ordered by first mention.
struct ArticleEntities {
    std::vector<FacetValue> actors;
    std::vector<FacetValue> countries;
    std::vector<FacetValue> percentages;
    /// Where each value is in its list, so that adding a mention costs the same however many there are.
    std::unordered_map<std::string, std::size_t> positions[3];

    /// The list for `f`.
    std::vector<FacetValue>& of(Facet f);
    /// The list for `f`.
    const std::vector<FacetValue>& of(Facet f) const;
    /// Adds `m` to its facet's list, merging with an earlier mention of the same value.
    void add(const Mention& m);
};

}  // namespace geofacet
