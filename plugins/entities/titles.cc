#include "entities/titles.h"

#include <fstream>
#include <stdexcept>

namespace geofacet {

std::shared_ptr<const TitleLexicon> TitleLexicon::load(const std::string& file, Segmenter& segmenter) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error(file + ": cannot read the titles");
    auto t = std::make_shared<TitleLexicon>();
    std::string line;
    for (int lineno = 1; std::getline(in, line); ++lineno) {
        if (line.empty() || line[0] == '#') continue;
        const std::size_t tab = line.find('\t');
        const std::string lang = line.substr(0, tab);
        if (tab == std::string::npos || (lang != "en" && lang != "ja") || tab + 1 >= line.size())
            throw std::runtime_error(file + ":" + std::to_string(lineno) + ": expected en|ja<TAB>title");
        t->matcher_.add(pieces_of(segmenter, line.substr(tab + 1)), lang == "en" ? 0 : 1);
    }
    return t;
}

TitleMarks TitleLexicon::mark(const TextView& view) const {
    const std::size_t n = view.pieces.size();
    TitleMarks marks{std::vector<bool>(n, false), std::vector<bool>(n, false), std::vector<bool>(n, false)};
    for (const PhraseMatch& m : matcher_.find(view.pieces)) {
        for (std::size_t i = m.first; i <= m.last; ++i) marks.in_title[i] = true;
        if (m.value == 0 && m.last + 1 < n && !view.pieces[m.last + 1].hard_gap) marks.title_before[m.last + 1] = true;
        if (m.value == 1 && m.first > 0 && !view.pieces[m.first].hard_gap) marks.title_after[m.first - 1] = true;
    }
    return marks;
}

}  // namespace geofacet
