#include "entities/actor_extractor.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "entities/name_finder_scan.h"
#include "entities/person_reading.h"
#include "names/romaji.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

// The country the text is about at byte `at`: the nearest country mention before it, else the first after.
// `countries` are in text order.
const Mention* context_country(const std::vector<const Mention*>& countries, std::size_t at) {
    const auto after = std::lower_bound(countries.begin(), countries.end(), at,
                                        [](const Mention* c, std::size_t pos) { return c->begin < pos; });
    if (after != countries.begin()) return *(after - 1);
    return after == countries.end() ? nullptr : *after;
}

std::string join(const std::vector<std::string>& words, const char* sep) {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : sep) + w;
    return out;
}

// The pieces of tokens `first`..`last` of `view`, as [first piece, last piece].
std::pair<std::size_t, std::size_t> pieces_of_tokens(const TextView& view, std::size_t first, std::size_t last) {
    std::pair<std::size_t, std::size_t> range{0, 0};
    for (std::size_t p = 0; p < view.pieces.size(); ++p) {
        if (view.pieces[p].token == first && (p == 0 || view.pieces[p - 1].token != first)) range.first = p;
        if (view.pieces[p].token == last) range.second = p;
    }
    return range;
}

// An organisation found by its shape: `org-` and its English words, or the romanised reading of its
// Japanese name (`parts`: the canonical readings of each written part) as one word.
Mention organisation_mention(const TextView& view, const NameCandidate& c,
                             const std::vector<std::vector<std::string>>& parts, NameNormaliser& names,
                             const std::unordered_set<std::string>& suffixes) {
    std::string id;
    if (has_japanese(c.parts.front().surface)) {
        for (std::size_t k = 0; k < c.parts.size(); ++k)
            id += c.parts[k].reading.empty() ? parts[k].front() : names.kana_romaji(c.parts[k].reading);
        id = "org-" + id;
    } else {
        std::vector<std::string> words;
        for (const WrittenPart& p : c.parts) words.push_back(p.surface);
        id = organisation_id(words, suffixes);
    }
    Mention m = view.mention(Facet::Actor, id, c.first_piece, c.last_piece, c.cue);
    m.label_ja = has_japanese(m.text) ? m.text : "";
    m.label_en = has_japanese(m.text) ? title_case(id.substr(4)) : name_scan::without_possessive(m.text);
    return m;
}

const std::unordered_set<std::string> kNoSuffixes;

// Candidate `c` as written, its parts joined.
std::string written_name(const NameCandidate& c) {
    std::string out;
    for (const WrittenPart& p : c.parts) out += p.surface;
    return out;
}

// Candidate `c` as the person of `earlier`, the mention that named them in full before.
Mention joined_mention(const TextView& view, const NameCandidate& c, const Mention& earlier) {
    Mention joined = view.mention(Facet::Actor, earlier.value, c.first_piece, c.last_piece,
                                  "family name of " + earlier.text + " earlier in the text");
    joined.name_parts = earlier.name_parts;
    joined.label_en = earlier.label_en;
    joined.label_ja = earlier.label_ja;
    return joined;
}

}  // namespace

// What one call of extract() reads, and what it has found so far.
struct ActorExtractor::Call {
    const TextView& view;
    bool query;
    std::vector<const Mention*> countries;  // the text's country mentions, in text order
    NameNormaliser& names;
    const NameEvidence& evidence;
    std::vector<Mention>& out;
    TitleMarks titles;
    std::vector<bool> covered;         // tokens taken by an actor or a country: no name starts there
    std::vector<bool> country_tokens;  // tokens of a country, which may stand inside an organisation's name
    std::map<std::string, Mention> met;  // family names met so far: a later "Nakatani" or 中谷氏 joins "Gen Nakatani"
    std::map<std::string, Mention> written;  // people the gazetteer lacks by their written name: 金泰植 ... 金泰植氏
    std::set<std::uint32_t> others_family;   // gazetteer family-name forms the text gave someone else ("Tsai Wen-hsiung")
    std::map<std::string, std::size_t> dotted_parts;  // katakana after a name dot inside one word, and where: ノバク

