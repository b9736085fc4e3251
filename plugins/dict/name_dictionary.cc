#include "dict/name_dictionary.h"

#include "text/kana_fold.h"
#include "util/split.h"

namespace geofacet {

std::shared_ptr<const NameDictionary> NameDictionary::open(const std::string& path) {
    return std::shared_ptr<const NameDictionary>(new NameDictionary(SortedTsv::open(path)));
}

std::vector<NameReading> NameDictionary::readings(std::string_view name) const {
    std::vector<NameReading> out;
    for (std::string_view rest : file_->find(name)) {
        if (rest.rfind("R\t", 0) != 0) continue;
        rest.remove_prefix(2);
        const std::size_t slash = rest.rfind('/');
        out.push_back(NameReading{std::string(rest.substr(0, slash)),
                                  slash == std::string_view::npos ? "" : std::string(rest.substr(slash + 1))});
    }
    return out;
}

std::vector<std::string> NameDictionary::latin(std::string_view katakana) const {
    std::vector<std::string> out;
    for (std::string_view rest : file_->find(fold_katakana_variants(katakana))) {
        if (rest.rfind("L\t", 0) != 0) continue;
        rest.remove_prefix(2);
        for (std::string& spelling : split(rest, '|')) out.push_back(std::move(spelling));
    }
    return out;
}

}  // namespace geofacet
