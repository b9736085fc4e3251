// The facet table: every facet Geofacet counts and filters by, and where its values live in the index.
// The indexer writes facets, the filters select them, the counter counts them, the labeller labels them
// and the output prints them by reading this one table; the README's "Facets" table mirrors it. To add a
// facet: a row here (and in the README), its values in index/document_builder.cc, a label rule if none fits.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

#include "schema/schema.h"

namespace geofacet::schema {

/// The facets, in table order: an index into kFacets.
enum class FacetId : std::uint8_t { Actor, Country, Percent, PercentRange, PercentOf, Lang, Source, Month };

/// How a facet value is spelled in its boolean term, after the prefix.
enum class TermSpelling : std::uint8_t {
    AsValue,    ///< the value itself: "XAshigeru-ishiba"
    LowerCase,  ///< the value in lower case, and only two letters: ISO codes, "Njp" is "JP"
    Month,      ///< six digits, YYYYMM: "M202506" is "2025-06"
};

/// The order in which a facet's counts are listed.
enum class FacetOrder : std::uint8_t {
    MostFirst,    ///< the most frequent first, ties by value
    NewestFirst,  ///< by value, the greatest (the newest month) first
};

/// How a facet's values sit in its run of value slots, which is what a stock ValueCountMatchSpy returns.
enum class SlotEncoding : std::uint8_t {
    Value,      ///< the facet value itself: "shigeru-ishiba", "3-5", "en"
    UpperCase,  ///< the value in upper case: ISO codes, "JP"
    Sortable,   ///< Xapian::sortable_serialise of the number: percentages
    AsWritten,  ///< as the article wrote it, before case folding: sources, "Pacific Wire"
    DayOfMonth, ///< the date as YYYYMMDD (Omega's date slot), counted by its month: "20250621" is "2025-06"
};

/// How a facet value is shown to people (search/facet_labels.h applies the rule).
enum class LabelRule : std::uint8_t {
    Actor,          ///< the gazetteer's English and Japanese labels, else those in a document naming the actor
    Country,        ///< ICU's English and Japanese names of the ISO code: "Japan" / "日本"
    Percent,        ///< the number and a percent sign: "3.5%"
    PercentBucket,  ///< the bucket's range and a percent sign: "3–5%"
    PercentSubject, ///< what percentages are of, by percent-subjects.tsv: "gdp" is "GDP" / "GDP比"
    Language,       ///< "English" / "英語"
    Source,         ///< as written in a document from that source: "Pacific Wire"
    Month,          ///< the month and year: "June 2025" / "2025年6月"
};

/// One facet: its name, the boolean term every value has, the run of value slots that stock Xapian
/// tools count, and how values are shown. Every value of every document has its term; the first
/// `slot_count` values of a document are also in slots.
struct FacetDef {
    FacetId id;                     ///< its place in kFacets
    std::string_view name;          ///< as users write it: "actor"
    std::string_view term_prefix;   ///< the boolean term of a value is prefix + value: "XAshigeru-ishiba"
    TermSpelling spelling;          ///< how the term spells the value: "Njp" is "JP"
    Xapian::valueno slot_base;      ///< first slot of the run: a document's n-th value goes in slot_base + n
    Xapian::valueno slot_count;     ///< slots in the run: at most this many values of a document are in slots
    SlotEncoding slot_encoding;     ///< how slots hold values
    LabelRule label;                ///< how values are shown
    bool by_default;                ///< counted when a search names no facet
    std::string_view title;         ///< what a sidebar calls the facet: "People and organisations"
    std::string_view title_ja;      ///< the same in Japanese: "人物・組織"
    FacetOrder order;               ///< how its counts are listed
};

/// Every facet. Term prefixes are those of schema.h; the slot runs do not overlap.
inline constexpr std::array<FacetDef, 8> kFacets{{
    //  id                  name             term prefix          term spelling           slots    encoding                 label                     default
    //  title, title_ja, order
    {FacetId::Actor,        "actor",         kActorPrefix,        TermSpelling::AsValue,   100, 200, SlotEncoding::Value,      LabelRule::Actor,         true,
     "People and organisations", "人物・組織", FacetOrder::MostFirst},
    {FacetId::Country,      "country",       kCountryPrefix,      TermSpelling::LowerCase, 300, 200, SlotEncoding::UpperCase,  LabelRule::Country,       true,
     "Countries", "国", FacetOrder::MostFirst},
    {FacetId::Percent,      "percent",       kPercentPrefix,      TermSpelling::AsValue,   500, 200, SlotEncoding::Sortable,   LabelRule::Percent,       true,
     "Percentages", "割合", FacetOrder::MostFirst},
    {FacetId::PercentRange, "percent_range", kPercentRangePrefix, TermSpelling::AsValue,   700, 6,   SlotEncoding::Value,      LabelRule::PercentBucket, true,
     "Percentage ranges", "割合の範囲", FacetOrder::MostFirst},
    {FacetId::PercentOf,    "percent_of",    kPercentOfPrefix,    TermSpelling::AsValue,   720, 20,  SlotEncoding::Value,      LabelRule::PercentSubject, false,
     "What percentages are of", "割合の対象", FacetOrder::MostFirst},
    {FacetId::Lang,         "lang",          kLangPrefix,         TermSpelling::AsValue,   710, 4,   SlotEncoding::Value,      LabelRule::Language,      false,
     "Language", "言語", FacetOrder::MostFirst},
    {FacetId::Source,       "source",        kSourcePrefix,       TermSpelling::AsValue,   kSourceSlot, 1, SlotEncoding::AsWritten, LabelRule::Source,   false,
     "Sources", "媒体", FacetOrder::MostFirst},
    {FacetId::Month,        "date",          kMonthPrefix,        TermSpelling::Month,     kDateSlot, 1, SlotEncoding::DayOfMonth, LabelRule::Month,    false,
     "Months", "月", FacetOrder::NewestFirst},
}};

/// The row of `id`.
constexpr const FacetDef& facet(FacetId id) { return kFacets[static_cast<std::size_t>(id)]; }

/// The row named `name` ("country"), or nullptr.
const FacetDef* facet_named(std::string_view name);

/// The facet names, comma-separated, for messages: "actor, country, percent, percent_range, ..., date".
std::string facet_names();

/// The boolean term of `value` of facet `f`: ("country", "JP") → "Njp", ("date", "2025-06") → "M202506".
std::string facet_term(const FacetDef& f, std::string_view value);

/// The value of facet `f` that `term` stands for ("Njp" → "JP"); nullopt when `term` is no value of `f`.
std::optional<std::string> facet_value_of_term(const FacetDef& f, std::string_view term);

/// A range of percentages that a person would choose to narrow a wide result set: [low, high).
struct PercentBucket {
    const char* key;    ///< facet value: "lt1", "1-2", "2-3", "3-5", "5-10", "ge10"
    const char* label;  ///< "<1", "1–2", "2–3", "3–5", "5–10", "≥10"
    double low;         ///< included
    double high;        ///< excluded
};
inline constexpr PercentBucket kPercentBuckets[] = {
    {"lt1", "<1", -1e300, 1}, {"1-2", "1–2", 1, 2},    {"2-3", "2–3", 2, 3},
    {"3-5", "3–5", 3, 5},     {"5-10", "5–10", 5, 10}, {"ge10", "≥10", 10, 1e300}};
/// The bucket holding `value`.
const PercentBucket& percent_bucket(double value);
/// The bucket with key `key`, or nullptr.
const PercentBucket* percent_bucket_by_key(std::string_view key);

}  // namespace geofacet::schema
