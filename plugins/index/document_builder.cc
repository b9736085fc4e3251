#include "index/document_builder.h"

#include <algorithm>

#include "index/access_list.h"
#include "analysis/text_parts.h"
#include "schema/facets.h"
#include "schema/schema.h"
#include "entities/organisation_join.h"
#include "names/name_normaliser.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

constexpr std::size_t kSampleChars = 300;

// Omega's data format is one field a line: line breaks inside a value become U+2028 (body) or spaces.
std::string one_line(const std::string& s, const char* line_break) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '\n')
            out += line_break;
        else if (c != '\r')
            out += c;
    }
    return out;
}

std::string collapse_spaces(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string host_of(const std::string& url) {
    const std::size_t scheme = url.find("://");
    if (scheme == std::string::npos) return {};
    const std::size_t start = scheme + 3;
    const std::size_t end = url.find_first_of("/:?#", start);
    std::string host = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return std::tolower(c); });
    return host;
}

// Stores the n-th value of a facet in slot base + n of its run (see schema::FacetDef), already encoded as
// the facet's slot encoding says. The terms are what Geofacet counts; the slots are for stock Xapian tools.
void set_facet_slots(Xapian::Document& doc, schema::FacetId id, const std::vector<std::string>& values) {
    const schema::FacetDef& f = schema::facet(id);
    const std::size_t n = std::min<std::size_t>(values.size(), f.slot_count);
    for (std::size_t i = 0; i < n; ++i) doc.add_value(f.slot_base + static_cast<Xapian::valueno>(i), values[i]);
}

std::vector<std::string> values_of(const std::vector<FacetValue>& values) {
    std::vector<std::string> out;
    for (const FacetValue& v : values) out.push_back(v.value);
    return out;
}

// The document's facet values in the facet table's runs of value slots (what a stock ValueCountMatchSpy
// counts, on a remote shard too). Percentage buckets and subjects once each, so that each counts a document
// once; the subjects are those of the document's XO terms, which index_analysis added.
void set_facet_slots(Xapian::Document& doc, const BuiltDocument& built) {
    using schema::FacetId;
    set_facet_slots(doc, FacetId::Actor, values_of(built.entities.actors));
    set_facet_slots(doc, FacetId::Country, values_of(built.entities.countries));
    set_facet_slots(doc, FacetId::Lang, built.languages.present);
    std::vector<std::string> percents, buckets, subjects;
    for (const FacetValue& v : built.entities.percentages) {
        const double value = std::stod(v.value);
        percents.push_back(Xapian::sortable_serialise(value));
        const std::string key = schema::percent_bucket(value).key;
        if (std::find(buckets.begin(), buckets.end(), key) == buckets.end()) buckets.push_back(key);
    }
    const schema::FacetDef& of = schema::facet(FacetId::PercentOf);
    const std::string prefix(of.term_prefix);
    Xapian::TermIterator t = doc.termlist_begin();
    for (t.skip_to(prefix); t != doc.termlist_end() && (*t).compare(0, prefix.size(), prefix) == 0; ++t)
        subjects.push_back((*t).substr(prefix.size()));
    set_facet_slots(doc, FacetId::Percent, percents);
    set_facet_slots(doc, FacetId::PercentRange, buckets);
    set_facet_slots(doc, FacetId::PercentOf, subjects);
    for (const std::string& key : buckets) doc.add_boolean_term(schema::facet_term(schema::facet(FacetId::PercentRange), key));
}

}  // namespace

void index_analysis(Xapian::Document& doc, const Analysis& analysis, TermFormer& terms, Xapian::termpos& pos,
                    Xapian::termcount wdf, const std::string& prefix) {
    for (const Token& t : analysis.tokens) {
        const TokenTerms tt = terms.terms_of(t);
        if (tt.exact.empty()) continue;
        ++pos;
        doc.add_posting(tt.exact, pos, wdf);
        if (!prefix.empty()) doc.add_posting(prefix + tt.exact, pos, 1);
        if (!tt.stem.empty()) doc.add_term(tt.stem, wdf);
        if (!tt.american.empty()) doc.add_term(tt.american, wdf);  // "defence" is also found as "defense"
        for (const std::string& part : tt.parts) doc.add_posting(part, pos, wdf);
    }
    // An expression is found by one term, not by the positions of its words (see analysis/glossary.h), and
    // weighs as its words together, as the phrase of them did.
    for (const ExpressionSpan& e : analysis.expressions)
        doc.add_term(schema::expression_term(e.key), wdf * static_cast<Xapian::termcount>(e.last - e.first));
    for (const Mention& m : analysis.mentions) {
        switch (m.facet) {
            case Facet::Actor:
                doc.add_term(schema::actor_term(m.value), wdf);
                // People are also found by each part of their name, in any script: XNishiba.
                for (const std::string& part : m.name_parts) doc.add_term(schema::name_part_term(part), wdf);
                // A whole name written in Latin script settles how the same name in kanji is read.
                if (m.name_parts.size() > 1 && !has_japanese(m.text))
                    doc.add_term(schema::latin_name_term(name_id(m.name_parts)), wdf);
                // And by its sound, so that the same name in katakana finds this spelling: XKPP|lavrov.
                if (!m.name_parts.empty() && !has_japanese(m.text))
                    for (const std::string& entry : name_sound_entries(m.value, m.text, m.name_parts))
                        doc.add_term(schema::name_sound_term(entry), wdf);
                // An organisation in Latin script by its words, so that its Japanese name finds it: XK@energy|...
                if (m.value.rfind("org-", 0) == 0 && !has_japanese(m.text))
                    for (const std::string& entry : organisation_evidence_entries(m.value, m.text))
                        doc.add_term(schema::name_sound_term(entry), wdf);
                break;
            case Facet::Country: doc.add_term(schema::country_term(m.value), wdf); break;
            case Facet::Percent:
                doc.add_term(schema::percent_term(m.value), wdf);
                // What this mention is a percentage of, so that "5% of GDP" outranks a 5% growth target.
                if (!m.of.empty()) {
                    const std::string key = schema::percent_subject_key(m.of);
                    doc.add_term(schema::percent_of_term(key), wdf);
                    doc.add_term(schema::percent_value_of_term(m.value, key), wdf);
                }
                break;
        }
    }
}

