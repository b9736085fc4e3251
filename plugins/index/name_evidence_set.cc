#include "index/name_evidence_set.h"

#include <utility>

#include "schema/schema.h"

namespace geofacet {

namespace {
// Sound key and entry of an XK term without its prefix ("PP|lavrov"), or nothing.
std::pair<std::string, std::string> sound_and_entry(const std::string& term) {
    const std::size_t bar = term.find('|');
    const std::size_t prefix = std::string(schema::kNameSoundPrefix).size();
    if (bar == std::string::npos || bar < prefix) return {};
    return {term.substr(prefix, bar - prefix), term.substr(bar + 1)};
}
}  // namespace

NameEvidenceSet::NameEvidenceSet(const Xapian::Database& db) {
    const std::string latin = schema::kLatinNamePrefix, sound = schema::kNameSoundPrefix;
    for (Xapian::TermIterator t = db.allterms_begin(latin); t != db.allterms_end(latin); ++t)
        keys_.insert((*t).substr(latin.size()));
    std::unordered_map<std::string, std::vector<std::pair<std::string, Xapian::doccount>>> counted;
    for (Xapian::TermIterator t = db.allterms_begin(sound); t != db.allterms_end(sound); ++t) {
        auto [key, entry] = sound_and_entry(*t);
        if (!key.empty()) counted[key].emplace_back(std::move(entry), t.get_termfreq());
    }
    for (auto& [key, entries] : counted) sounds_.emplace(key, SoundSpellings(std::move(entries)));
}

bool NameEvidenceSet::contains(const std::string& key) const {
    std::lock_guard<std::mutex> lock(mutex_);
    return keys_.count(key) > 0;
}

std::vector<std::string> NameEvidenceSet::spellings(const std::string& sound) const {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto it = sounds_.find(sound);
    return it == sounds_.end() ? std::vector<std::string>{} : it->second.most_written();
}

void NameEvidenceSet::add_from(const Xapian::Document& doc) {
    const std::string latin = schema::kLatinNamePrefix, sound = schema::kNameSoundPrefix;
    std::lock_guard<std::mutex> lock(mutex_);
    for (const std::string& prefix : {latin, sound}) {
        Xapian::TermIterator t = doc.termlist_begin();
        t.skip_to(prefix);
        for (; t != doc.termlist_end() && (*t).rfind(prefix, 0) == 0; ++t) {
            if (prefix == latin) {
                keys_.insert((*t).substr(latin.size()));
                continue;
            }
            const auto [key, entry] = sound_and_entry(*t);
            if (!key.empty()) sounds_[key].add(entry);
        }
    }
}

NameEvidence NameEvidenceSet::evidence() {
    return NameEvidence([this](const std::string& key) { return contains(key); },
                        [this](const std::string& sound) { return spellings(sound); });
}

}  // namespace geofacet
