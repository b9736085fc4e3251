#include "entities/titles.h"

#include "util/data_file.h"

namespace geofacet {

std::shared_ptr<const TitleLexicon> TitleLexicon::load(const std::string& file, Segmenter& segmenter) {
    auto t = std::make_shared<TitleLexicon>();
    read_data_file(file, [&](const DataRecord& r) {
        const std::string& lang = r.field(0);
        if ((lang != "en" && lang != "ja") || r.field(1).empty()) throw r.error("expected en|ja<TAB>title");
        t->matcher_.add(pieces_of(segmenter, r.field(1)), lang == "en" ? 0 : 1);
    }, 2, "en|ja<TAB>title");
    return t;
}

TitleMarks TitleLexicon::mark(const TextView& view) const {
    const std::size_t n = view.pieces.size();
    TitleMarks marks{std::vector<bool>(n, false), std::vector<bool>(n, false), std::vector<bool>(n, false)};
    // MeCab keeps a name and a title that begins in katakana as one word when a name dot joins them
    // (サード・カアビ・エネルギー|担当国務相): a title may start after a name dot inside a word.
    std::vector<Piece> pieces = view.pieces;
    for (std::size_t i = 1; i < n; ++i)
        if (pieces[i - 1].key == "\u30FB" && pieces[i - 1].token == pieces[i].token) pieces[i].starts = true;
    for (const PhraseMatch& m : matcher_.find(pieces)) {
        for (std::size_t i = m.first; i <= m.last; ++i) marks.in_title[i] = true;
        if (m.value == 0 && m.last + 1 < n && !view.pieces[m.last + 1].hard_gap) marks.title_before[m.last + 1] = true;
        if (m.value == 1 && m.first > 0 && !view.pieces[m.first].hard_gap) marks.title_after[m.first - 1] = true;
    }
    return marks;
}

}  // namespace geofacet