    // Marks the tokens of pieces `first`..`last` taken (or free again).
    void cover(std::size_t first, std::size_t last, bool taken) {
        for (std::size_t p = first; p <= last; ++p) covered[view.pieces[p].token] = taken;
    }
};

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
    Call call{view, query, {}, names, evidence, out, titles_->mark(view),
              std::vector<bool>(view.tokens.size(), false), std::vector<bool>(view.tokens.size(), false), {}, {}, {}, {}};
    for (const Mention& c : countries)
        if (c.facet == Facet::Country) call.countries.push_back(&c);
    std::stable_sort(call.countries.begin(), call.countries.end(),
                     [](const Mention* a, const Mention* b) { return a->begin < b->begin; });
    for (const Mention& c : countries) {
        const auto [first, last] = view.tokens_within(c.begin, c.end);
        for (std::size_t t = first; t < last; ++t) call.covered[t] = call.country_tokens[t] = true;
    }
    for (const Token& t : view.tokens)  // アグニェシュカ・ノバク: MeCab keeps a foreign name written in full one word
        for (std::size_t dot = t.surface.find("\u30FB"); dot != std::string::npos; dot = t.surface.find("\u30FB", dot + 3)) {
            const std::size_t next = t.surface.find("\u30FB", dot + 3);
            call.dotted_parts.emplace(t.surface.substr(dot + 3, next == std::string::npos ? std::string::npos : next - dot - 3), t.begin);
        }
    add_gazetteer_forms(call);
    add_japanese_organisations(call);
    if (query) add_query_names(call);
    add_names_by_shape(call);
    std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    drop_countries_inside_organisations(out, [](const Mention& m) { return m.value.rfind("org-", 0) == 0; });
}

// A mention of `actor`, whose family name later mentions in the text may join.
Mention ActorExtractor::person_mention(Call& call, std::uint32_t actor, std::size_t first, std::size_t last,
                                       std::string rule) const {
    Mention m = call.view.mention(Facet::Actor, gazetteer_->actors()[actor].id, first, last, std::move(rule));
    const ActorName& name = gazetteer_->name_of(actor);
    if (!name.family.empty()) {
        m.name_parts = name.given;
        m.name_parts.insert(m.name_parts.begin(), name.family);
        call.met[name.family] = m;
    }
    return m;
}

// Stage 1: the gazetteer's forms. Every form takes its tokens, also one that names no actor here (a `not`
// phrase, a short form without a title), except those left to the name keys.
void ActorExtractor::add_gazetteer_forms(Call& call) const {
    for (const PhraseMatch& m : gazetteer_->matcher().find(call.view.pieces, call.query)) {
        call.cover(m.first, m.last, true);
        std::uint32_t actor = 0;
        std::string rule;
        if (form_names_actor(call, m, actor, rule))
            call.out.push_back(person_mention(call, actor, m.first, m.last, std::move(rule)));
    }
}

// Whether match `m` of a gazetteer form names an actor here; if so sets `actor` and the `rule` that says why.
bool ActorExtractor::form_names_actor(Call& call, const PhraseMatch& m, std::uint32_t& actor,
                                      std::string& rule) const {
    const Gazetteer::FormRef form = Gazetteer::form(m.value);
    actor = form.index;
    rule = "gazetteer";
    switch (form.kind) {
        case Gazetteer::FormKind::Not:
            return false;
        case Gazetteer::FormKind::Full:
            if (left_to_names(call, m, actor)) {
                if (gazetteer_->actors()[actor].is_person()) call.others_family.insert(m.value);
            } else if (!given_to_another(call, m)) {
                return true;
            }
            call.cover(m.first, m.last, false);  // free for the name keys and names by shape
            return false;
        case Gazetteer::FormKind::Short:
            if (!call.query && !call.titles.title_before[m.first] && !call.titles.title_after[m.last]) {
                // Beside another name word it is someone else's family name ("Chad Whitaker"): free for the names.
                if (family_name_beside_name(call, m)) {
                    call.cover(m.first, m.last, false);
                    call.others_family.insert(m.value);
                }
                return false;
            }
            if (given_to_another(call, m)) {
                call.cover(m.first, m.last, false);
                return false;
            }
            rule = "gazetteer short form beside a title";
            return true;
        case Gazetteer::FormKind::Generic:
            return generic_form_actor(call, m, form.index, actor, rule);
    }
    return false;
}

