#include "search/analysis_report.h"

#include "analysis/language.h"
#include "index/document_builder.h"
#include "index/entities_json.h"
#include "names/romaji.h"
#include "search/filters.h"
#include "search/query_builder.h"

namespace geofacet {

namespace {

std::string token_kind(const Token& t) {
    switch (t.kind) {
        case TokenKind::Word: return "word";
        case TokenKind::Number: return "number";
        case TokenKind::Japanese: return "japanese";
    }
    return "";
}

nlohmann::json segment_json(Analyzer& analyzer, const Token& t) {
    nlohmann::json seg{{"surface", t.surface}, {"kind", token_kind(t)}, {"term", exact_term(t)},
                       {"stem", analyzer.terms().stem(t)}};
    if (t.kind == TokenKind::Japanese) {
        seg["pos"] = t.pos;
        seg["base"] = t.base;
        seg["reading"] = t.reading;
        seg["known"] = t.known;
        if (!t.reading.empty()) seg["romaji"] = analyzer.names().kana_romaji(t.reading);
        if (!t.parts.empty()) seg["parts"] = t.parts;
    } else if (t.kind == TokenKind::Word) {
        seg["romaji"] = canonical_romaji(t.surface);
    }
    return seg;
}

nlohmann::json terms_json(Analyzer& analyzer, const Analysis& a) {
    Xapian::Document doc;
    Xapian::termpos pos = 0;
    index_analysis(doc, a, analyzer.terms(), pos, 1, "");
    nlohmann::json terms = nlohmann::json::object();
    for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        nlohmann::json positions = nlohmann::json::array();
        for (Xapian::PositionIterator p = t.positionlist_begin(); p != t.positionlist_end(); ++p) positions.push_back(*p);
        terms[*t] = {{"wdf", t.get_wdf()}, {"positions", positions}};
    }
    return terms;
}

}  // namespace

nlohmann::json analysis_report(Analyzer& analyzer, const std::string& text, bool query, const Xapian::Database& db) {
    const Analysis a = analyzer.analyse(text, query);
    nlohmann::json out;
    out["normalised"] = a.normalised.text();
    out["languages"] = detect_languages(text).present;
    out["segments"] = nlohmann::json::array();
    for (const Token& t : a.tokens) out["segments"].push_back(segment_json(analyzer, t));
    out["names"] = nlohmann::json::array();
    for (const Mention& m : a.mentions)
        if (m.facet == Facet::Actor && !m.name_parts.empty())
            out["names"].push_back({{"text", m.text}, {"parts", m.name_parts}, {"key", name_id(m.name_parts)},
                                    {"actor", m.value}, {"rule", m.rule}});
    out["entities"] = facets_json(analyzer.summarise(a.mentions));
    if (query) {
        FilterResolver filters(analyzer, db);
        QueryBuilder builder(analyzer, filters);
        const ParsedQuery parsed = builder.parse(text);
        out["understood"] = parsed.interpretation.summary();
        out["xapian_query"] = parsed.query.get_description();
    } else {
        out["terms"] = terms_json(analyzer, a);
    }
    return out;
}

}  // namespace geofacet
