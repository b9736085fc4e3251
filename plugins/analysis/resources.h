// Everything immutable that analysis needs: dictionaries and lexicons, loaded once and shared.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>

#include "analysis/glossary.h"
#include "analysis/term_former.h"
#include "dict/name_dictionary.h"
#include "dict/sorted_tsv.h"
#include "entities/country_lexicon.h"
#include "entities/gazetteer.h"
#include "entities/name_finder.h"
#include "entities/organisation_finder.h"
#include "entities/percent_extractor.h"
#include "entities/titles.h"
#include "names/kana_latin.h"
#include "names/korean.h"
#include "names/mandarin.h"
#include "text/japanese_tagger.h"

namespace geofacet {

/// Where the data files and dictionaries live.
struct ResourcePaths {
    std::string data_dir;    ///< the data files: actors.jsonl, country-aliases.tsv, ... (SHARE/data)
    std::string ipadic_dir;  ///< MeCab IPADIC (UTF-8) dictionary folder
    std::string dict_dir;    ///< the compiled EDRDG dictionaries: names.tsv, edict-ja.tsv, edict-en.tsv (SHARE/dict)

    /// SHARE is GEOFACET_SHARE_DIR when set; else `share/geofacet` beside the running program's folder
    /// (`../share/geofacet` from `bin/`, in the build tree and in any install prefix alike); else the
    /// install prefix's `share/geofacet`. GEOFACET_DATA_DIR, GEOFACET_DICT_DIR and GEOFACET_IPADIC_DIR
    /// override one folder each.
    static ResourcePaths defaults();
};

/// The shared, immutable resources of the pipeline. Thread-safe: load once, share between threads.
struct Resources {
    ResourcePaths paths;                                   ///< where they came from
    std::shared_ptr<const MecabModel> mecab;               ///< IPADIC model
    std::shared_ptr<const NameDictionary> names;           ///< ENAMDICT: readings and spellings of names
    std::shared_ptr<const SortedTsv> edict_en;             ///< EDICT, English → Japanese (also: common English words)
    std::shared_ptr<const SortedTsv> edict_ja;             ///< EDICT, Japanese → English
    std::shared_ptr<const NameFinder> name_finder;         ///< names by their shape
    std::shared_ptr<const OrganisationFinder> organisations;  ///< Japanese organisations by their head words
    std::shared_ptr<const CountryLexicon> countries;       ///< ISO countries and their forms
    std::shared_ptr<const Gazetteer> gazetteer;            ///< known actors
    std::shared_ptr<const TitleLexicon> titles;            ///< titles and honorifics beside names
    std::shared_ptr<const PercentSubjects> percent_subjects;  ///< what percentages are of
    std::unordered_set<std::string> stopwords;             ///< English words dropped from free-text queries
    std::shared_ptr<const SpellingVariants> spellings;     ///< British and American spellings
    std::shared_ptr<const KoreanNames> korean;             ///< Korean names in hangul, hanja and katakana
    std::shared_ptr<const Glossary> glossary;              ///< news expressions in both languages (glossary.tsv)
    std::shared_ptr<const KanaSounds> kana_sounds;         ///< the Latin of katakana's foreign sounds
    std::shared_ptr<const TaiwanSpelling> taiwan;          ///< Taiwan's spelling of Mandarin syllables

    /// Loads every resource from `paths`; throws std::runtime_error naming what could not be read.
    static std::shared_ptr<const Resources> load(const ResourcePaths& paths = ResourcePaths::defaults());
};

}  // namespace geofacet