// A full form that the later stages decide: an organisation's form inside a longer name ("Hyundai" in "HD
// Hyundai Heavy Industries" is another organisation), or a family name alone beside another name word.
bool ActorExtractor::left_to_names(const Call& call, const PhraseMatch& m, std::uint32_t actor) const {
    if (call.query) return false;
    const TextView& view = call.view;
    if (!gazetteer_->actors()[actor].is_person()) {
        // A Japanese form a head word follows is the start of another organisation's name (伊藤忠|総研).
        if (view.pieces[m.last].japanese) return organisations_ && organisations_->head_begins(view.text, view.pieces[m.last].end);
        return inside_longer_name(view, view.pieces[m.first].token, view.pieces[m.last].token, call.covered);
    }
    return !gazetteer_->name_of(actor).family.empty() && family_name_beside_name(call, m);
}

// True when match `m`, a family name alone, is one the text gave another person before ("Tsai Wen-hsiung" ...
// "Mr Tsai", アグニェシュカ・ノバク ... ノバク研究員): the later one is that person's, left to the names by shape.
bool ActorExtractor::given_to_another(const Call& call, const PhraseMatch& m) const {
    if (call.query) return false;
    const auto dotted = call.dotted_parts.find(call.view.slice(call.view.pieces[m.first].begin, call.view.pieces[m.last].end));
    return call.others_family.count(m.value) > 0 ||
           (dotted != call.dotted_parts.end() && dotted->second < call.view.pieces[m.first].begin);
}

// True when match `m` is one word (a token, or tokens joined by hyphens: "al-Kaabi") beside another name
// word: a family name alone ("Nakatani", 中谷, "al-Kaabi") there names someone else, or the same person in
// another order, so the name keys decide (中谷真一 is not 中谷元, "Ishiba Shigeru" is "Shigeru Ishiba").
bool ActorExtractor::family_name_beside_name(const Call& call, const PhraseMatch& m) const {
    const TextView& view = call.view;
    const std::size_t first_token = view.pieces[m.first].token, last_token = view.pieces[m.last].token;
    for (std::size_t t = first_token; t < last_token; ++t)
        if (view.text.compare(view.tokens[t].end, view.tokens[t + 1].begin - view.tokens[t].end, "-") != 0) return false;
    const bool japanese = view.tokens[first_token].kind == TokenKind::Japanese;
    const auto space_only = [&](std::size_t a, std::size_t b) { return view.tokens[b].begin - view.tokens[a].end <= 1; };
    const bool name_before = !japanese && first_token > 0 && space_only(first_token - 1, first_token) &&
                             finder_->name_word(view, first_token - 1) &&
                             !call.titles.in_title[view.pieces[m.first - 1].token == first_token - 1 ? m.first - 1 : m.first];
    // A katakana family name after a name dot ends a foreign name written in full (アグニェシュカ・ノバク).
    const std::size_t begin = view.pieces[m.first].begin;
    const bool dotted = japanese && begin >= 6 && view.text.compare(begin - 3, 3, "\u30FB") == 0 &&
                        all_katakana(view.text.substr(begin - 6, 3));
    if (dotted) return true;
    const bool name_after = last_token + 1 < view.tokens.size() &&
                            (japanese ? view.tokens[last_token + 1].glued : space_only(last_token, last_token + 1)) &&
                            finder_->name_word(view, last_token + 1);
    return name_before || name_after;
}

// The actor of generic group `group` ("Defence Ministry") whose country the text is about at match `m`;
// false when none is.
bool ActorExtractor::generic_form_actor(const Call& call, const PhraseMatch& m, std::uint32_t group,
                                        std::uint32_t& actor, std::string& rule) const {
    const Mention* country = context_country(call.countries, call.view.pieces[m.first].begin);
    const auto& candidates = gazetteer_->generic_candidates(group);
    const auto it = std::find_if(candidates.begin(), candidates.end(), [&](std::uint32_t c) {
        return country && gazetteer_->actors()[c].country == country->value;
    });
    if (it == candidates.end()) return false;
    actor = *it;
    rule = "gazetteer generic form, country " + country->value + " from context";
    return true;
}

