// The one normaliser for names, used by the indexer, the query parser and the facet code alike.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dict/name_dictionary.h"
#include "names/kana_latin.h"
#include "names/korean.h"
#include "names/mandarin.h"
#include "names/name_evidence.h"

namespace geofacet {

/// Turns name parts written in any script into canonical romaji: `Ishiba`, `いしば`, `イシバ` and `石破`
/// all become "ishiba"; `Shinzō`, `Shinzou`, `Shinzo` become "shinzo"; `トランプ` becomes "trump".
/// NOT thread-safe (owns ICU transliterators): own one per thread.
class NameNormaliser {
  public:
    /// A normaliser reading kanji names and katakana foreign names with `names` (ENAMDICT), Korean names
    /// with `korean` (may be null: then they are read as any other), and comparing katakana with Latin by
    /// sound with `sounds` (may be null: then the foreign sounds are folded as in keys), and spelling Taiwanese
    /// names with `taiwan` (may be null: then in pinyin).
    explicit NameNormaliser(std::shared_ptr<const NameDictionary> names,
                            std::shared_ptr<const KoreanNames> korean = nullptr,
                            std::shared_ptr<const KanaSounds> sounds = nullptr,
                            std::shared_ptr<const TaiwanSpelling> taiwan = nullptr);

    /// Canonical romaji of a Latin-script part ("Shinzō" → "shinzo", "Trump" → "trump").
    std::string latin_part(std::string_view part) const;

    /// Canonical romaji of a kana part: hiragana and katakana are romanised (いしば → "ishiba"); a name in
    /// katakana, which may be foreign, gives its ENAMDICT spellings first (トランプ → "trump", then "toranpu"),
    /// and last the Latin parts of the archive that sound like it (ペゼシュキアン → "pezeshkian").
    std::vector<std::string> kana_part(std::string_view part);

    /// Sets what the archive has seen written in Latin script (for kana_part's spellings by sound).
    void set_evidence(NameEvidence evidence) { evidence_ = std::move(evidence); }
    /// What the archive has seen written in Latin script.
    const NameEvidence& evidence() const { return evidence_; }

    /// The canonical romaji of kana, with no foreign spelling (for readings: しげる → "shigeru").
    std::string kana_romaji(std::string_view kana) { return kana_.key(kana); }

    /// Candidate canonical romaji of a kanji part: the reading MeCab gave in context (katakana, may be
    /// empty) first, then ENAMDICT's readings in its order, without repeats (not the Mandarin reading: see
    /// mandarin()).
    std::vector<std::string> kanji_part(std::string_view part, std::string_view mecab_reading);

    /// Readings of a two- or three-kanji part put together from its characters' readings (亮 + 正 →
    /// "ryosei"): guesses for evidence to confirm, never a reading on their own.
    std::vector<std::string> combined_readings(std::string_view part);

    /// Candidates for a part in any script.
    std::vector<std::string> any_part(std::string_view part, std::string_view mecab_reading = {});

    /// The romaji of kana, as ICU writes it (with macrons), for labels: イシバ → "ishiba".
    std::string kana_latin(std::string_view kana) { return kana_.latin(kana); }

    /// The romaji of katakana by its sound, for comparing it with Latin names: エドゥン → "edun".
    std::string kana_sound(std::string_view kana) { return kana_.sound(kana, sounds_.get()); }

    /// The Mandarin reading of a hanzi part (張 → "zhang"; "" for none): only evidence or a Chinese person
    /// named before in the text confirms it, never a dictionary of people (兆 is no Zhao).
    std::string mandarin(std::string_view part) { return mandarin_.read(part); }

    /// Each character of hanzi `part` read in Mandarin and spelled as Taiwan spells names (林 → "lin", 佩君 →
    /// "pei", "chun"); none when a character has no reading.
    std::vector<std::string> taiwan_syllables(std::string_view part);

    /// The dictionary in use.
    const NameDictionary& dictionary() const { return *names_; }
    /// The Korean name tables in use (null when none).
    const KoreanNames* korean() const { return korean_.get(); }

  private:
    std::shared_ptr<const NameDictionary> names_;
    std::shared_ptr<const KoreanNames> korean_;
    std::shared_ptr<const KanaSounds> sounds_;
    std::shared_ptr<const TaiwanSpelling> taiwan_;
    KanaRomaniser kana_;
    MandarinReader mandarin_;
    NameEvidence evidence_;
};

/// The id of a name made of `parts` (canonical romaji): sorted and joined with "-", so that name order
/// does not matter ("ishiba shigeru" and "shigeru ishiba" are both "ishiba-shigeru").
std::string name_id(std::vector<std::string> parts);

/// Every way of choosing one candidate per part, at most `limit` of them (names have few parts and few
/// readings).
std::vector<std::vector<std::string>> all_combinations(const std::vector<std::vector<std::string>>& parts,
                                                       std::size_t limit = 64);

/// The parts of a written name, split at spaces, the katakana middle dot and equals signs
/// ("ドナルド・トランプ" → ドナルド, トランプ; "いしば しげる" → いしば, しげる).
std::vector<std::string> split_name(const std::string& name);

/// "gen nakatani" → "Gen Nakatani".
std::string title_case(const std::string& words);

}  // namespace geofacet
