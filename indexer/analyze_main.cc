// geofacet-analyze: what the pipeline makes of a text, step by step — the analogue of Elasticsearch's
// _analyze, for people tuning the gazetteer and the data files.
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "analysis/analyzer.h"
#include "index/document_builder.h"
#include "index/entities_json.h"
#include "names/romaji.h"
#include "search/filters.h"
#include "search/query_builder.h"
#include "text/script.h"
#include "util/utf8.h"

namespace {

const char* kUsage =
    "usage: geofacet-analyze [--json] [--query] TEXT... | -\n"
    "  prints the normalised text, segments, readings and romanisation, name keys, the actors, countries\n"
    "  and percentages found, and the terms that would be indexed (--query: how a query is understood)\n";

std::string token_kind(const geofacet::Token& t) {
    switch (t.kind) {
        case geofacet::TokenKind::Word: return "word";
        case geofacet::TokenKind::Number: return "number";
        case geofacet::TokenKind::Japanese: return "japanese";
    }
    return "";
}

}  // namespace

int main(int argc, char** argv) {
    bool json = false, query = false;
    std::string text;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--json") {
            json = true;
        } else if (arg == "--query") {
            query = true;
        } else if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        } else if (arg == "-") {
            text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        } else if (arg.size() > 1 && arg[0] == '-' && arg[1] == '-') {
            std::cerr << "geofacet-analyze: unknown option " << arg << "\n" << kUsage;
            return 2;
        } else {
            text += (text.empty() ? "" : " ") + arg;
        }
    }
    if (text.empty()) {
        std::cerr << "geofacet-analyze: no text\n" << kUsage;
        return 2;
    }
    if (geofacet::utf8::find_invalid(text) != std::string::npos) {
        std::cerr << "geofacet-analyze: the text is not valid UTF-8\n";
        return 2;
    }
    try {
        auto resources = geofacet::Resources::load();
        geofacet::Analyzer analyzer(resources);
        const geofacet::Analysis a = analyzer.analyse(text, query);
        nlohmann::json out;
        out["normalised"] = a.normalised.text();
        out["languages"] = geofacet::detect_languages(text).present;
        out["segments"] = nlohmann::json::array();
        for (const geofacet::Token& t : a.tokens) {
            nlohmann::json seg{{"surface", t.surface}, {"kind", token_kind(t)}, {"term", geofacet::exact_term(t)},
                               {"stem", analyzer.terms().stem(t)}};
            if (t.kind == geofacet::TokenKind::Japanese) {
                seg["pos"] = t.pos;
                seg["base"] = t.base;
                seg["reading"] = t.reading;
                seg["known"] = t.known;
                if (!t.reading.empty()) seg["romaji"] = analyzer.names().kana_romaji(t.reading);
                if (!t.parts.empty()) seg["parts"] = t.parts;
            } else if (t.kind == geofacet::TokenKind::Word) {
                seg["romaji"] = geofacet::canonical_romaji(t.surface);
            }
            out["segments"].push_back(seg);
        }
        out["names"] = nlohmann::json::array();
        for (const geofacet::Mention& m : a.mentions)
            if (m.facet == geofacet::Facet::Actor && !m.name_parts.empty())
                out["names"].push_back({{"text", m.text}, {"parts", m.name_parts}, {"key", geofacet::name_id(m.name_parts)},
                                        {"actor", m.value}, {"rule", m.rule}});
        out["entities"] = geofacet::facets_json(analyzer.summarise(a.mentions));
        if (query) {
            Xapian::Database empty;
            empty.add_database(Xapian::Database());
            geofacet::FilterResolver filters(analyzer, empty);
            geofacet::QueryBuilder builder(analyzer, filters);
            const geofacet::ParsedQuery parsed = builder.parse(text);
            out["understood"] = parsed.interpretation.summary();
            out["xapian_query"] = parsed.query.get_description();
        } else {
            Xapian::Document doc;
            Xapian::termpos pos = 0;
            geofacet::index_analysis(doc, a, analyzer.terms(), pos, 1, "");
            out["terms"] = nlohmann::json::object();
            for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
                nlohmann::json positions = nlohmann::json::array();
                for (Xapian::PositionIterator p = t.positionlist_begin(); p != t.positionlist_end(); ++p) positions.push_back(*p);
                out["terms"][*t] = {{"wdf", t.get_wdf()}, {"positions", positions}};
            }
        }
        if (json) {
            std::cout << out.dump(2) << "\n";
            return 0;
        }
        std::cout << "normalised: " << out["normalised"].get<std::string>() << "\n";
        std::cout << "languages:  " << out["languages"].dump() << "\n\nsegments:\n";
        for (const auto& s : out["segments"]) {
            std::cout << "  " << s["surface"].get<std::string>() << "\t" << s["kind"].get<std::string>() << "\tterm="
                      << s["term"].get<std::string>();
            if (!s["stem"].get<std::string>().empty()) std::cout << " stem=" << s["stem"].get<std::string>();
            if (s.contains("pos")) std::cout << " pos=" << s["pos"].get<std::string>();
            if (s.contains("reading") && !s["reading"].get<std::string>().empty())
                std::cout << " reading=" << s["reading"].get<std::string>() << " romaji=" << s["romaji"].get<std::string>();
            if (s.contains("parts")) std::cout << " parts=" << s["parts"].dump();
            std::cout << "\n";
        }
        std::cout << "\nnames:\n";
        for (const auto& n : out["names"])
            std::cout << "  " << n["text"].get<std::string>() << " → key " << n["key"].get<std::string>() << " → actor "
                      << n["actor"].get<std::string>() << " (" << n["rule"].get<std::string>() << ")\n";
        std::cout << "\nentities:\n";
        for (const char* facet : {"actors", "countries", "percentages"})
            for (const auto& v : out["entities"][facet]) std::cout << "  " << facet << ": " << v.dump() << "\n";
        if (query) {
            std::cout << "\nunderstood: " << out["understood"].get<std::string>() << "\nxapian query: "
                      << out["xapian_query"].get<std::string>() << "\n";
        } else {
            std::cout << "\nterms:\n";
            for (const auto& [term, info] : out["terms"].items())
                std::cout << "  " << term << "\twdf=" << info["wdf"].dump() << " positions=" << info["positions"].dump() << "\n";
        }
    } catch (const std::exception& e) {
        std::cerr << "geofacet-analyze: " << e.what() << "\n";
        return 3;
    }
    return 0;
}
