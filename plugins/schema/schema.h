// The index schema: term prefixes, value slots and document data fields. The README documents the
// same table for other Xapian tools; change both together.
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

#include "schema/term_limit.h"

namespace geofacet::schema {

// ---- Term prefixes (Omega's conventions where Omega has one; X... for our own) ----
inline constexpr const char* kIdPrefix = "Q";        ///< unique article id (one per document)
inline constexpr const char* kTitlePrefix = "S";     ///< title words (Omega: subject/title)
inline constexpr const char* kLangPrefix = "L";      ///< ISO 639-1 language code, lower case: Len, Lja
inline constexpr const char* kCountryPrefix = "N";   ///< ISO 3166-1 country code, lower case: Njp, Nus
inline constexpr const char* kDatePrefix = "D";      ///< date YYYYMMDD
inline constexpr const char* kMonthPrefix = "M";     ///< month YYYYMM
inline constexpr const char* kYearPrefix = "Y";      ///< year YYYY
inline constexpr const char* kUrlPrefix = "U";       ///< full URL
inline constexpr const char* kHostPrefix = "H";      ///< host name of the URL
inline constexpr const char* kStemPrefix = "Z";      ///< stemmed form (Xapian's TermGenerator convention)
inline constexpr const char* kActorPrefix = "XA";    ///< actor id: XAshigeru-ishiba
inline constexpr const char* kPercentPrefix = "XP";  ///< percentage value: XP5, XP3.5
inline constexpr const char* kPercentRangePrefix = "XR";  ///< percentage bucket of the document: XR3-5, XRge10
inline constexpr const char* kSourcePrefix = "XS";   ///< source name, case-folded: XSpacific wire
inline constexpr const char* kNamePrefix = "XN";     ///< a person's name part, canonical romaji: XNishiba
inline constexpr const char* kLatinNamePrefix = "XL";  ///< a whole name seen in Latin script, as its key: XLichiro-nakadani
inline constexpr const char* kNameSoundPrefix = "XK";  ///< a Latin name by its sound key: XKPP|sergei-lavrov=sergei lavrov
/// Who may read the document (boolean; see index/access_list.h): XVpublic, XVgroup:defence, XVuser:tanaka.
inline constexpr const char* kAccessPrefix = "XV";
inline constexpr const char* kPercentOfPrefix = "XO";     ///< what a percentage is of, as a key: XOgdp, XOdefence-budget
inline constexpr const char* kPercentValueOfPrefix = "XQ";  ///< a percentage with what it is of: XQ5@gdp
/// A glossary expression written whole (plugins/data/glossary.tsv), as its key: XEdefence budget, XE防衛費.
inline constexpr const char* kExpressionPrefix = "XE";

// ---- Value slots ----
inline constexpr Xapian::valueno kDateSlot = 0;      ///< date as YYYYMMDD (sorts as a string; Omega's format)
inline constexpr Xapian::valueno kLangSlot = 1;      ///< primary language code: "en", "ja" (the lang facet: 710..713)
inline constexpr Xapian::valueno kSourceSlot = 2;    ///< source name as written (the source facet's one slot)

/// The facets (actor, country, percent, percent_range, lang, source) with their terms and runs of value
/// slots are in the facet table, schema/facets.h.

// ---- Document data: Omega's "name=value" lines; a name repeats for each value ----
inline constexpr const char* kFieldId = "id";
inline constexpr const char* kFieldCaption = "caption";  ///< title
inline constexpr const char* kFieldSample = "sample";    ///< first 300 characters of the body
inline constexpr const char* kFieldBody = "body";        ///< whole body, line breaks as U+2028
inline constexpr const char* kFieldUrl = "url";
inline constexpr const char* kFieldDate = "date";        ///< YYYY-MM-DD
inline constexpr const char* kFieldSource = "source";
inline constexpr const char* kFieldLang = "lang";        ///< languages present, e.g. "en" or "ja en"
inline constexpr const char* kFieldActor = "actor";      ///< id|English label|Japanese label
inline constexpr const char* kFieldCountry = "country";  ///< ISO code
inline constexpr const char* kFieldPercent = "percent";  ///< value|text as written

/// Database metadata: the schema version the index was written with ("6": XE terms of glossary expressions;
/// "5": simplified and traditional forms of Han characters folded to the Japanese form in every term; "4": ids
/// of people the gazetteer lacks in English press order, organisations by their English words, XK terms; "3":
/// every document has its XV access terms; "2" added XR terms and a run of language slots). A searcher
/// refuses an index of another version.
inline constexpr const char* kSchemaKey = "geofacet:schema";
inline constexpr const char* kSchemaVersion = "6";

/// Positions between the title and the body, so that phrases never span them.
inline constexpr Xapian::termpos kTitleBodyGap = 100;

/// The country term of an ISO code ("JP" → "Njp").
std::string country_term(std::string_view iso_code);
/// The actor term of an actor id.
std::string actor_term(std::string_view actor_id);
/// The percentage term of a canonical value string ("5" → "XP5").
std::string percent_term(std::string_view value);
/// The term of a person's name part in canonical romaji ("ishiba" → "XNishiba").
std::string name_part_term(std::string_view part);
/// The term of a whole name seen in Latin script, as its key ("ichiro-nakadani" → "XLichiro-nakadani").
std::string latin_name_term(std::string_view key);
/// The term of a Latin-script name or name part by its sound key ("PP|lavrov" → "XKPP|lavrov").
std::string name_sound_term(std::string_view entry);
/// The term of a source, case-folded by the caller ("pacific wire" → "XSpacific wire").
std::string source_term(std::string_view folded_source);
/// The key of what a percentage is of: case-folded, spaces as hyphens ("defence budget" → "defence-budget").
std::string percent_subject_key(std::string_view subject);
/// The term of a percentage subject key ("gdp" → "XOgdp").
std::string percent_of_term(std::string_view subject_key);
/// The term of a percentage value of a subject key ("5", "gdp" → "XQ5@gdp").
std::string percent_value_of_term(std::string_view value, std::string_view subject_key);
/// The term of a glossary expression's key ("defence budget" → "XEdefence budget").
std::string expression_term(std::string_view key);

// Every term above, and every other term the index makes, keeps Xapian's length limit: see
// schema/term_limit.h (a value too long ends with a hash of itself).
/// The canonical text of a percentage value: shortest decimal, no trailing zeros ("3.50" → "3.5").
std::string format_percent(double value);

}  // namespace geofacet::schema
