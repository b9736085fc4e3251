// Names in English text: runs of capitalised words read as people or organisations.
#include "entities/name_finder.h"

#include <algorithm>

#include "names/romaji.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "text/token_term.h"
#include "util/utf8.h"

#include "entities/name_finder_scan.h"

namespace geofacet {

using namespace name_scan;  // NOLINT(google-build-using-namespace): the finder's own helpers

bool NameFinder::common_english(const std::string& word) const {
    if (!english_) return false;
    std::string w = lower(word);
    for (int form = 0; form < 2; ++form) {
        for (std::string_view rest : english_->find(w))
            if (rest.size() >= 2 && rest.substr(rest.size() - 2) == "|w") return true;  // written in lower case
        if (w.size() < 4 || w.back() != 's') break;
        w.pop_back();  // "Earths": the singular is a common word
    }
    return false;
}

bool NameFinder::organisation_head(const std::string& word) const {
    return words_.organisation_heads.count(lower(word)) > 0;
}

void NameFinder::find_english(const Scan& s, std::vector<NameCandidate>& out) const {
    for (std::size_t i = 0; i < s.view.tokens.size(); ++i) {
        if ((s.covered[i] && !s.countries[i]) || !s.capital_word(i) || s.hyphen_glued(i)) continue;
        const std::vector<RunWord> run = capitalised_run(s, i);
        if (run.empty()) continue;
        const auto head = [&](const RunWord& w) { return words_.organisation_heads.count(lower(w.part.surface)) > 0; };
        if (portfolio(s, i)) {
            i = portfolio_holder(s, run, out);
            continue;
        }
        // A country alone is no organisation, whatever describes it ("State Bank of India, the country's largest lender").
        const bool named = std::any_of(run.begin(), run.end(), [](const RunWord& w) { return !w.country; });
        const bool described = named && (described_organisation(s, i) || organisation_described_after(s, run.back().last_token));
        const bool organisation = described || (std::any_of(run.begin(), run.end(), head) && run.size() > 1);
        // "Misaki Shoji ... Ms Shoji": a name whose only head word ends it and comes back after a title.
        const bool person = run.size() <= 3 && std::none_of(run.begin(), run.end() - 1, head) &&
                            s.titled_words.count(lower(run.back().part.surface)) > 0;
        if (organisation && !described && person_of_organisation(s, i, run, out)) {
            i = run.back().last_token;
        } else if (organisation && (described || !person)) {
            out.push_back(english_organisation(s, i, run));
            i = run.back().last_token;
        } else {
            i = english_person(s, i, run, out);
        }
    }
}

// The run of capitalised words from token `i`, with connectors inside ("Center for Strategic and
// International Studies") and country words (which only an organisation keeps); it ends on a capitalised word.
std::vector<NameFinder::RunWord> NameFinder::capitalised_run(const Scan& s, std::size_t i) const {
    const auto& tokens = s.view.tokens;
    std::vector<RunWord> run;
    for (std::size_t t = i; t < tokens.size();) {
        if (t > i && !joined_by_space(s.view.text, tokens[run.back().last_token], tokens[t])) {
            const std::size_t end = tokens[run.back().last_token].end;
            const std::string gap = s.view.text.substr(end, tokens[t].begin - end);
            if (gap == " & ")  // "Technology & Logistics": the "and" the text writes as a sign
                run.push_back(RunWord{WrittenPart{"and", ""}, run.back().last_token, true, false, false});
            else if (gap != ", " || !comma_inside_name(s, run, t))
                break;
        }
        const std::string word = lower(tokens[t].surface);
        const bool is_connector = t > i && words_.connectors.count(word) > 0 && !capitalised(tokens[t]);
        // "Abdulaziz bin Salman", "Saad al-Kaabi": a particle between capitalised parts of a name.
        const bool is_particle = t > i && words_.particles.count(tokens[t].surface) > 0 && s.capital_word(t + 1) &&
                                 joined_by_space(s.view.text, tokens[t], tokens[t + 1]);
        if (!is_connector && !is_particle && (!s.capital_word(t) || (s.covered[t] && !s.countries[t]))) break;
        // "Heavy Industries and Hanwha ..." is two organisations: "and" after a head word ends the first.
        if (is_connector && word == "and" && words_.organisation_heads.count(lower(run.back().part.surface))) break;
        RunWord w{part_of(tokens[t]), t, is_connector, s.countries[t], is_particle};
        while (s.hyphen_glued(w.last_token + 1)) {
            w.part.surface += "-" + tokens[++w.last_token].surface;
            w.particle = false;  // "al-Kaabi" is a name word of its own
        }
        t = w.last_token + 1;
        run.push_back(std::move(w));
    }
    while (!run.empty() && (run.back().connector || run.back().particle)) run.pop_back();
    // "... Agency on Monday": a heading word after a last connector is no part of the name; after "and" it
    // is ("Korea Institute for Industrial Economics and Trade").
    if (run.size() > 2 && run[run.size() - 2].connector && run[run.size() - 2].part.surface != "and" &&
        words_.not_name.count(lower(run.back().part.surface)))
        run.resize(run.size() - 2);
    return run;
}

// True when the ", " before token `t` stands inside an organisation's name: capitalised words, joined by
// spaces or commas, then "and" (or "&") and words ending in a head word ("Acquisition, Technology and Logistics
// Agency"), after a run that holds no head word yet. Looks a dozen tokens ahead at most.
bool NameFinder::comma_inside_name(const Scan& s, const std::vector<RunWord>& run, std::size_t t) const {
    for (const RunWord& w : run)
        if (organisation_head(w.part.surface)) return false;
    const auto& tokens = s.view.tokens;
    bool after_and = false;
    for (std::size_t k = t; k < tokens.size() && k < t + 12; ++k) {
        const std::string word = lower(tokens[k].surface);
        if (!after_and && k > t && word == "and" && !capitalised(tokens[k])) {
            after_and = true;
        } else {
            if (!s.capital_word(k) || (s.covered[k] && !s.countries[k])) return false;
            if (after_and && organisation_head(word)) return true;
        }
        if (k + 1 >= tokens.size()) return false;
        const std::string gap = s.view.text.substr(tokens[k].end, tokens[k + 1].begin - tokens[k].end);
        if (gap == " & " && !after_and)
            after_and = true;
        else if (gap != " " && (gap != ", " || after_and))
            return false;
    }
    return false;
}

// True when tokens `first`..`last` name a place of place-names.txt, whole: "Abu Dhabi", "SAO PAULO".
bool NameFinder::place(const Scan& s, std::size_t first, std::size_t last) const {
    std::string words;
    for (std::size_t t = first; t <= last; ++t)
        if (s.view.tokens[t].kind == TokenKind::Word) words += (words.empty() ? "" : " ") + exact_term(s.view.tokens[t]);
    return words_.places.count(words) > 0;
}

// The organisation that capitalised run `run` from token `i` names. "The", a possessive country
// ("Taipei's Mainland Affairs Council", "South Korea's Ministry of Economy") and the possessive ending of its
// last word ("the University of Zambia's campus") are not part of it.
NameCandidate NameFinder::english_organisation(const Scan& s, std::size_t i, const std::vector<RunWord>& run) {
    std::size_t first = lower(run.front().part.surface) == "the" ? 1 : 0;
    for (std::size_t k = 0; k + 1 < run.size() && run[k].country; ++k) {
        if (!possessive(run[k].part.surface)) continue;
        first = k + 1;
        break;
    }
    NameCandidate c;
    c.first_piece = s.pieces.first[first ? run[first - 1].last_token + 1 : i];
    c.last_piece = s.pieces.last[run.back().last_token];
    for (std::size_t k = first; k < run.size(); ++k) c.parts.push_back(run[k].part);
    c.parts.back().surface = without_possessive(c.parts.back().surface);
    c.titled = s.titles.title_before[s.pieces.first[i]];
    c.organisation = true;
    c.cue = "capitalised organisation";
    return c;
}

// True when name `c`, whose last token is `last`, is a given name that is also a country's and a family name
// that is also an English word, described as a person right after it: "Jordan Pierce, an analyst",
// "Jordan Pierce, who" (not "Chubu Precision Parts, a maker").
bool NameFinder::described_person(const Scan& s, const NameCandidate& c, std::size_t last) const {
    if (c.parts.size() != 2 || !words_.country_given_names.count(lower(c.parts.front().surface))) return false;
    const std::string after = s.view.text.substr(s.view.tokens[last].end, 6);
    return after.rfind(", a ", 0) == 0 || after.rfind(", an ", 0) == 0 || after.rfind(", who ", 0) == 0;
}

// True when tokens `first`..`last`, shaped like a person's name, name a site or a thing: a site word follows
// them ("the Fukushima Daiichi plant") or "the" stands right before them, which a person's name never takes
// ("the Casa Rosada", "the tanker ... the Al Ghariya").
bool NameFinder::site_or_thing(const Scan& s, std::size_t first, std::size_t last) const {
    const auto& tokens = s.view.tokens;
    const bool site = last + 1 < tokens.size() && tokens[last].end + 1 == tokens[last + 1].begin &&
                      !capitalised(tokens[last + 1]) && words_.sites.count(lower(tokens[last + 1].surface)) > 0;
    const bool article = first > 0 && tokens[first - 1].end + 1 == tokens[first].begin && tokens[first - 1].surface == "the";
    return site || article;
}

// True when the capitalised run from token `i` names a ship: it begins with a hull prefix ("BRP Teresa
// Magbanua", "USS Ronald Reagan") or follows a vessel noun one space before it ("the tanker Al Dafna").
bool NameFinder::vessel(const Scan& s, std::size_t i) const {
    const auto& tokens = s.view.tokens;
    if (words_.vessels.count(tokens[i].surface)) return true;
    return i > 0 && words_.vessels.count(lower(tokens[i - 1].surface)) && tokens[i - 1].end + 1 == tokens[i].begin;
}

// True when run `run` from token `i` is a person, "of" and an organisation ("Kenji Morita of the National
// Defense Academy"): the words before "of" hold no head word and read as a person's name. Adds both.
bool NameFinder::person_of_organisation(const Scan& s, std::size_t i, const std::vector<RunWord>& run,
                                        std::vector<NameCandidate>& out) const {
    std::size_t k = 1;
    while (k < run.size() && k <= 3 && !(run[k].connector && run[k].part.surface == "of")) ++k;
    if (k < 2 || k > 3 || k + 1 >= run.size()) return false;
    for (std::size_t w = 0; w < k; ++w)
        if (run[w].connector || run[w].country || organisation_head(run[w].part.surface)) return false;
    const std::size_t before = out.size();
    english_person(s, i, {run.begin(), run.begin() + static_cast<std::ptrdiff_t>(k)}, out);
    if (out.size() == before) return false;
    const std::vector<RunWord> rest(run.begin() + static_cast<std::ptrdiff_t>(k) + 1, run.end());
    if (std::none_of(rest.begin(), rest.end(), [&](const RunWord& w) { return organisation_head(w.part.surface); })) {
        out.pop_back();
        return false;
    }
    out.push_back(english_organisation(s, run[k].last_token + 1, rest));
    return true;
}

// True when the capitalised run from token `i` follows a title and "of" or "for": a minister's portfolio
// ("Minister for Defence Industry Pat Conroy", "Secretary of State Marco Rubio"), not an organisation.
bool NameFinder::portfolio(const Scan& s, std::size_t i) const {
    if (i < 2) return false;
    const std::string between = lower(s.view.tokens[i - 1].surface);
    return (between == "of" || between == "for") && s.titles.in_title[s.pieces.first[i - 2]] &&
           name_scan::capitalised(s.view.tokens[i - 2]);
}

// The holder a portfolio's run ends with: its last two words when it has three or more ("Defence Industry
// | Pat Conroy"), read as a person. Returns the run's last token.
std::size_t NameFinder::portfolio_holder(const Scan& s, const std::vector<RunWord>& run,
                                         std::vector<NameCandidate>& out) const {
    const std::size_t n = run.size();
    if (n < 3 || run[n - 2].connector || run[n - 3].connector) return run.back().last_token;
    english_person(s, run[n - 3].last_token + 1, {run[n - 2], run[n - 1]}, out);
    return run.back().last_token;
}

// True when the capitalised run from token `i` follows, one space after it, a lower-case word for what an
// organisation does: "the shipbuilder Austal", "the planemaker Embraer".
bool NameFinder::described_organisation(const Scan& s, std::size_t i) const {
    const auto& tokens = s.view.tokens;
    if (i == 0 || tokens[i - 1].end + 1 != tokens[i].begin || capitalised(tokens[i - 1])) return false;
    return words_.organisation_nouns.count(lower(tokens[i - 1].surface)) > 0;
}

// True when a description of an organisation follows token `last` after a comma: ", the German ammunition
// maker,", ", a Chinese lithium company." (an article, up to four words, a word of organisation-nouns.txt ending
// the description). "Kenji Ito, a bank executive" is a person: the noun must end it.
bool NameFinder::organisation_described_after(const Scan& s, std::size_t last) const {
    const auto& tokens = s.view.tokens;
    const auto gap = [&](std::size_t t) { return s.view.slice(tokens[t].end, t + 1 < tokens.size() ? tokens[t + 1].begin : tokens[t].end); };
    if (last + 2 >= tokens.size() || gap(last) != ", ") return false;
    const std::string article = tokens[last + 1].surface;
    if (article != "the" && article != "a" && article != "an") return false;
    for (std::size_t t = last + 2; t < tokens.size() && t < last + 7 && gap(t - 1) == " "; ++t) {
        if (!words_.organisation_nouns.count(lower(tokens[t].surface))) continue;
        const std::string after = gap(t);
        const std::string next = t + 1 < tokens.size() ? lower(tokens[t + 1].surface) : "";
        return after.empty() || after[0] == ',' || after[0] == '.' || after[0] == ';' ||
               (after == " " && (next == "in" || next == "that" || next == "which" || next == "based" || next == "with"));
    }
    return false;
}

// The person that capitalised run `run` from token `i` may name: its name words after any words that are
// no name ("Whether Pezeshkian"), up to the first connector, country word, word that is no name or
// possessive ("Pezeshkian's", which ends the name and is not part of it), when they are one to three words
// after a title, or end in a word that is no common English word and follow no place preposition.
// Returns the last token looked at.
std::size_t NameFinder::english_person(const Scan& s, std::size_t i, const std::vector<RunWord>& run,
                                       std::vector<NameCandidate>& out) const {
    if (vessel(s, i)) return run.back().last_token;
    const auto name_word = [&](const RunWord& w) {
        return !w.connector && !w.country && !words_.not_name.count(lower(w.part.surface));
    };
    std::size_t from = 0;
    while (from < run.size() && !run[from].connector && !run[from].country && !name_word(run[from])) ++from;
    std::size_t n = from;
    while (n < run.size() && name_word(run[n]) && !possessive(run[n].part.surface)) ++n;
    if (n < run.size() && name_word(run[n])) ++n;  // the possessive word, without its 's
    const auto particles = std::count_if(run.begin() + static_cast<std::ptrdiff_t>(from),
                                         run.begin() + static_cast<std::ptrdiff_t>(n), [](const RunWord& w) { return w.particle; });
    if (n == from || n - from - static_cast<std::size_t>(particles) > 3) return run.back().last_token;
    const std::size_t first_token = from == 0 ? i : run[from - 1].last_token + 1;
    if (place(s, first_token, run[n - 1].last_token) || site_or_thing(s, first_token, run[n - 1].last_token))
        return run[n - 1].last_token;
    NameCandidate c;
    c.first_piece = s.pieces.first[first_token];
    c.last_piece = s.pieces.last[run[n - 1].last_token];
    for (std::size_t k = from; k < n; ++k) c.parts.push_back(run[k].part);
    c.parts.back().surface = without_possessive(c.parts.back().surface);
    c.titled = s.titles.title_before[s.pieces.first[first_token]];
    const auto& tokens = s.view.tokens;
    const std::string before = first_token > 0 ? lower(tokens[first_token - 1].surface) : "";
    const bool after_place_word = first_token > 0 && words_.place_prepositions.count(before) &&
                                  tokens[first_token - 1].end + 1 == tokens[first_token].begin;
    if (c.titled)
        c.cue = "after a title";
    else if ((!common_english(c.parts.back().surface) || s.titled_words.count(lower(c.parts.back().surface)) ||
              described_person(s, c, run[n - 1].last_token)) &&
             !after_place_word)
        c.cue = n - from > 1 ? "capitalised name" : "capitalised word";  // one word alone only joins a name met before
    else
        return run[n - 1].last_token;
    out.push_back(std::move(c));
    return run[n - 1].last_token;
}

}  // namespace geofacet