// Stage 2, in a query: any free run of one to three words may be a name in any script ("ishiba shigeru",
// "いしば"), the longest first.
void ActorExtractor::add_query_names(Call& call) const {
    const TextView& view = call.view;
    const auto free_run = [&](std::size_t from, std::size_t len) {
        for (std::size_t k = from; k < from + len; ++k)
            if (call.covered[k]) return false;
        return true;
    };
    for (std::size_t i = 0; i < view.tokens.size(); ++i) {
        for (std::size_t len = std::min<std::size_t>(3, view.tokens.size() - i); len >= 1; --len) {
            if (!free_run(i, len)) continue;
            if (len == 1 && family_name_of_longer_name(view, i)) continue;
            const auto people = people_named(view.slice(view.tokens[i].begin, view.tokens[i + len - 1].end), call.names);
            if (people.size() != 1) continue;
            const auto [first, last] = pieces_of_tokens(view, i, i + len - 1);
            call.out.push_back(person_mention(call, people.front(), first, last, "name key"));
            for (std::size_t k = i; k < i + len; ++k) call.covered[k] = true;
            i += len - 1;
            break;
        }
    }
}

// True when Latin word `t` of a query is followed by a name word that is no common English word: "lee
// jae-yong" is not Lee Jae-myung, whose family name alone "lee" would be; "trump tariffs" is Trump.
bool ActorExtractor::family_name_of_longer_name(const TextView& view, std::size_t t) const {
    const auto& tokens = view.tokens;
    if (tokens[t].kind != TokenKind::Word || t + 1 >= tokens.size() || tokens[t + 1].kind != TokenKind::Word) return false;
    const bool joined = tokens[t + 1].begin - tokens[t].end <= 1;
    return joined && !finder_->common_english(tokens[t + 1].surface) &&
           tokens[t + 1].surface.find_first_of("0123456789") == std::string::npos;
}

// Stage 3: names by their shape. Known people by their name keys, the others as actors of their own.
void ActorExtractor::add_names_by_shape(Call& call) const {
    HanContext text;  // which of China and Korea the text names
    for (const Mention* m : call.countries) {
        text.china = text.china || chinese_country(m->value);
        text.korea = text.korea || korean_country(m->value);
    }
    for (const NameCandidate& c : finder_->find(call.view, call.titles, call.covered, call.country_tokens, call.query)) {
        if (!c.organisation && add_han_person(call, c, text)) continue;
        std::vector<std::vector<std::string>> parts;
        for (const WrittenPart& p : c.parts) parts.push_back(call.names.any_part(p.surface, p.reading));
        if (parts.empty() || std::any_of(parts.begin(), parts.end(), [](const auto& p) { return p.empty(); })) continue;
        if (c.organisation)
            call.out.push_back(organisation_mention(call.view, c, parts, call.names,
                                                    organisations_ ? organisations_->suffixes() : kNoSuffixes));
        else if (!add_known_person(call, c, parts) && parts.size() >= 2)
            add_unknown_person(call, c, parts);
    }
}

// True when `words` (name parts, in order) are the last words of a longer name the text named in full before.
bool ActorExtractor::ends_a_name(const Call& call, const std::vector<std::string>& words) {
    const auto met = call.met.find(words.back());
    if (met == call.met.end()) return false;
    const std::vector<std::string>& full = met->second.name_parts;
    return full.size() > words.size() && std::equal(words.rbegin(), words.rend(), full.rbegin());
}

// Adds candidate `c` as a person the text named in full before or the one known person its name key
// names; false when it is neither. `parts`: the canonical readings of each written part.
bool ActorExtractor::add_known_person(Call& call, const NameCandidate& c,
                                      const std::vector<std::vector<std::string>>& parts) const {
    // A Chinese family name with a title joins the Chinese person named before in full (李強 ... 李首相).
    const std::string mandarin = c.parts.size() == 1 ? call.names.mandarin(c.parts[0].surface) : "";
    if (!mandarin.empty() && call.met.count(mandarin)) {
        call.out.push_back(joined_mention(call.view, c, call.met.at(mandarin)));
        return true;
    }
    const auto combos = all_combinations(parts);
    // A family name alone joins the person the text named in full before, known or not ("Professor Choi"
    // after "Choi Eun-ji"), by any of its readings before any other person of that name in the gazetteer
    // (ノバク氏 after アグニェシュカ・ノバク, whom the archive spelled Nowak); so do the last words of a longer
    // name ("Ould Tah" after "Sidi Ould Tah", "Lopez Obrador").
    for (const auto& combo : combos)
        if ((combo.size() == 1 || (!c.family_first && ends_a_name(call, combo))) && call.met.count(combo.back())) {
            call.out.push_back(joined_mention(call.view, c, call.met.at(combo.back())));
            return true;
        }
    for (const auto& combo : combos) {
        const auto* people = combo.size() > 1 ? gazetteer_->by_full_name(name_id(combo))
                                              : (c.titled || call.query) ? gazetteer_->by_family_name(combo[0]) : nullptr;
        if (people && people->size() == 1) {
            call.out.push_back(
                person_mention(call, people->front(), c.first_piece, c.last_piece, "name key (" + c.cue + ")"));
            return true;
        }
    }
    return false;
}

