// Every ISO 3166-1 country and the forms that name it in English and Japanese.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entities/phrase_matcher.h"
#include "util/data_file.h"

namespace geofacet {

class Segmenter;

/// A country facet value: ISO code and labels.
struct Country {
    std::string code;      ///< ISO 3166-1 alpha-2, upper case
    std::string label_en;  ///< English name from ICU's locale data
    std::string label_ja;  ///< Japanese name from ICU's locale data
};

/// How a country form names its country; decides the rule reported with a mention.
enum class CountryFormKind { Name, Short, Demonym, Capital, Not };

/// One-character Japanese abbreviation of a country (米, 日, 中 ...).
struct CountryAbbreviation {
    std::uint32_t country;  ///< index into countries()
    bool head;              ///< also counts alone before an institution word (米政府, 英紙)
};

/// Context rules for a one-word English country form that also names other things.
struct CountryCaveat {
    bool given_name = false;          ///< also a given name (Jordan, Chad): not a country beside a name word
    std::vector<std::string> cues;    ///< exact terms that, within eight words, mean it is not the country
    std::vector<std::string> doc_cues;  ///< exact terms that, anywhere in the text, mean the same
};

/// The cue words around country forms that decide whether they name the country, from the data files.
struct CountryCueWords {
    /// Capitalised words that leave a given name a country: "In Jordan" (capitalised-function-words.txt).
    std::unordered_set<std::string> function_words;
    /// Words that make a given name a person: "coach Jordan" (person-nouns.txt).
    std::unordered_set<std::string> person_nouns;
    /// Words that make 米 alone a country: 米政府 (institution-words-ja.txt).
    std::unordered_set<std::string> institution_words;
    /// Characters that make an abbreviation a country: 訪米 (abbreviation-prefixes-ja.txt).
    std::unordered_set<std::string> abbreviation_prefixes;
};

/// Countries and their forms: ICU's English and Japanese display names for every ISO 3166-1 code, plus
/// the forms of the data file (short forms, demonyms, capitals, abbreviations, and phrases that are not
/// countries), and the cue words around them. Immutable once loaded: share one between threads.
class CountryLexicon {
  public:
    /// Loads ICU's names and the forms in `alias_file`, with the cue words `cues`; `segmenter` cuts the
    /// forms as text is cut. Throws std::runtime_error naming the file and line of a bad entry.
    static std::shared_ptr<const CountryLexicon> load(const std::string& alias_file, CountryCueWords cues,
                                                      Segmenter& segmenter);

    /// All countries, in ISO code order.
    const std::vector<Country>& countries() const { return countries_; }
    /// The country with ISO code `code` (any case), or nullptr.
    const Country* by_code(std::string_view code) const;
    /// The phrase matcher over every form; a match's value indexes forms.
    const PhraseMatcher& matcher() const { return matcher_; }
    /// Country index (into countries()) of form `form`, or kNoCountry for a "not a country" phrase.
    std::uint32_t form_country(std::uint32_t form) const { return forms_[form].country; }
    /// Kind of form `form`.
    CountryFormKind form_kind(std::uint32_t form) const { return forms_[form].kind; }
    /// The abbreviation that character `c` (UTF-8) stands for, or nullptr.
    const CountryAbbreviation* abbreviation(std::string_view c) const;

    /// The caveat for the English one-word form with exact term `key`, or nullptr.
    const CountryCaveat* caveat(const std::string& key) const;
    /// True when country `code`'s name is also a given name (a "person" line: Chad, Georgia), so that in
    /// katakana it may begin a foreign person's name (チャド・オティエノ).
    bool given_name_country(const std::string& code) const { return given_name_codes_.count(code) > 0; }
    /// The cue words around country forms.
    const CountryCueWords& cues() const { return cues_; }

    /// Marks a form that is not a country.
    static constexpr std::uint32_t kNoCountry = 0xFFFFFFFF;

  private:
    struct Form {
        std::uint32_t country;
        CountryFormKind kind;
    };
    void add_form(Segmenter& segmenter, std::string_view text, std::uint32_t country, CountryFormKind kind);
    void add_alias(Segmenter& segmenter, const DataRecord& record);

    std::vector<Country> countries_;
    std::unordered_map<std::string, std::uint32_t> by_code_;
    std::vector<Form> forms_;
    PhraseMatcher matcher_;
    std::unordered_map<std::string, CountryAbbreviation> abbreviations_;
    std::unordered_map<std::string, CountryCaveat> caveats_;
    std::unordered_set<std::string> given_name_codes_;
    CountryCueWords cues_;
};

/// The rule name reported for a form kind ("name", "demonym", ...).
const char* form_kind_name(CountryFormKind kind);

}  // namespace geofacet
