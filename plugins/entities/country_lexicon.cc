#include "entities/country_lexicon.h"

#include <set>
#include <stdexcept>

#include <unicode/locid.h>
#include <unicode/uloc.h>

#include "text/segmenter.h"
#include "util/split.h"

namespace geofacet {

namespace {

// Codes in ICU's list that are not ISO 3166-1 countries (exceptional reservations).
const std::set<std::string> kNotIso = {"DG", "EA", "IC"};

std::string display_country(const char* code, const icu::Locale& in) {
    icu::UnicodeString name;
    icu::Locale("", code).getDisplayCountry(in, name);
    std::string out;
    name.toUTF8String(out);
    return out;
}

// ICU writes some names with a qualifier: "Myanmar (Burma)", "コンゴ民主共和国(キンシャサ)".
std::string without_qualifier(const std::string& name) {
    std::size_t cut = name.find(" (");
    if (cut == std::string::npos) cut = name.find('(');
    return cut == std::string::npos ? name : name.substr(0, cut);
}

// The exact term of a one-word English form ("Jordan" → "jordan").
std::string word_key(Segmenter& segmenter, std::string_view form) {
    const auto pieces = pieces_of(segmenter, form);
    if (pieces.size() != 1 || pieces[0].japanese) throw std::invalid_argument("'" + std::string(form) + "' is not one word");
    return pieces[0].key;
}

CountryFormKind parse_kind(const std::string& kind, bool& abbr, bool& head) {
    abbr = kind == "abbr" || kind == "abbr-head";
    head = kind == "abbr-head";
    if (kind == "name" || abbr) return CountryFormKind::Name;
    if (kind == "short") return CountryFormKind::Short;
    if (kind == "demonym") return CountryFormKind::Demonym;
    if (kind == "capital") return CountryFormKind::Capital;
    if (kind == "not") return CountryFormKind::Not;
    throw std::invalid_argument("unknown kind '" + kind + "'");
}

}  // namespace

const char* form_kind_name(CountryFormKind kind) {
    switch (kind) {
        case CountryFormKind::Name: return "name";
        case CountryFormKind::Short: return "short form";
        case CountryFormKind::Demonym: return "demonym";
        case CountryFormKind::Capital: return "capital";
        case CountryFormKind::Not: return "not a country";
    }
    return "";
}

void CountryLexicon::add_form(Segmenter& segmenter, std::string_view text, std::uint32_t country,
                              CountryFormKind kind) {
    const auto form = static_cast<std::uint32_t>(forms_.size());
    forms_.push_back(Form{country, kind});
    matcher_.add(pieces_of(segmenter, text), form);
    // "St. Kitts & Nevis" is also written with "and".
    const std::size_t amp = text.find(" & ");
    if (amp != std::string_view::npos) {
        std::string with_and(text);
        with_and.replace(amp, 3, " and ");
        matcher_.add(pieces_of(segmenter, with_and), form);
    }
}

void CountryLexicon::add_alias(Segmenter& segmenter, const DataRecord& r) {
    const std::string &code = r.field(0), &kind_text = r.field(1), &form = r.field(2);
    if (form.empty()) throw r.error("expected code<TAB>kind<TAB>form");
    if (kind_text == "person") {
        caveats_[word_key(segmenter, form)].given_name = true;
        given_name_codes_.insert(code);
        return;
    }
    if (kind_text == "veto" || kind_text == "veto-doc") {
        auto& caveat = caveats_[word_key(segmenter, form)];
        auto& into = kind_text == "veto" ? caveat.cues : caveat.doc_cues;
        for (const std::string& cue : split(r.field(3), '|'))
            if (!cue.empty()) into.push_back(word_key(segmenter, cue));
        if (into.empty()) throw r.error("a veto needs cue words");
        return;
    }
    bool abbr = false, head = false;
    const CountryFormKind kind = parse_kind(kind_text, abbr, head);
    std::uint32_t country = kNoCountry;
    if (kind != CountryFormKind::Not) {
        const auto it = by_code_.find(code);
        if (it == by_code_.end()) throw r.error("unknown country code '" + code + "'");
        country = it->second;
    }
    if (abbr)
        abbreviations_[form] = CountryAbbreviation{country, head};
    else
        add_form(segmenter, form, country, kind);
}

std::shared_ptr<const CountryLexicon> CountryLexicon::load(const std::string& alias_file, CountryCueWords cues,
                                                          Segmenter& segmenter) {
    auto lex = std::make_shared<CountryLexicon>();
    lex->cues_ = std::move(cues);
    for (const char* const* code = uloc_getISOCountries(); *code; ++code) {
        if (kNotIso.count(*code)) continue;
        Country c{*code, display_country(*code, icu::Locale::getEnglish()),
                  display_country(*code, icu::Locale::getJapanese())};
        lex->by_code_[c.code] = static_cast<std::uint32_t>(lex->countries_.size());
        lex->countries_.push_back(std::move(c));
    }
    for (std::uint32_t i = 0; i < lex->countries_.size(); ++i) {
        const Country& c = lex->countries_[i];
        for (const std::string* name : {&c.label_en, &c.label_ja}) {
            lex->add_form(segmenter, without_qualifier(*name), i, CountryFormKind::Name);
            const std::size_t open = name->find(" (");
            if (open != std::string::npos && name->back() == ')')  // "Myanmar (Burma)": Burma too
                lex->add_form(segmenter, name->substr(open + 2, name->size() - open - 3), i, CountryFormKind::Name);
        }
    }

    read_data_file(alias_file, [&](const DataRecord& r) { lex->add_alias(segmenter, r); }, 3,
                   "code<TAB>kind<TAB>form");
    return lex;
}

const Country* CountryLexicon::by_code(std::string_view code) const {
    std::string upper(code);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    const auto it = by_code_.find(upper);
    return it == by_code_.end() ? nullptr : &countries_[it->second];
}

const CountryCaveat* CountryLexicon::caveat(const std::string& key) const {
    const auto it = caveats_.find(key);
    return it == caveats_.end() ? nullptr : &it->second;
}

const CountryAbbreviation* CountryLexicon::abbreviation(std::string_view c) const {
    const auto it = abbreviations_.find(std::string(c));
    return it == abbreviations_.end() ? nullptr : &it->second;
}

}  // namespace geofacet
