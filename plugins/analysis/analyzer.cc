#include "analysis/analyzer.h"

#include <algorithm>

namespace geofacet {

Analyzer::Analyzer(std::shared_ptr<const Resources> resources)
    : resources_(std::move(resources)),
      segmenter_(resources_->mecab),
      terms_(resources_->spellings),
      names_(resources_->names, resources_->korean, resources_->kana_sounds, resources_->taiwan),
      actors_(resources_->gazetteer, resources_->titles, resources_->name_finder, resources_->organisations),
      countries_(resources_->countries),
      percents_(resources_->percent_subjects) {}

Analysis Analyzer::analyse(std::string_view utf8, bool query) {
    Analysis a{NormalisedText(utf8), {}, {}, {}, {}};
    a.tokens = segmenter_.segment(a.normalised);
    a.pieces = make_pieces(a.tokens, a.normalised.text());
    if (!query) a.expressions = resources_->glossary->expressions_in(a.tokens, a.normalised.text());  // read by the index and snippets
    const TextView view = a.view();
    countries_.extract(view, query, a.mentions);
    const std::vector<Mention> countries = a.mentions;
    actors_.extract(view, query, countries, names_, evidence_, a.mentions);
    percents_.extract(a.normalised.text(), a.mentions);
    std::stable_sort(a.mentions.begin(), a.mentions.end(),
                     [](const Mention& x, const Mention& y) { return x.begin < y.begin; });
    return a;
}

ArticleEntities Analyzer::summarise(const std::vector<Mention>& mentions) const {
    ArticleEntities e;
    for (const Mention& m : mentions) e.add(m);
    label(e);
    return e;
}

void Analyzer::label(ArticleEntities& e) const {
    for (FacetValue& v : e.actors) {
        if (const Actor* a = resources_->gazetteer->by_id(v.value)) {
            v.label_en = a->label_en;
            v.label_ja = a->label_ja;
        }  // else: an actor found by its shape keeps the labels of its mentions
    }
    for (FacetValue& v : e.countries) {
        if (const Country* c = resources_->countries->by_code(v.value)) {
            v.label_en = c->label_en;
            v.label_ja = c->label_ja;
        }
    }
    for (FacetValue& v : e.percentages) v.label_en = v.label_ja = v.value + "%";
}

}  // namespace geofacet