// Adds candidate `c` as a person the gazetteer lacks, with an id in English order and labels from the
// text; a katakana name the archive has seen in Latin script, by its sound, takes that name's id.
void ActorExtractor::add_unknown_person(Call& call, const NameCandidate& c,
                                        const std::vector<std::vector<std::string>>& parts, bool taiwan) const {
    if (const auto joined = join_by_sound(c, call.names, call.evidence)) {
        add_person_joined_by_sound(call, c, *joined);
        return;
    }
    const std::vector<std::string> chosen = unknown_person_reading(c, parts, call.names, call.evidence, *gazetteer_);
    bool mandarin = c.family_first;  // a Chinese name read in Mandarin, family name first in English too
    for (std::size_t k = 0; k < chosen.size(); ++k)
        mandarin = mandarin && !chosen[k].empty() && chosen[k] == call.names.mandarin(c.parts[k].surface);
    const std::string other_order = id_in_other_order(c, call.evidence);
    const std::string id = mandarin ? mandarin_id(c, chosen, taiwan, call.names, call.evidence)
                           : other_order.empty() ? person_id(c, chosen) : other_order;
    Mention m = call.view.mention(Facet::Actor, id, c.first_piece, c.last_piece, "unknown person (" + c.cue + ")");
    std::vector<std::string> western = chosen;  // given names first, as the English press writes them
    if (c.family_first && !mandarin) std::rotate(western.begin(), western.begin() + 1, western.end());
    if (has_japanese(m.text)) {
        m.label_ja = m.text;
        m.label_en = title_case(join(western, " "));
    } else {
        for (const WrittenPart& p : c.parts) m.label_en += (m.label_en.empty() ? "" : " ") + p.surface;
    }
    m.name_parts = chosen;
    remember_person(call, c, std::move(m));
}

// Adds katakana candidate `c` as the person of Latin name `joined`, which it sounds like.
void ActorExtractor::add_person_joined_by_sound(Call& call, const NameCandidate& c, const SoundJoin& joined) const {
    const long known = gazetteer_->index_of(joined.id);
    if (known >= 0) {
        call.out.push_back(person_mention(call, static_cast<std::uint32_t>(known), c.first_piece, c.last_piece,
                                          "sounds like " + joined.written + " (" + c.cue + ")"));
        return;
    }
    Mention m = call.view.mention(Facet::Actor, joined.id, c.first_piece, c.last_piece,
                                  "unknown person, sounds like " + joined.written + " (" + c.cue + ")");
    m.label_ja = m.text;
    m.label_en = title_case(joined.written);
    for (const std::string& word : split_name(joined.written)) m.name_parts.push_back(call.names.latin_part(word));
    remember_person(call, c, std::move(m));
}

// Adds person mention `m` of candidate `c`, whose family name may come back alone later in the text.
void ActorExtractor::remember_person(Call& call, const NameCandidate& c, Mention m) const {
    // English writes Korean and Chinese names family first, Western ones family last: either end may
    // come back alone ("Professor Choi" after "Choi Eun-ji", "Nakatani" after "Gen Nakatani").
    const std::vector<std::string>& parts = m.name_parts;
    call.met[parts[c.family_first ? 0 : parts.size() - 1]] = m;
    call.written[written_name(c)] = m;
    if (!c.family_first) call.met.emplace(parts.front(), m);
    call.out.push_back(std::move(m));
}

}  // namespace geofacet

