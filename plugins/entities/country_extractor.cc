#include "entities/country_extractor.h"

#include <algorithm>
#include <set>

#include "text/script.h"
#include "text/token_term.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

bool capitalised(const Token& t) {
    const unsigned char c = static_cast<unsigned char>(t.surface[0]);
    return t.kind == TokenKind::Word && c >= 'A' && c <= 'Z';
}

std::string first_char(const std::string& s) {
    std::size_t i = 0;
    utf8::next(s, i);
    return s.substr(0, i);
}

}  // namespace

bool CountryExtractor::rejected_by_caveat(const TextView& view, std::size_t ti) const {
    const Token& t = view.tokens[ti];
    if (t.kind != TokenKind::Word) return false;
    const CountryCaveat* caveat = lexicon_->caveat(exact_term(t));
    if (!caveat) return false;
    const auto& tokens = view.tokens;
    if (caveat->given_name) {
        // "Michael Jordan", "Chad Smith": a capitalised name word right beside it, no punctuation between.
        const auto only_space = [&](std::size_t from, std::size_t to) {
            for (std::size_t i = from; i < to; ++i)
                if (view.text[i] != ' ') return false;
            return true;
        };
        if (ti > 0 && capitalised(tokens[ti - 1]) && only_space(tokens[ti - 1].end, t.begin) &&
            !lexicon_->cues().function_words.count(exact_term(tokens[ti - 1])))
            return true;
        if (ti + 1 < tokens.size() && capitalised(tokens[ti + 1]) && only_space(t.end, tokens[ti + 1].begin))
            return true;
        // "my brother Chad", "the farmer Chad": a word for a person right before it.
        if (ti > 0 && tokens[ti - 1].kind == TokenKind::Word && only_space(tokens[ti - 1].end, t.begin) &&
            lexicon_->cues().person_nouns.count(exact_term(tokens[ti - 1])))
            return true;
        // "the farmer, Chad, said": set apart by commas as an apposition.
        const bool comma_before = t.begin >= 2 && view.text.compare(t.begin - 2, 2, ", ") == 0;
        const bool comma_after = t.end < view.text.size() && view.text[t.end] == ',';
        if (comma_before && comma_after && ti > 0 && !capitalised(tokens[ti - 1])) return true;
    }
    if (!caveat->cues.empty()) {
        constexpr std::size_t kWindow = 8;
        const std::size_t from = ti > kWindow ? ti - kWindow : 0;
        const std::size_t to = std::min(tokens.size(), ti + kWindow + 1);
        for (std::size_t i = from; i < to; ++i) {
            if (i == ti || tokens[i].kind != TokenKind::Word) continue;
            if (std::find(caveat->cues.begin(), caveat->cues.end(), exact_term(tokens[i])) != caveat->cues.end())
                return true;
        }
    }
    return false;
}

// True when match `m`, the katakana name of country `code` that is also a given name, begins a foreign
// person's name: a name dot and a katakana word that is no country follow it (チャド・オティエノ, ジョージア・
// ホイットフィールド; not ロシア・ウクライナ).
bool CountryExtractor::given_name_in_katakana(const TextView& view, const PhraseMatch& m, const std::string& code,
                                              const std::vector<PhraseMatch>& matches) const {
    if (!view.pieces[m.first].japanese || !lexicon_->given_name_country(code)) return false;
    const std::size_t end = view.pieces[m.last].end;
    if (!all_katakana(view.slice(view.pieces[m.first].begin, end)) || view.text.compare(end, 3, "\u30FB") != 0)
        return false;
    // The name dot may be a piece of its own or a gap between pieces.
    std::size_t next = m.last + 1;
    if (next < view.pieces.size() && view.pieces[next].begin < end + 3) ++next;
    if (next >= view.pieces.size() || view.pieces[next].begin != end + 3 || !all_katakana(view.pieces[next].key)) return false;
    return std::none_of(matches.begin(), matches.end(), [&](const PhraseMatch& other) { return other.first == next; });
}

