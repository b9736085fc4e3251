#include "entities/actor_extractor.h"

namespace geofacet {

namespace {

// The country the text is about at byte `at`: the nearest country mention before it, else the first after.
const Mention* context_country(const std::vector<Mention>& countries, std::size_t at) {
    const Mention* before = nullptr;
    for (const Mention& c : countries) {
        if (c.facet != Facet::Country) continue;
        if (c.begin < at) {
            if (!before || c.begin > before->begin) before = &c;
        } else if (!before) {
            return &c;
        }
    }
    return before;
}

}  // namespace

void ActorExtractor::extract(const TextView& view, bool query, const std::vector<Mention>& countries,
                             std::vector<Mention>& out) const {
    const TitleMarks titles = titles_->mark(view);
    for (const PhraseMatch& m : gazetteer_->matcher().find(view.pieces, query)) {
        const Piece& first = view.pieces[m.first];
        const Gazetteer::FormRef form = Gazetteer::form(m.value);
        std::uint32_t actor = form.index;
        std::string rule = "gazetteer";
        switch (form.kind) {
            case Gazetteer::FormKind::Not:
                continue;
            case Gazetteer::FormKind::Full:
                break;
            case Gazetteer::FormKind::Short:
                if (!query && !titles.title_before[m.first] && !titles.title_after[m.last]) continue;
                rule = "gazetteer short form beside a title";
                break;
            case Gazetteer::FormKind::Generic: {
                const Mention* country = context_country(countries, first.begin);
                if (!country) continue;
                bool found = false;
                for (std::uint32_t candidate : gazetteer_->generic_candidates(form.index)) {
                    if (gazetteer_->actors()[candidate].country == country->value) {
                        actor = candidate;
                        found = true;
                        break;
                    }
                }
                if (!found) continue;
                rule = "gazetteer generic form, country " + country->value + " from context";
                break;
            }
        }
        out.push_back(view.mention(Facet::Actor, gazetteer_->actors()[actor].id, m.first, m.last, std::move(rule)));
    }
}

}  // namespace geofacet
