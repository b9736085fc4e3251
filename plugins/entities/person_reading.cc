#include "entities/person_reading.h"

#include <algorithm>

namespace geofacet {

namespace {

// The first combination of `options` (at most `limit` tried) whose whole name the archive has seen
// written in Latin script; empty when none.
std::vector<std::string> confirmed(const std::vector<std::vector<std::string>>& options, std::size_t limit,
                                   const NameEvidence& evidence) {
    for (const auto& combo : all_combinations(options, limit))
        if (evidence(name_id(combo))) return combo;
    return {};
}

// The reading the archive confirms: 中谷一郎 reads Nakadani when an English article wrote "Ichiro
// Nakadani". The characters' readings are tried only when the dictionaries' fail, since they are many.
std::vector<std::string> reading_by_evidence(const NameCandidate& name,
                                             const std::vector<std::vector<std::string>>& options,
                                             NameNormaliser& names, const NameEvidence& evidence) {
    std::vector<std::string> chosen = confirmed(options, 256, evidence);
    if (!chosen.empty()) return chosen;
    std::vector<std::vector<std::string>> widened = options;
    for (std::size_t k = 0; k < options.size(); ++k)
        for (std::string& r : names.combined_readings(name.parts[k].surface))
            if (std::find(widened[k].begin(), widened[k].end(), r) == widened[k].end()) widened[k].push_back(r);
    return widened != options ? confirmed(widened, 1024, evidence) : chosen;
}

// Without evidence: MeCab's reading in context (each part's first); a family name MeCab did not read takes
// the reading a known family name confirms.
std::vector<std::string> reading_by_default(const NameCandidate& name,
                                            const std::vector<std::vector<std::string>>& options,
                                            const Gazetteer& gazetteer) {
    // The family name: the first part of a Japanese name, the last of an English one.
    const std::size_t family = name.family_first ? 0 : options.size() - 1;
    std::vector<std::string> chosen;
    for (std::size_t k = 0; k < options.size(); ++k) {
        const auto& part = options[k];
        const auto known = std::find_if(part.begin(), part.end(),
                                        [&](const std::string& o) { return gazetteer.by_family_name(o) != nullptr; });
        const bool mecab_read = !name.parts[k].reading.empty();
        chosen.push_back(k == family && !mecab_read && known != part.end() ? *known : part.front());
    }
    return chosen;
}

}  // namespace

std::vector<std::string> unknown_person_reading(const NameCandidate& name,
                                                const std::vector<std::vector<std::string>>& options,
                                                NameNormaliser& names, const NameEvidence& evidence,
                                                const Gazetteer& gazetteer) {
    std::vector<std::string> chosen;
    if (evidence) chosen = reading_by_evidence(name, options, names, evidence);
    return chosen.empty() ? reading_by_default(name, options, gazetteer) : chosen;
}

}  // namespace geofacet
