#include "dict/organisation_dictionary.h"

namespace geofacet {

// EDICT's first gloss of `japanese`, "" when EDICT lacks it.
std::string_view OrganisationDictionary::first_edict_gloss(std::string_view japanese) const {
    if (!edict_ja_) return {};
    for (std::string_view rest : edict_ja_->find(japanese)) {
        // "E<TAB>P|Meteorological Agency|JMA": a priority mark, then the glosses.
        if (rest.rfind("E\t", 0) != 0 || rest.find('|') == std::string_view::npos) continue;
        rest.remove_prefix(rest.find('|') + 1);
        return rest.substr(0, rest.find('|'));
    }
    return {};
}

std::string OrganisationDictionary::english(std::string_view japanese) const {
    if (names_)
        for (std::string_view rest : names_->find(japanese))
            if (rest.rfind("O\t", 0) == 0) return std::string(rest.substr(2));
    // Common words are glossed in lower case ("bank"), proper names with a capital; one word alone is no name.
    const std::string_view first = first_edict_gloss(japanese);
    if (!first.empty() && first.front() >= 'A' && first.front() <= 'Z' && first.find(' ') != std::string_view::npos)
        return std::string(first);
    return {};
}

std::vector<std::string> OrganisationDictionary::glosses(std::string_view japanese) const {
    std::vector<std::string> out;
    if (!edict_ja_) return out;
    for (std::string_view rest : edict_ja_->find(japanese)) {
        if (rest.rfind("E\t", 0) != 0 || rest.find('|') == std::string_view::npos) continue;
        rest.remove_prefix(rest.find('|') + 1);
        for (std::size_t bar = rest.find('|');; bar = rest.find('|')) {
            out.emplace_back(rest.substr(0, bar));
            if (bar == std::string_view::npos) break;
            rest.remove_prefix(bar + 1);
        }
    }
    return out;
}

bool OrganisationDictionary::common_word(std::string_view japanese) const {
    const std::string_view first = first_edict_gloss(japanese);
    return !first.empty() && first.front() >= 'a' && first.front() <= 'z';
}

}  // namespace geofacet
