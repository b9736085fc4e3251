#include "entities/actor_extractor.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "names/romaji.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/utf8.h"

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

std::string join(const std::vector<std::string>& words, const char* sep) {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : sep) + w;
    return out;
}

// An id for an organisation found by its shape: its romanised or English words, hyphenated.
std::string organisation_id(const std::vector<std::string>& words) {
    std::string id;
    for (const std::string& w : words) {
        if (w.find_first_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == std::string::npos) continue;
        for (char c : w) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) id += c;
            else if (c >= 'A' && c <= 'Z') id += static_cast<char>(c - 'A' + 'a');
        }
        id += '-';
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    return id;
}

}  // namespace

// True when an English organisation's form stands inside a longer capitalised name: a name word right
// before it ("HD Hyundai"), or capitalised words after it ending in an organisation's head word
// ("Hyundai Heavy Industries").
bool ActorExtractor::inside_longer_name(const TextView& view, std::size_t first, std::size_t last,
                                        const std::vector<bool>& covered) const {
    const auto& tokens = view.tokens;
    if (tokens[first].kind != TokenKind::Word) return false;
    const auto space_only = [&](std::size_t a, std::size_t b) { return tokens[b].begin == tokens[a].end + 1 &&
                                                                       view.text[tokens[a].end] == ' '; };
    if (first > 0 && !covered[first - 1] && space_only(first - 1, first) && finder_->name_word(view, first - 1) &&
        !finder_->common_english(tokens[first - 1].surface) &&
        tokens[first - 1].surface.find('\'') == std::string::npos && tokens[first - 1].surface.find("\u2019") == std::string::npos)
        return true;
    for (std::size_t t = last + 1; t < tokens.size() && t <= last + 3 && space_only(t - 1, t); ++t) {
        if (tokens[t].kind != TokenKind::Word || !std::isupper(static_cast<unsigned char>(tokens[t].surface[0]))) break;
        if (finder_->organisation_head(tokens[t].surface)) return true;
    }
    return false;
}

std::vector<std::uint32_t> ActorExtractor::people_named(const std::string& text, NameNormaliser& names) const {
    const std::vector<std::string> written = split_name(text);
    if (written.empty() || written.size() > 4) return {};
    std::vector<std::vector<std::string>> parts;
    for (const std::string& w : written) parts.push_back(names.any_part(w));
    std::vector<std::uint32_t> out;
    for (const auto& combo : all_combinations(parts)) {
        const auto* people = combo.size() > 1 ? gazetteer_->by_full_name(name_id(combo)) : gazetteer_->by_family_name(combo[0]);
        if (people)
            for (std::uint32_t p : *people)
                if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
    }
    return out;
}