std::string document_data(const Article& a, const ArticleEntities& e, const LanguageProfile& langs) {
    std::string data;
    const auto field = [&](const char* name, const std::string& value) {
        if (!value.empty()) data += std::string(name) + "=" + value + "\n";
    };
    field(schema::kFieldId, a.id);
    field(schema::kFieldCaption, collapse_spaces(a.title));
    field(schema::kFieldSample, std::string(utf8::prefix(collapse_spaces(a.body), kSampleChars)));
    field(schema::kFieldUrl, collapse_spaces(a.url));
    field(schema::kFieldDate, a.date);
    field(schema::kFieldSource, collapse_spaces(a.source));
    std::string lang;
    for (const std::string& l : langs.present) lang += (lang.empty() ? "" : " ") + l;
    field(schema::kFieldLang, lang);
    for (const FacetValue& v : e.actors) field(schema::kFieldActor, v.value + "|" + v.label_en + "|" + v.label_ja);
    for (const FacetValue& v : e.countries) field(schema::kFieldCountry, v.value);
    for (const FacetValue& v : e.percentages)
        field(schema::kFieldPercent, v.value + "|" + (v.texts.empty() ? "" : v.texts.front()) + "|" + v.of);
    field(schema::kFieldBody, one_line(a.body, "\u2028"));
    return data;
}

BuiltDocument DocumentBuilder::build(const Article& a) {
    BuiltDocument out;
    Xapian::Document& doc = out.document;
    Xapian::termpos pos = 0;
    const Analysis title = analyzer_.analyse(a.title);
    index_analysis(doc, title, analyzer_.terms(), pos, 2, schema::kTitlePrefix);
    for (const Mention& m : title.mentions) out.entities.add(m);
    pos += schema::kTitleBodyGap;
    // A long body is analysed part by part, so that its analysis never holds more than one part.
    const std::string_view body(a.body);
    for (const auto& [begin, end] : text_parts(body)) {
        // Ctrl-C is honoured inside an article of megabytes, not only after it.
        if (stop_ && stop_->load()) throw ArticleInterrupted(a.id + ": interrupted while being analysed");
        const Analysis part = analyzer_.analyse(body.substr(begin, end - begin));
        index_analysis(doc, part, analyzer_.terms(), pos, 1, "");
        for (const Mention& m : part.mentions) out.entities.add(m);
    }
    analyzer_.label(out.entities);

    out.languages = detect_languages(a.title + "\n" + a.body);
    if (!a.lang.empty() && a.lang != out.languages.primary) {
        // The declared language leads; the detected one stays when the text really holds it.
        auto& present = out.languages.present;
        present.erase(std::remove(present.begin(), present.end(), a.lang), present.end());
        present.insert(present.begin(), a.lang);
        out.languages.primary = a.lang;
    }

    out.id_term = schema::kIdPrefix + a.id;
    doc.add_boolean_term(out.id_term);
    for (const std::string& l : out.languages.present) doc.add_boolean_term(schema::kLangPrefix + l);
    // Who may read it: every search filters on these terms (search/access.h).
    for (const std::string& t : access_terms(a.acl)) doc.add_boolean_term(t);
    if (!a.date.empty()) {
        const std::string ymd = a.date.substr(0, 4) + a.date.substr(5, 2) + a.date.substr(8, 2);
        doc.add_boolean_term(schema::kDatePrefix + ymd);
        doc.add_boolean_term(schema::kMonthPrefix + ymd.substr(0, 6));
        doc.add_boolean_term(schema::kYearPrefix + ymd.substr(0, 4));
        doc.add_value(schema::kDateSlot, ymd);
    }
    if (!a.url.empty()) doc.add_boolean_term(schema::bounded_term(schema::kUrlPrefix, a.url));
    const std::string host = host_of(a.url);
    if (!host.empty()) doc.add_boolean_term(schema::bounded_term(schema::kHostPrefix, host));
    if (!a.source.empty()) {
        const std::string source = fold_case(collapse_spaces(a.source));
        doc.add_boolean_term(schema::source_term(source));
        doc.add_value(schema::kSourceSlot, collapse_spaces(a.source));
    }
    if (!out.languages.primary.empty()) doc.add_value(schema::kLangSlot, out.languages.primary);

    set_facet_slots(doc, out);

    doc.set_data(document_data(a, out.entities, out.languages));
    return out;
}

}  // namespace geofacet
