// The words by which Japanese organisations are found and named, and the ids of organisations' English names.
#include <algorithm>

#include "entities/organisation_finder.h"
#include "text/normaliser.h"
#include "util/data_file.h"
#include "util/split.h"

namespace geofacet {

namespace {

// A word of an English name as an id part: ASCII letters and digits, lower case; "&" reads "and".
std::string id_part(const std::string& word) {
    if (word == "&") return "and";
    std::string out;
    for (char c : strip_latin_diacritics(word)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
        else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

}  // namespace

OrganisationWords OrganisationWords::load(const std::string& dir) {
    OrganisationWords w;
    read_data_file(
        dir + "/organisation-heads-ja.tsv",
        [&](const DataRecord& r) {
            std::vector<std::string> english = split(r.field(2), '|');
            w.heads.push_back(OrganisationHead{r.field(0), r.field(1), english.front(), {english.begin() + 1, english.end()}});
        },
        3, "head<TAB>reading<TAB>English[|other English]");
    std::stable_sort(w.heads.begin(), w.heads.end(), [](const OrganisationHead& a, const OrganisationHead& b) {
        return a.japanese.size() > b.japanese.size();
    });
    w.suffixes = read_word_list(dir + "/organisation-suffixes.txt");
    read_data_file(dir + "/works-ja.txt", [&](const DataRecord& r) { w.works.push_back(r.field(0)); });
    read_data_file(
        dir + "/organisation-words-ja.tsv",
        [&](const DataRecord& r) { w.name_words[r.field(0)] = split(r.field(1), '|'); }, 2, "word<TAB>English[|English]");
    read_data_file(
        dir + "/organisation-cues-ja.tsv",
        [&](const DataRecord& r) {
            if (r.field(0) != "before" && r.field(0) != "after") throw r.error("expected before|after<TAB>word");
            (r.field(0) == "before" ? w.cues_before : w.cues_after).push_back(r.field(1));
        },
        2, "before|after<TAB>word");
    return w;
}

std::vector<std::string> english_words(const std::string& english) {
    std::vector<std::string> words;
    std::string word;
    for (char c : english + " ") {
        if (c == ' ') {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    return words;
}

std::string organisation_id(const std::vector<std::string>& words, const std::unordered_set<std::string>& suffixes) {
    std::vector<std::string> parts;
    for (const std::string& w : words)
        for (const std::string& piece : split(w, '-')) {  // "Chung-Hua" is two words of the id, as "Chung Hua"
            std::string p = id_part(piece);
            if (!p.empty()) parts.push_back(std::move(p));
        }
    // "Co., Ltd.": every company form at the end goes, but never the whole name.
    while (parts.size() > 1 && suffixes.count(parts.back())) parts.pop_back();
    std::string id = "org";
    for (const std::string& p : parts) id += "-" + p;
    return id;
}

void drop_countries_inside_organisations(std::vector<Mention>& mentions,
                                         const std::function<bool(const Mention&)>& organisation) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // in text order
    for (const Mention& m : mentions)
        if (m.facet == Facet::Actor && organisation(m)) spans.emplace_back(m.begin, m.end);
    if (spans.empty()) return;
    const auto inside = [&](const Mention& m) {
        if (m.facet != Facet::Country) return false;
        const auto after = std::upper_bound(spans.begin(), spans.end(), std::make_pair(m.begin, ~std::size_t{0}));
        return after != spans.begin() && m.end <= std::prev(after)->second;
    };
    mentions.erase(std::remove_if(mentions.begin(), mentions.end(), inside), mentions.end());
}

}  // namespace geofacet
