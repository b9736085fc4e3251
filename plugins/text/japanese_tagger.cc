#include "text/japanese_tagger.h"

#include <mecab.h>

#include <stdexcept>

#include "util/utf8.h"

namespace geofacet {

namespace {

// Splits MeCab's comma-separated feature string (IPADIC: pos×4, conjugation×2, base, reading, pronunciation).
std::vector<std::string_view> split_features(const char* feature) {
    std::vector<std::string_view> fields;
    std::string_view f(feature);
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = f.find(',', start);
        fields.push_back(f.substr(start, comma == std::string_view::npos ? f.npos : comma - start));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return fields;
}

// Compounds shorter than this are not decomposed.
constexpr std::size_t kMinCompoundChars = 3;

}  // namespace

std::shared_ptr<const MecabModel> MecabModel::load(const std::string& dicdir) {
    const std::string arg = "-d " + dicdir;
    MeCab::Model* model = MeCab::createModel(arg.c_str());
    if (!model)
        throw std::runtime_error("cannot load the MeCab dictionary in " + dicdir + ": " + MeCab::getLastError() +
                                 " (install mecab-ipadic-utf8)");
    return std::shared_ptr<const MecabModel>(new MecabModel(model, dicdir));
}

MecabModel::~MecabModel() { delete model_; }

JapaneseTagger::JapaneseTagger(std::shared_ptr<const MecabModel> model)
    : model_(std::move(model)), tagger_(model_->model().createTagger()), lattice_(model_->model().createLattice()) {
    if (!tagger_ || !lattice_) throw std::runtime_error("cannot create a MeCab tagger for " + model_->dicdir());
}

JapaneseTagger::~JapaneseTagger() {
    delete lattice_;
    delete tagger_;
}

std::vector<Morpheme> JapaneseTagger::tag(std::string_view text) {
    std::vector<Morpheme> out;
    if (text.empty()) return out;
    const std::string sentence(text);
    lattice_->set_sentence(sentence.c_str(), sentence.size());
    if (!tagger_->parse(lattice_)) throw std::runtime_error(std::string("MeCab: ") + lattice_->what());
    for (const MeCab::Node* n = lattice_->bos_node(); n; n = n->next) {
        if (n->stat == MECAB_BOS_NODE || n->stat == MECAB_EOS_NODE || n->length == 0) continue;
        Morpheme m;
        m.begin = static_cast<std::size_t>(n->surface - lattice_->sentence());
        m.end = m.begin + n->length;
        m.known = n->stat != MECAB_UNK_NODE;
        const auto f = split_features(n->feature);
        for (std::size_t k = 0; k < 4 && k < f.size(); ++k) {
            if (k) m.pos += ',';
            m.pos += f[k];
        }
        const std::string_view surface(sentence.data() + m.begin, n->length);
        m.base = (f.size() > 6 && f[6] != "*") ? std::string(f[6]) : std::string(surface);
        if (f.size() > 7 && f[7] != "*") m.reading = std::string(f[7]);
        if (m.known && m.is("名詞") && utf8::length(surface) >= kMinCompoundChars) find_parts(m);
        out.push_back(std::move(m));
    }
    return out;
}

// Greedy longest-prefix cover of the compound with dictionary words from the lattice, as Kuromoji's
// search mode does: 日本人 → 日本 + 人, 国防総省 → 国防 + 総省. Only whole covers are kept, so that
// 本人 is never found inside 日本人.
void JapaneseTagger::find_parts(Morpheme& m) {
    std::vector<std::pair<std::size_t, std::size_t>> cover;
    std::size_t pos = m.begin;
    while (pos < m.end) {
        std::size_t best = 0;
        for (const MeCab::Node* b = lattice_->begin_nodes(pos); b; b = b->bnext) {
            if (b->stat != MECAB_NOR_NODE) continue;
            const std::size_t len = b->length;
            if (pos + len > m.end || (pos == m.begin && pos + len == m.end)) continue;
            if (len > best) best = len;
        }
        if (best == 0) return;  // no dictionary word here: leave the compound whole
        cover.emplace_back(pos, pos + best);
        pos += best;
    }
    m.parts = std::move(cover);
}

}  // namespace geofacet
