// Finds spans that look like the names of people and organisations, known or not.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "dict/name_dictionary.h"
#include "dict/sorted_tsv.h"
#include "entities/text_view.h"
#include "entities/titles.h"

namespace geofacet {

/// One part of a name as written.
struct WrittenPart {
    std::string surface;   ///< as written (normalised): "Nakatani", "中谷", "ヘグセス"
    std::string reading;   ///< MeCab's katakana reading, for Japanese
};

/// A span that looks like a name.
struct NameCandidate {
    std::size_t first_piece = 0, last_piece = 0;  ///< pieces of the span (for the mention)
    std::vector<WrittenPart> parts;               ///< in written order
    bool family_first = false;                    ///< written family name first (Japanese 姓 名)
    bool titled = false;                          ///< a title or honorific stands beside it
    bool organisation = false;                    ///< an organisation rather than a person
    bool hanzi = false;                           ///< kanji cut after a Chinese or Korean family name (王|受文)
    std::string hangul;                           ///< the name in hangul: as written, or in brackets after it
    std::string cue;                              ///< why it looks like a name
};

/// The English words that tell a name's shape, from the data files (one word a line, lower case).
struct NameFinderWords {
    /// Capitalised words that are not names (not-name-words.txt).
    std::unordered_set<std::string> not_name;
    /// Head words of organisations (organisation-heads.txt).
    std::unordered_set<std::string> organisation_heads;
    /// Small words inside organisation names (name-connectors.txt).
    std::unordered_set<std::string> connectors;
    /// Words that make the run after them a place (place-prepositions.txt).
    std::unordered_set<std::string> place_prepositions;
    /// Lower-case words inside a person's name: al, bin, da, von (name-particles.txt).
    std::unordered_set<std::string> particles;
    /// Places that have the shape of a person's name: "abu dhabi" (place-names.txt).
    std::unordered_set<std::string> places;
    /// Chinese and Korean family names in hanzi (han-family-names.txt).
    std::unordered_set<std::string> han_family_names;
    /// Country forms that are also given names: jordan, chad (the "person" lines of country-aliases.tsv).
    std::unordered_set<std::string> country_given_names;
    /// Hull prefixes as written (BRP, USS) and lower-case vessel nouns (tanker): a ship, not a person
    /// (vessel-words.txt).
    std::unordered_set<std::string> vessels;
    /// Lower-case words for what a company or body does: the capitalised run right after one, or before a
    /// description ending in one, is an organisation, whatever its words ("the shipbuilder Austal",
    /// "Rheinmetall, the German ammunition maker"; organisation-nouns.txt).
    std::unordered_set<std::string> organisation_nouns;
    /// Lower-case words for a site: the capitalised run right before one is a place ("the Fukushima Daiichi
    /// plant"; site-words.txt).
    std::unordered_set<std::string> sites;
};

/// Finds name candidates by shape and cues: in English a title before a capitalised run, or a run of
/// capitalised words ending in a word that is not common English; in Japanese MeCab's proper-noun tags
/// (人名, 組織), a surname before a title or honorific, katakana words before a title. Immutable;
/// thread-safe.
class NameFinder {
  public:
    /// A finder that tells common English words by `english` (EDICT's English glosses; may be null),
    /// Japanese given names by `names` (ENAMDICT; may be null) and the shape of English names by `words`.
    NameFinder(std::shared_ptr<const SortedTsv> english, std::shared_ptr<const NameDictionary> names,
               NameFinderWords words)
        : english_(std::move(english)), names_(std::move(names)), words_(std::move(words)) {}

    /// The candidates of `view` whose tokens are not `covered` (by a known actor or a country); tokens
    /// that are `countries` may still stand inside an organisation's name ("Japan Meteorological Agency").
    /// In a `query`, katakana words joined by ・ are a name without a title.
    std::vector<NameCandidate> find(const TextView& view, const TitleMarks& titles, const std::vector<bool>& covered,
                                    const std::vector<bool>& countries, bool query = false) const;

    /// True when token `t` of `view` continues a person's name beside it: a capitalised English word that is
    /// not a title or a common heading word, or a Japanese given name.
    bool name_word(const TextView& view, std::size_t t) const;

    /// True when `word` (any case) is the head word of an organisation's name ("Industries", "Institute").
    bool organisation_head(const std::string& word) const;

    /// True when `word` (any case) is a common English word.
    bool common_english(const std::string& word) const;

  private:
    struct Scan;     // what one call of find() reads
    struct RunWord;  // one word of a run of capitalised English words

    std::size_t given_name_tokens(const std::vector<Token>& tokens, std::size_t at) const;

    void find_japanese(const Scan& s, std::vector<NameCandidate>& out) const;
    bool japanese_full_name(const Scan& s, std::size_t& i, std::vector<NameCandidate>& out) const;
    static bool japanese_surname(const Scan& s, std::size_t i, std::vector<NameCandidate>& out);
    bool katakana_name(const Scan& s, std::size_t& i, std::vector<NameCandidate>& out) const;
    static bool title_inside(const Scan& s, std::size_t t, std::vector<WrittenPart>& parts, std::size_t& last_piece);
    bool hanzi_name(const Scan& s, std::size_t& i, std::vector<NameCandidate>& out) const;
    static void find_hangul(const Scan& s, std::vector<NameCandidate>& out);
    static void japanese_organisation(const Scan& s, std::size_t i, std::vector<NameCandidate>& out);

    void find_english(const Scan& s, std::vector<NameCandidate>& out) const;
    std::vector<RunWord> capitalised_run(const Scan& s, std::size_t i) const;
    bool comma_inside_name(const Scan& s, const std::vector<RunWord>& run, std::size_t t) const;
    static NameCandidate english_organisation(const Scan& s, std::size_t i, const std::vector<RunWord>& run);
    bool place(const Scan& s, std::size_t first, std::size_t last) const;
    bool vessel(const Scan& s, std::size_t i) const;
    bool site_or_thing(const Scan& s, std::size_t first, std::size_t last) const;
    bool described_organisation(const Scan& s, std::size_t i) const;
    bool organisation_described_after(const Scan& s, std::size_t last) const;
    bool person_of_organisation(const Scan& s, std::size_t i, const std::vector<RunWord>& run,
                                std::vector<NameCandidate>& out) const;
    bool portfolio(const Scan& s, std::size_t i) const;
    std::size_t portfolio_holder(const Scan& s, const std::vector<RunWord>& run, std::vector<NameCandidate>& out) const;
    bool described_person(const Scan& s, const NameCandidate& c, std::size_t last) const;
    std::size_t english_person(const Scan& s, std::size_t i, const std::vector<RunWord>& run,
                               std::vector<NameCandidate>& out) const;

    std::shared_ptr<const SortedTsv> english_;
    std::shared_ptr<const NameDictionary> names_;
    NameFinderWords words_;
};

}  // namespace geofacet
