// geofacet-dictc: compiles the EDRDG dictionaries installed by Debian (EUC-JP text) into the compact,
// sorted UTF-8 files Geofacet maps into memory at run time. Run by the build, once.
//
//   geofacet-dictc names  /usr/share/edict/enamdict OUT.tsv
//   geofacet-dictc edict  /usr/share/edict/edict    OUT-ja.tsv OUT-en.tsv
#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dict/edict_entry.h"
#include "names/kana_latin.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/command_line.h"

namespace {

using geofacet::EdictEntry;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot read (install the Debian package enamdict / edict)");
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_sorted(const std::string& path, std::vector<std::string>& lines) {
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    for (const std::string& l : lines) out << l << '\n';
    if (!out) throw std::runtime_error(path + ": cannot write");
}

std::vector<EdictEntry> entries_of(const std::string& path) {
    const std::string text = geofacet::euc_jp_to_utf8(read_file(path));
    std::vector<EdictEntry> entries;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        EdictEntry e;
        if (geofacet::parse_edict_line(std::string_view(text).substr(start, end - start), e)) entries.push_back(std::move(e));
        start = end + 1;
    }
    return entries;
}

// The key under which the program looks a Japanese word up: NFKC, standard kanji.
std::string key_of(const std::string& head) { return geofacet::NormalisedText(head).text(); }

bool clean(const std::string& s) { return s.find_first_of("\t\n|") == std::string::npos; }

// ENAMDICT: readings of kanji names (persons only), Latin spellings of katakana names, English names of
// organisations.
int compile_names(const std::string& in, const std::string& out) {
    static const std::set<std::string> person = {"s", "g", "m", "f", "h", "u"};
    std::vector<std::string> lines;
    for (const EdictEntry& e : entries_of(in)) {
        if (!clean(e.head)) continue;
        std::string types;
        for (const std::string& t : e.tags)
            if (person.count(t)) types += t;
        // Companies, organisations and products (newspapers): their English name, for organisations by shape.
        if (geofacet::is_organisation_entry(e) && clean(e.glosses.front()))
            lines.push_back(key_of(e.head) + "\tO\t" + e.glosses.front());
        if (geofacet::all_katakana(geofacet::fold_katakana_variants(e.head)) && e.reading.empty()) {
            std::string latin;
            for (const std::string& g : e.glosses)
                if (clean(g)) latin += (latin.empty() ? "" : "|") + g;
            if (!latin.empty()) lines.push_back(geofacet::fold_katakana_variants(e.head) + "\tL\t" + latin);
        } else if (!types.empty() && !e.reading.empty() && geofacet::has_kanji(e.head) && clean(e.reading)) {
            lines.push_back(key_of(e.head) + "\tR\t" + e.reading + "/" + types);
        }
    }
    write_sorted(out, lines);
    std::cerr << "geofacet-dictc: " << lines.size() << " name entries → " << out << "\n";
    return 0;
}

// EDICT: Japanese → English glosses, and English → Japanese headwords.
int compile_edict(const std::string& in, const std::string& out_ja, const std::string& out_en) {
    std::vector<std::string> ja, en;
    for (const EdictEntry& e : entries_of(in)) {
        if (!clean(e.head)) continue;
        const std::string key = key_of(e.head);
        std::string glosses;
        for (std::size_t i = 0; i < e.glosses.size() && i < 6; ++i)
            if (clean(e.glosses[i])) glosses += "|" + e.glosses[i];
        if (glosses.empty()) continue;
        ja.push_back(key + "\tE\t" + (e.common ? "P" : "-") + glosses);
        for (std::size_t i = 0; i < e.glosses.size() && i < 6; ++i) {
            std::string g = geofacet::fold_case(e.glosses[i]);
            if (g.rfind("to ", 0) == 0) g = g.substr(3);  // "to postpone" is looked up as "postpone"
            if (g.empty() || !clean(g) || std::count(g.begin(), g.end(), ' ') > 2) continue;
            // "w" marks a gloss written in lower case: a common word, not an abbreviation or a name (ABE).
            const bool word = g == e.glosses[i] || "to " + g == e.glosses[i];
            en.push_back(g + "\tJ\t" + key + "|" + (e.common ? "P" : "-") + "|" + std::to_string(i) + "|" + (word ? "w" : "-"));
        }
    }
    write_sorted(out_ja, ja);
    write_sorted(out_en, en);
    std::cerr << "geofacet-dictc: " << ja.size() << " Japanese and " << en.size() << " English entries → " << out_ja
              << ", " << out_en << "\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const char* usage = "usage: geofacet-dictc names ENAMDICT OUT.tsv | geofacet-dictc edict EDICT OUT-ja.tsv OUT-en.tsv\n";
    geofacet::CommandLine cli("geofacet-dictc", usage);
    std::vector<std::string> args;
    if (auto status = cli.parse(argc, argv, args, std::cout, std::cerr)) return *status;
    try {
        if (args.size() == 3 && args[0] == "names") return compile_names(args[1], args[2]);
        if (args.size() == 4 && args[0] == "edict") return compile_edict(args[1], args[2], args[3]);
        return cli.usage_error("expected names or edict and their files", std::cerr);
    } catch (const std::exception& e) {
        std::cerr << "geofacet-dictc: " << e.what() << "\n";
        return 1;
    }
}