void ActorExtractor::extract(const TextView& view, bool query, const std::vector<Mention>& countries,
                             NameNormaliser& names, const NameEvidence& evidence, std::vector<Mention>& out) const {
    const TitleMarks titles = titles_->mark(view);
    std::vector<bool> covered(view.tokens.size(), false), country_tokens(view.tokens.size(), false);
    for (const Mention& c : countries)
        for (std::size_t t = 0; t < view.tokens.size(); ++t)
            if (view.tokens[t].begin >= c.begin && view.tokens[t].end <= c.end) covered[t] = country_tokens[t] = true;
    // Family names already met in this text (a later "Nakatani" or 中谷氏 joins "Gen Nakatani").
    std::map<std::string, Mention> met;
    const auto person_mention = [&](std::uint32_t actor, std::size_t first, std::size_t last, std::string rule) {
        Mention m = view.mention(Facet::Actor, gazetteer_->actors()[actor].id, first, last, std::move(rule));
        const ActorName& name = gazetteer_->name_of(actor);
        if (!name.family.empty()) {
            m.name_parts = name.given;
            m.name_parts.insert(m.name_parts.begin(), name.family);
            met[name.family] = m;
        }
        return m;
    };

    // 1. The gazetteer's forms.
    for (const PhraseMatch& m : gazetteer_->matcher().find(view.pieces, query)) {
        for (std::size_t p = m.first; p <= m.last; ++p) covered[view.pieces[p].token] = true;
        const Gazetteer::FormRef form = Gazetteer::form(m.value);
        std::uint32_t actor = form.index;
        std::string rule = "gazetteer";
        switch (form.kind) {
            case Gazetteer::FormKind::Not:
                continue;
            case Gazetteer::FormKind::Full: {
                // A family name alone ("Nakatani", 中谷) beside another name word names someone else, or the
                // same person in another order: the name keys below decide (中谷真一 is not 中谷元).
                const ActorName& name = gazetteer_->name_of(actor);
                const std::size_t first_token = view.pieces[m.first].token, last_token = view.pieces[m.last].token;
                if (!query && !gazetteer_->actors()[actor].is_person() && inside_longer_name(view, first_token, last_token, covered)) {
                    for (std::size_t p = m.first; p <= m.last; ++p) covered[view.pieces[p].token] = false;
                    continue;  // "Hyundai" in "HD Hyundai Heavy Industries": another organisation
                }
                if (!name.family.empty() && first_token == last_token && !query) {
                    const Token& t = view.tokens[first_token];
                    const bool japanese = t.kind == TokenKind::Japanese;
                    const auto space_only = [&](std::size_t a, std::size_t b) {
                        return view.tokens[b].begin - view.tokens[a].end <= 1;
                    };
                    const bool name_before = !japanese && first_token > 0 && space_only(first_token - 1, first_token) &&
                                             finder_->name_word(view, first_token - 1) &&
                                             !titles.in_title[view.pieces[m.first - 1].token == first_token - 1 ? m.first - 1 : m.first];
                    const bool name_after = last_token + 1 < view.tokens.size() &&
                                            (japanese ? view.tokens[last_token + 1].glued : space_only(last_token, last_token + 1)) &&
                                            finder_->name_word(view, last_token + 1);
                    if (name_before || name_after) {
                        for (std::size_t p = m.first; p <= m.last; ++p) covered[view.pieces[p].token] = false;
                        continue;
                    }
                }
                break;
            }
            case Gazetteer::FormKind::Short:
                if (!query && !titles.title_before[m.first] && !titles.title_after[m.last]) continue;
                rule = "gazetteer short form beside a title";
                break;
            case Gazetteer::FormKind::Generic: {
                const Mention* country = context_country(countries, view.pieces[m.first].begin);
                const auto& candidates = gazetteer_->generic_candidates(form.index);
                const auto it = std::find_if(candidates.begin(), candidates.end(), [&](std::uint32_t c) {
                    return country && gazetteer_->actors()[c].country == country->value;
                });
                if (it == candidates.end()) continue;
                actor = *it;
                rule = "gazetteer generic form, country " + country->value + " from context";
                break;
            }
        }
        out.push_back(person_mention(actor, m.first, m.last, std::move(rule)));
    }

    // 2. In a query, any run of one to three words may be a name in any script ("ishiba shigeru", "いしば").
    if (query) {
        for (std::size_t i = 0; i < view.tokens.size(); ++i) {
            for (std::size_t len = std::min<std::size_t>(3, view.tokens.size() - i); len >= 1; --len) {
                bool free = true;
                for (std::size_t k = i; k < i + len; ++k) free = free && !covered[k];
                if (!free) continue;
                const std::string span = view.slice(view.tokens[i].begin, view.tokens[i + len - 1].end);
                const auto people = people_named(span, names);
                if (people.size() != 1) continue;
                std::size_t first = 0, last = 0;
                for (std::size_t p = 0; p < view.pieces.size(); ++p) {
                    if (view.pieces[p].token == i && (p == 0 || view.pieces[p - 1].token != i)) first = p;
                    if (view.pieces[p].token == i + len - 1) last = p;
                }
                out.push_back(person_mention(people.front(), first, last, "name key"));
                for (std::size_t k = i; k < i + len; ++k) covered[k] = true;
                i += len - 1;
                break;
            }
        }
    }

    // 3. Names by their shape: known people by their name keys, the others as actors of their own.
    for (const NameCandidate& c : finder_->find(view, titles, covered, country_tokens)) {
        std::vector<std::vector<std::string>> parts;
        for (const WrittenPart& p : c.parts) parts.push_back(names.any_part(p.surface, p.reading));
        if (parts.empty() || std::any_of(parts.begin(), parts.end(), [](const auto& p) { return p.empty(); })) continue;
        if (c.organisation) {
            // English: the words as written; Japanese: the romanised reading, as one word.
            std::string id;
            if (has_japanese(c.parts.front().surface)) {
                for (const WrittenPart& p : c.parts)
                    id += p.reading.empty() ? parts[&p - &c.parts[0]].front() : names.kana_romaji(p.reading);
            } else {
                std::vector<std::string> words;
                for (const WrittenPart& p : c.parts) words.push_back(strip_latin_diacritics(p.surface));
                id = organisation_id(words);
            }
            Mention m = view.mention(Facet::Actor, "org-" + id, c.first_piece, c.last_piece, c.cue);
            m.label_ja = has_japanese(m.text) ? m.text : "";
            m.label_en = has_japanese(m.text) ? title_case(id) : m.text;
            out.push_back(std::move(m));
            continue;
        }
        // The family name: the first part of a Japanese name, the last of an English one.
        const std::size_t family = c.family_first ? 0 : parts.size() - 1;
        bool done = false;
        for (const auto& combo : all_combinations(parts)) {
            // A family name alone joins the person the text named in full before, known or not ("Professor
            // Choi" after "Choi Eun-ji"), before any other person of that name in the gazetteer.
            if (combo.size() == 1 && met.count(combo[0])) {
                Mention m = met.at(combo[0]);
                Mention joined = view.mention(Facet::Actor, m.value, c.first_piece, c.last_piece,
                                              "family name of " + m.text + " earlier in the text");
                joined.name_parts = m.name_parts;
                joined.label_en = m.label_en;
                joined.label_ja = m.label_ja;
                out.push_back(std::move(joined));
                done = true;
                break;
            }
            const auto* people = combo.size() > 1 ? gazetteer_->by_full_name(name_id(combo))
                                                  : (c.titled || query) ? gazetteer_->by_family_name(combo[0]) : nullptr;
            if (people && people->size() == 1) {
                out.push_back(person_mention(people->front(), c.first_piece, c.last_piece, "name key (" + c.cue + ")"));
                done = true;
                break;
            }
        }
        if (done || parts.size() < 2) continue;
        // A person the gazetteer lacks. Its reading: the one under which the archive has seen the whole name
        // written in Latin script (among the dictionary's readings, then among readings put together from
        // the characters: 中谷一郎 reads Nakadani when an English article wrote "Ichiro Nakadani"); else
        // MeCab's reading in context; without one, the reading a known family name confirms.
        std::vector<std::string> chosen;
        const auto confirmed = [&](const std::vector<std::vector<std::string>>& options, std::size_t limit) {
            for (const auto& combo : all_combinations(options, limit))
                if (evidence(name_id(combo))) return combo;
            return std::vector<std::string>{};
        };
        if (evidence) {
            chosen = confirmed(parts, 256);
            if (chosen.empty()) {  // the characters' readings only when the dictionaries' fail
                std::vector<std::vector<std::string>> widened = parts;
                for (std::size_t k = 0; k < parts.size(); ++k)
                    for (std::string& r : names.combined_readings(c.parts[k].surface))
                        if (std::find(widened[k].begin(), widened[k].end(), r) == widened[k].end()) widened[k].push_back(r);
                if (widened != parts) chosen = confirmed(widened, 1024);
            }
        }
        if (chosen.empty()) {
            for (std::size_t k = 0; k < parts.size(); ++k) {
                const auto& options = parts[k];
                const auto known = std::find_if(options.begin(), options.end(),
                                                [&](const std::string& o) { return gazetteer_->by_family_name(o) != nullptr; });
                const bool mecab_read = !c.parts[k].reading.empty();
                chosen.push_back(k == family && !mecab_read && known != options.end() ? *known : options.front());
            }
        }
        Mention m = view.mention(Facet::Actor, name_id(chosen), c.first_piece, c.last_piece, "unknown person (" + c.cue + ")");
        std::vector<std::string> western = chosen;  // given names first, as the English press writes them
        if (c.family_first) std::rotate(western.begin(), western.begin() + 1, western.end());
        if (has_japanese(m.text)) {
            m.label_ja = m.text;
            m.label_en = title_case(join(western, " "));
        } else {
            m.label_en = m.text;
        }
        m.name_parts = chosen;
        // English writes Korean and Chinese names family first, Western ones family last: either end may
        // come back alone ("Professor Choi" after "Choi Eun-ji", "Nakatani" after "Gen Nakatani").
        met[chosen[family]] = m;
        if (!c.family_first) met.emplace(chosen.front(), m);
        out.push_back(std::move(m));
    }
    std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace geofacet