void CountryExtractor::extract(const TextView& view, bool query, std::vector<Mention>& out) const {
    const std::vector<PhraseMatch> matches = lexicon_->matcher().find(view.pieces, query);
    // One sense per text: when one "Jordan" is a person (or one "Georgia" the US state), all are.
    std::set<std::string> rejected, doc_checked;
    for (const PhraseMatch& m : matches) {
        const Piece& first = view.pieces[m.first];
        if (m.first != m.last || first.japanese || rejected.count(first.key)) continue;
        const CountryCaveat* caveat = lexicon_->caveat(first.key);
        if (!caveat) continue;
        // Cues anywhere in the text ("Atlanta" for Georgia) are looked for once per form.
        if (doc_checked.insert(first.key).second && !caveat->doc_cues.empty()) {
            const bool cue = std::any_of(view.tokens.begin(), view.tokens.end(), [&](const Token& t) {
                return t.kind == TokenKind::Word &&
                       std::find(caveat->doc_cues.begin(), caveat->doc_cues.end(), exact_term(t)) != caveat->doc_cues.end();
            });
            if (cue) {
                rejected.insert(first.key);
                continue;
            }
        }
        if (rejected_by_caveat(view, first.token)) rejected.insert(first.key);
    }
    for (const PhraseMatch& m : matches) {
        const std::uint32_t country = lexicon_->form_country(m.value);
        if (country == CountryLexicon::kNoCountry) continue;  // a phrase that is not a country
        const Piece& first = view.pieces[m.first];
        if (m.first == m.last && !first.japanese && rejected.count(first.key)) continue;
        if (given_name_in_katakana(view, m, lexicon_->countries()[country].code, matches)) continue;
        out.push_back(view.mention(Facet::Country, lexicon_->countries()[country].code, m.first, m.last,
                                   form_kind_name(lexicon_->form_kind(m.value))));
    }
    extract_abbreviations(view, out);
}

// One-character abbreviations (米, 日, 中 ...) are countries only in the company of other abbreviations
// (日米, 米中, 英仏独), after a prefix such as 訪 or 来 (訪米, 来日), or, for the unambiguous ones, before an
// institution word (米政府, 米軍, 英紙) or where MeCab tags them as a country. A run of abbreviations must
// begin and end on word boundaries, so that 米中間選挙 (US mid-term election) does not give China.
void CountryExtractor::extract_abbreviations(const TextView& view, std::vector<Mention>& out) const {
    const auto& pieces = view.pieces;
    const auto abbr_at = [&](std::size_t k) {
        return k < pieces.size() && pieces[k].japanese ? lexicon_->abbreviation(pieces[k].key) : nullptr;
    };
    const auto add = [&](std::size_t k, std::string rule) {
        out.push_back(view.mention(Facet::Country, lexicon_->countries()[abbr_at(k)->country].code, k, k, std::move(rule)));
    };
    const auto& institutions = lexicon_->cues().institution_words;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (!abbr_at(i)) continue;
        std::size_t e = i;
        while (abbr_at(e + 1) && !pieces[e + 1].hard_gap) ++e;
        if (e > i && pieces[i].starts && pieces[e].ends) {
            // The rule names the run, cut short: a run of thousands must not be copied into each mention.
            const std::string run = view.slice(pieces[i].begin, std::min(pieces[e].end, pieces[i].begin + 60));
            const std::string rule = "abbreviation in " + std::string(utf8::prefix(run, 12)) + (e - i >= 12 ? "…" : "");
            for (std::size_t k = i; k <= e; ++k) add(k, rule);
            i = e;
            continue;
        }
        const Token& token = view.tokens[pieces[i].token];
        if (i > 0 && pieces[i - 1].japanese && !pieces[i].hard_gap && pieces[i - 1].starts && pieces[i].ends &&
            lexicon_->cues().abbreviation_prefixes.count(pieces[i - 1].key)) {
            add(i, "abbreviation in " + view.slice(pieces[i - 1].begin, pieces[i].end));
        } else if (abbr_at(i)->head && pieces[i].begin == token.begin) {
            const std::string rest = view.slice(pieces[i].end, token.end);
            const Token* next = pieces[i].token + 1 < view.tokens.size() ? &view.tokens[pieces[i].token + 1] : nullptr;
            const bool next_institution = next && next->glued && next->kind == TokenKind::Japanese &&
                                          (institutions.count(next->surface) ||
                                           institutions.count(first_char(next->surface)));
            if (!rest.empty() && institutions.count(rest))
                add(i, "abbreviation in " + token.surface);
            else if (rest.empty() && next_institution)
                add(i, "abbreviation before " + next->surface);
            else if (rest.empty() && token.is("名詞,固有名詞,地域,国"))
                add(i, "abbreviation (MeCab: country)");
        }
    }
}

}  // namespace geofacet
