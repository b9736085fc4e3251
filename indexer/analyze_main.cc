// geofacet-analyze: what the pipeline makes of a text, step by step — the analogue of Elasticsearch's
// _analyze, for people tuning the gazetteer and the data files.
#include <iostream>
#include <iterator>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "search/analysis_report.h"
#include "util/command_line.h"
#include "util/utf8.h"

namespace {

const char* kUsage =
    "usage: geofacet-analyze [--json] [--query] TEXT... | -\n"
    "  prints the normalised text, segments, readings and romanisation, name keys, the actors, countries\n"
    "  and percentages found, and the terms that would be indexed (--query: how a query is understood)\n";

std::string str(const nlohmann::json& j) { return j.get<std::string>(); }

// The report for people: one section per step.
void print_report(const nlohmann::json& out, bool query) {
    std::cout << "normalised: " << str(out["normalised"]) << "\n";
    std::cout << "languages:  " << out["languages"].dump() << "\n\nsegments:\n";
    for (const auto& s : out["segments"]) {
        std::cout << "  " << str(s["surface"]) << "\t" << str(s["kind"]) << "\tterm=" << str(s["term"]);
        if (!str(s["stem"]).empty()) std::cout << " stem=" << str(s["stem"]);
        if (s.contains("pos")) std::cout << " pos=" << str(s["pos"]);
        if (s.contains("reading") && !str(s["reading"]).empty())
            std::cout << " reading=" << str(s["reading"]) << " romaji=" << str(s["romaji"]);
        if (s.contains("parts")) std::cout << " parts=" << s["parts"].dump();
        std::cout << "\n";
    }
    std::cout << "\nnames:\n";
    for (const auto& n : out["names"])
        std::cout << "  " << str(n["text"]) << " → key " << str(n["key"]) << " → actor " << str(n["actor"]) << " ("
                  << str(n["rule"]) << ")\n";
    std::cout << "\nentities:\n";
    for (const char* facet : {"actors", "countries", "percentages"})
        for (const auto& v : out["entities"][facet]) std::cout << "  " << facet << ": " << v.dump() << "\n";
    if (query) {
        std::cout << "\nunderstood: " << str(out["understood"]) << "\nxapian query: " << str(out["xapian_query"]) << "\n";
        return;
    }
    std::cout << "\nterms:\n";
    for (const auto& [term, info] : out["terms"].items())
        std::cout << "  " << term << "\twdf=" << info["wdf"].dump() << " positions=" << info["positions"].dump() << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    bool json = false, query = false;
    std::vector<std::string> words;
    geofacet::CommandLine cli("geofacet-analyze", kUsage);
    cli.flag("--json", &json).flag("--query", &query);
    if (auto status = cli.parse(argc, argv, words, std::cout, std::cerr)) return *status;
    std::string text;
    for (const std::string& w : words) {
        if (w == "-")
            text.append(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        else
            text += (text.empty() ? "" : " ") + w;
    }
    if (text.empty()) return cli.usage_error("no text", std::cerr);
    if (geofacet::utf8::find_invalid(text) != std::string::npos) return cli.usage_error("the text is not valid UTF-8", std::cerr);
    try {
        geofacet::Analyzer analyzer(geofacet::Resources::load());
        Xapian::Database no_archive;
        const nlohmann::json out = geofacet::analysis_report(analyzer, text, query, no_archive);
        if (json)
            std::cout << out.dump(2) << "\n";
        else
            print_report(out, query);
    } catch (const std::exception& e) {
        std::cerr << "geofacet-analyze: " << e.what() << "\n";
        return 3;
    }
    return 0;
}