namespace geofacet {

// Stage 1b: Japanese organisations by their head words (野村証券, 防衛装備庁), before names by shape.
void ActorExtractor::add_japanese_organisations(Call& call) const {
    if (!organisations_) return;
    const auto spans =
        organisations_->find(call.view, call.covered, call.country_tokens, call.titles, call.names, call.evidence);
    for (const OrganisationSpan& o : spans)
        for (std::size_t t = o.first_token; t <= o.last_token; ++t) call.covered[t] = true;
    organisations_->add_mentions(call.view, spans, call.out);
}

}  // namespace geofacet

namespace geofacet {

// Adds candidate `c` as a Chinese or Korean person, read by han_reading (entities/person_reading.h); false
// when it is neither, and then it is read as any other name. Hangul that names no Korean is dropped.
bool ActorExtractor::add_han_person(Call& call, const NameCandidate& c, HanContext context) const {
    const Mention* country = context_country(call.countries, call.view.pieces[c.first_piece].begin);
    context.nearest = country ? country->value : "";
    // The same name written the same way again is the same person, whatever country the text turned to.
    const auto same = c.parts.size() > 1 ? call.written.find(written_name(c)) : call.written.end();
    if (same != call.written.end()) {
        call.out.push_back(joined_mention(call.view, c, same->second));
        return true;
    }
    HanReading r = han_reading(c, context, call.names);
    if (r.mandarin.empty() && r.korean.family.empty() && archived_in_mandarin(c, call.names, call.evidence))
        r.mandarin = {call.names.mandarin(c.parts[0].surface), call.names.mandarin(c.parts[1].surface)};
    if (!r.mandarin.empty()) {
        const std::vector<std::vector<std::string>> parts{{r.mandarin[0]}, {r.mandarin[1]}};
        if (!add_known_person(call, c, parts)) add_unknown_person(call, c, parts, context.nearest == "TW");
        return true;
    }
    if (r.korean.family.empty()) return c.cue == "hangul name";
    if (std::all_of(c.parts.begin(), c.parts.end(), [](const WrittenPart& p) { return all_katakana(p.surface); }) &&
        c.hangul.empty()) {
        if (const auto joined = join_by_sound(c, call.names, call.evidence)) {
            add_person_joined_by_sound(call, c, *joined);
            return true;
        }
    }
    return add_korean_person(call, c, r.korean);
}

// Adds candidate `c`, read as Korean name `r`: the person the text named before, else the gazetteer's,
// else a person the gazetteer lacks with the id korean_choice gives. False when it names nobody.
bool ActorExtractor::add_korean_person(Call& call, const NameCandidate& c, const KoreanReading& r) const {
    if (join_korean_person(call, c, r)) return true;
    if (r.given.empty()) return false;
    const KoreanChoice k = korean_choice(r, call.names, call.evidence);
    Mention m = call.view.mention(Facet::Actor, k.id, c.first_piece, c.last_piece,
                                  "unknown person, Korean reading (" + c.cue + ")");
    m.label_ja = m.text;
    m.label_en = k.label;
    m.name_parts = k.parts;
    remember_person(call, c, std::move(m));
    return true;
}

// Adds candidate `c`, read as Korean name `r`, as the person the text named before with that family name
// and given name (金泰植 ... キム・テシク; a family name alone beside a title: 金会長), or as the one person
// of the gazetteer the name's key names; false when neither.
bool ActorExtractor::join_korean_person(Call& call, const NameCandidate& c, const KoreanReading& r) const {
    for (const std::string& spelling : r.family) {
        const std::string family = call.names.latin_part(spelling);
        const auto met = call.met.find(family);
        if (met == call.met.end()) continue;
        const std::vector<std::string>& before = met->second.name_parts;
        const bool same = r.given.empty() || std::any_of(r.given.begin(), r.given.end(), [&](const std::string& g) {
            return before.size() > 1 && KoreanNames::fold(g) == KoreanNames::fold(before.back());
        });
        if (!same) continue;
        call.out.push_back(joined_mention(call.view, c, met->second));
        return true;
    }
    for (const std::string& family : r.family)
        for (const std::string& given : r.given) {
            const auto* people = gazetteer_->by_full_name(name_id({call.names.latin_part(family), call.names.latin_part(given)}));
            if (!people || people->size() != 1) continue;
            call.out.push_back(person_mention(call, people->front(), c.first_piece, c.last_piece, "name key, Korean reading (" + c.cue + ")"));
            return true;
        }
    return false;
}

}  // namespace geofacet
