#include "search/glossary.h"

#include <map>
#include <mutex>

#include "util/data_file.h"
#include "util/split.h"

namespace geofacet {

std::string Glossary::english_key(const std::vector<const Token*>& words, TermFormer& former) {
    std::string key;
    for (const Token* t : words) key += (key.empty() ? "" : " ") + former.query_stem(*t);
    return key;
}

std::shared_ptr<const Glossary> Glossary::load(const std::string& file, Analyzer& analyzer) {
    auto g = std::make_shared<Glossary>();
    read_data_file(file, [&](const DataRecord& r) {
        GlossaryEntry e;
        for (const std::string& f : split(r.field(0), '|'))
            if (!f.empty()) e.english.push_back(f);
        for (const std::string& f : split(r.field(1), '|'))
            if (!f.empty()) e.japanese.push_back(NormalisedText(f).text());
        if (e.english.empty() || e.japanese.empty()) throw r.error("expected english|...<TAB>japanese|...");
        const std::size_t index = g->entries_.size();
        for (const std::string& f : e.english) {
            const std::vector<Token> tokens = analyzer.segmenter().segment(f);
            std::vector<const Token*> words;
            for (const Token& t : tokens) words.push_back(&t);
            if (words.empty()) throw r.error("no words in '" + f + "'");
            // A form already listed for another concept keeps its first concept.
            g->by_english_.emplace(english_key(words, analyzer.terms()), index);
            g->longest_english_ = std::max(g->longest_english_, words.size());
        }
        for (const std::string& f : e.japanese) g->by_japanese_.emplace(f, index);
        g->entries_.push_back(std::move(e));
    }, 2, "english|...<TAB>japanese|...");
    return g;
}

std::shared_ptr<const Glossary> Glossary::of(Analyzer& analyzer) {
    // Keyed by file, so that resources of another data folder get their own glossary.
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const Glossary>> loaded;
    const std::string file = analyzer.resources().paths.data_dir + "/glossary.tsv";
    const std::lock_guard<std::mutex> lock(mutex);
    auto& g = loaded[file];
    if (!g) g = load(file, analyzer);
    return g;
}

const GlossaryEntry* Glossary::english(const std::string& key) const {
    const auto it = by_english_.find(key);
    return it == by_english_.end() ? nullptr : &entries_[it->second];
}

const GlossaryEntry* Glossary::japanese(const std::string& form) const {
    const auto it = by_japanese_.find(form);
    return it == by_japanese_.end() ? nullptr : &entries_[it->second];
}

}  // namespace geofacet
