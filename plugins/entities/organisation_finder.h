// Japanese organisations by their shape (a name ending in a head word: 野村証券, 防衛装備庁), named in
// English so that the Japanese and the English name are one facet value.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dict/organisation_dictionary.h"
#include "entities/text_view.h"
#include "entities/organisation_join.h"
#include "entities/titles.h"
#include "names/name_evidence.h"

namespace geofacet {

class NameNormaliser;

/// A head word of Japanese organisation names (organisation-heads-ja.tsv).
struct OrganisationHead {
    std::string japanese;  ///< 証券
    std::string reading;   ///< ショウケン (katakana), to cut it off MeCab's reading of a whole name
    std::string english;   ///< Securities
    std::vector<std::string> also;  ///< other English words the press gives it (公社: Authority), for joining
};

/// Japanese words and the English words the press writes for them in organisations' names, beyond EDICT's
/// glosses (港湾 → Ports).
using NameWords = std::unordered_map<std::string, std::vector<std::string>>;

/// The word lists by which organisations are found and named, from the data files.
struct OrganisationWords {
    /// Japanese head words, longest first (organisation-heads-ja.tsv).
    std::vector<OrganisationHead> heads;
    /// Company forms dropped from the end of an English name: co, inc, ltd (organisation-suffixes.txt).
    std::unordered_set<std::string> suffixes;
    /// Words naming a plant or works, not an organisation: 製鉄所, 原発 (works-ja.txt).
    std::vector<std::string> works;
    /// English words of organisations' names for Japanese words (organisation-words-ja.tsv).
    NameWords name_words;
    /// Words before a katakana or Latin name (大手 in 造船大手オースタル) that make it an organisation, and
    /// words glued after one (社), from organisation-cues-ja.tsv.
    std::vector<std::string> cues_before, cues_after;

    /// Reads the five files of data folder `dir`; throws DataFileError naming a bad line.
    static OrganisationWords load(const std::string& dir);
};

/// The id of the organisation named `english`: `org-` and its words (a hyphen inside one parts it), lower
/// case, hyphenated, punctuation dropped, `&` read `and`, company forms in `suffixes` dropped from the end ("Kansai Electric Power Co.,
/// Inc." → org-kansai-electric-power). "org-" alone when no word is left.
std::string organisation_id(const std::vector<std::string>& words, const std::unordered_set<std::string>& suffixes);

/// `english` cut into words at spaces: the argument of organisation_id.
std::vector<std::string> english_words(const std::string& english);

/// Drops from `mentions` (in text order) every country mention inside the mention of an organisation
/// (`organisation` tells which actor mentions are): 東京 in 東京電力 and 中日 in 中日新聞 name no country.
void drop_countries_inside_organisations(std::vector<Mention>& mentions,
                                         const std::function<bool(const Mention&)>& organisation);

/// A Japanese organisation found in a text.
struct OrganisationSpan {
    std::size_t first_token = 0, last_token = 0;  ///< its tokens
    std::size_t first_piece = 0, last_piece = 0;  ///< its pieces (for the mention)
    std::string english;                          ///< its English name, "" when none could be formed
    std::string romanised;                        ///< its reading as one word, when no English name was formed
    std::string rule;                             ///< why it was taken
    std::string id;                               ///< the id of the English name the archive joined it with, or ""
};

/// Finds Japanese organisations: a run of nouns ending in a head word, a katakana or Latin name a word for
/// what it does describes (造船大手オースタル), or a word MeCab tags 組織. Its English
/// name is the dictionaries' name for the whole run (longest first), else the reading of the place or family
/// name before the head followed by the head's English words, else (MeCab 組織 only) its romanised reading.
/// Immutable; thread-safe (the NameNormaliser passed in is per thread).
class OrganisationFinder {
  public:
    /// A finder naming organisations with `dictionary` (may be null) and `words`.
    OrganisationFinder(std::shared_ptr<const OrganisationDictionary> dictionary, OrganisationWords words)
        : dictionary_(std::move(dictionary)), words_(std::move(words)) {}

    /// The organisations of `view` whose head is on tokens not `covered` (by a known actor or a country;
    /// `countries` may stand before a head: 日本貿易振興機構), outside `titles`; `names` reads names. A name
    /// that an English name of `evidence` (the archive's organisations in Latin script: organisation_join.h)
    /// accounts for whole takes that name's id, before any other.
    std::vector<OrganisationSpan> find(const TextView& view, const std::vector<bool>& covered,
                                       const std::vector<bool>& countries, const TitleMarks& titles,
                                       NameNormaliser& names, const NameEvidence& evidence = {}) const;

    /// Appends to `out` a mention of each of `spans` (from find()), with its id and labels.
    void add_mentions(const TextView& view, const std::vector<OrganisationSpan>& spans, std::vector<Mention>& out) const;

    /// True when a head word of Japanese organisation names begins at byte `at` of `text` (総研 after 伊藤忠):
    /// a known organisation's name there begins another one's.
    bool head_begins(const std::string& text, std::size_t at) const;

    /// The company forms dropped from English names.
    const std::unordered_set<std::string>& suffixes() const { return words_.suffixes; }

  private:
    struct Scan;

    bool works_at(const std::string& text, std::size_t at) const;
    const OrganisationHead* head_at(const Scan& s, std::size_t j, std::size_t& head_token) const;
    bool named_by_dictionary(const Scan& s, std::size_t from, std::size_t j, OrganisationSpan& span) const;
    bool named_by_shape(const Scan& s, std::size_t from, std::size_t head_token, std::size_t j,
                        const OrganisationHead& head, OrganisationSpan& span) const;
    bool named_in_kana(const Scan& s, std::size_t head_token, std::size_t j, const OrganisationHead& head,
                       OrganisationSpan& span) const;
    bool found_at(const Scan& s, std::size_t j, OrganisationSpan& span) const;
    bool described_at(const Scan& s, std::size_t j, OrganisationSpan& span) const;
    bool cue_before(const Scan& s, std::size_t from) const;
    bool cue_after(const Scan& s, std::size_t j) const;
    bool joined_by_evidence(const Scan& s, std::size_t from, std::size_t head_token, std::size_t j,
                            const OrganisationHead& head, OrganisationSpan& span) const;
    bool named_in_katakana(const Scan& s, std::size_t head_token, std::size_t j, const OrganisationHead& head,
                           OrganisationSpan& span) const;
    bool named_in_latin(const Scan& s, std::size_t head_token, std::size_t j, const OrganisationHead& head,
                        OrganisationSpan& span) const;
    std::string katakana_english(const Scan& s, const std::vector<OrganisationPiece>& pieces) const;

    std::shared_ptr<const OrganisationDictionary> dictionary_;
    OrganisationWords words_;
};

}  // namespace geofacet
