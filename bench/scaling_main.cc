// geofacet-scaling: analysis time per MB of dense, hostile text, from 1 KB to 8 MB. Work per article must be
// linear in its size: every row of a kind should show about the same ms/MB.
//
//   geofacet-scaling [--max-mb N] [--kind NAME]
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "index/document_builder.h"
#include "util/command_line.h"

namespace {

// A dense text of one kind, about `bytes` long.
using Maker = std::function<std::string(std::size_t bytes)>;

std::string repeat_to(const std::string& unit, std::size_t bytes) {
    std::string out;
    out.reserve(bytes + unit.size());
    while (out.size() < bytes) out += unit;
    return out;
}

const std::vector<std::pair<std::string, Maker>>& kinds() {
    static const std::vector<std::pair<std::string, Maker>> k = {
        {"ja-one-kanji-run", [](std::size_t b) { return repeat_to("日", b); }},
        {"ja-abbreviations", [](std::size_t b) { return repeat_to("日米", b); }},
        {"en-countries", [](std::size_t b) { return repeat_to("Japan, China, Korea and the U.S. met France. ", b); }},
        {"ja-countries", [](std::size_t b) { return repeat_to("日本と中国、韓国、米国が会談した。", b); }},
        {"en-names", [](std::size_t b) { return repeat_to("Prime Minister Shigeru Ishiba met Ichiro Nakadani and Mr Choi. ", b); }},
        {"ja-names", [](std::size_t b) { return repeat_to("石破首相は中谷元防衛相、ピート・ヘグセス国防長官と会談した。", b); }},
        {"en-percentages", [](std::size_t b) { return repeat_to("It rose 5 percent, then 3.5% of GDP and twenty per cent. ", b); }},
        {"ja-percentages", [](std::size_t b) { return repeat_to("防衛費はGDP比2%、支持率は3割、税率は５％。", b); }},
        {"one-long-word", [](std::size_t b) { return repeat_to("a", b); }},
        {"one-long-katakana", [](std::size_t b) { return repeat_to("ア", b); }},
    };
    return k;
}

double seconds_to_index(geofacet::Analyzer& analyzer, const std::string& text) {
    const auto start = std::chrono::steady_clock::now();
    const geofacet::Analysis a = analyzer.analyse(text);
    Xapian::Document doc;
    Xapian::termpos pos = 0;
    geofacet::index_analysis(doc, a, analyzer.terms(), pos, 1, "");
    analyzer.summarise(a.mentions);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
    std::uint64_t max_mb = 8;
    std::string only;
    std::vector<std::string> rest;
    geofacet::CommandLine cli("geofacet-scaling", "usage: geofacet-scaling [--max-mb N] [--kind NAME]\n");
    cli.number("--max-mb", &max_mb, 1, 64).text("--kind", &only);
    if (auto status = cli.parse(argc, argv, rest, std::cout, std::cerr)) return *status;
    geofacet::Analyzer analyzer(geofacet::Resources::load());
    std::printf("%-20s %10s %10s %10s\n", "text", "size", "seconds", "ms/MB");
    for (const auto& [name, make] : kinds()) {
        if (!only.empty() && name != only) continue;
        for (std::size_t bytes = 1024; bytes <= max_mb * 1024 * 1024; bytes *= 8) {
            const std::string text = make(bytes);
            const double s = seconds_to_index(analyzer, text);
            std::printf("%-20s %9zuK %10.3f %10.0f\n", name.c_str(), text.size() / 1024, s, 1000 * s / (text.size() / 1048576.0));
            std::fflush(stdout);
        }
    }
    return 0;
}
