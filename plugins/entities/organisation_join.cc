#include "entities/organisation_join.h"

#include <algorithm>
#include <array>

#include "names/name_normaliser.h"
#include "names/sound_match.h"
#include "text/normaliser.h"

namespace geofacet {

namespace {

// Words a name holds without them standing for a part of its Japanese name.
bool connector(const std::string& w) {
    static const std::array<const char*, 8> kConnectors{"of", "the", "and", "for", "on", "in", "de", "at"};
    return std::find(kConnectors.begin(), kConnectors.end(), w) != kConnectors.end();
}

// The words of `text` in lower-case ASCII letters and digits ("&" reads "and"), at spaces and hyphens.
std::vector<std::string> plain_words(const std::string& text) {
    std::vector<std::string> out(1);
    for (char c : strip_latin_diacritics(fold_case(text))) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.back() += c;
        else if (c == '&') out.back() += "and";
        else if ((c == ' ' || c == '-' || c == '/') && !out.back().empty()) out.emplace_back();
    }
    if (out.back().empty()) out.pop_back();
    return out;
}

std::vector<std::string> content_words(const std::string& text) {
    std::vector<std::string> out = plain_words(text);
    out.erase(std::remove_if(out.begin(), out.end(), connector), out.end());
    return out;
}

bool ends_with(const std::string& s, const char* tail) {
    const std::string t(tail);
    return s.size() > t.size() + 2 && s.compare(s.size() - t.size(), t.size(), t) == 0;
}

// A word's stem for comparing a gloss with a name's word: ports/port, economic/economy, harbour/harbor.
std::string stem(std::string w) {
    if (ends_with(w, "our")) w.erase(w.size() - 2, 1);
    if (ends_with(w, "ies")) w.replace(w.size() - 3, 3, "y");
    else if (ends_with(w, "s") && !ends_with(w, "ss")) w.pop_back();
    for (const char* tail : {"ic", "al", "y"})
        if (ends_with(w, tail)) return w.substr(0, w.size() - std::string(tail).size());
    return w;
}

// English y between consonants is said "ai", as Japanese writes it: Rystad ライスタッド.
std::string english_y(std::string latin) {
    const auto consonant = [](char c) { return c >= 'a' && c <= 'z' && std::string_view("aeiouy").find(c) == std::string_view::npos; };
    for (std::size_t k = 1; k + 1 < latin.size(); ++k)
        if (latin[k] == 'y' && consonant(latin[k - 1]) && consonant(latin[k + 1])) latin.replace(k, 1, "ai");
    return latin;
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t n, const char* sep) {
    std::string out;
    for (std::size_t k = from; k < from + n; ++k) out += (k == from ? "" : sep) + words[k];
    return out;
}

// True when gloss `gloss` ("harbour", "economic research (institute)") is words `from`..`from`+`n` of `words`.
bool gloss_is(const std::string& gloss, const std::vector<std::string>& words, std::size_t from, std::size_t n) {
    std::string bare;  // without its notes in brackets: "(South) Korea" is Korea
    int depth = 0;
    for (char c : gloss) {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (depth == 0 && c != ')') bare += c;
    }
    std::vector<std::string> g = content_words(bare);
    if (!g.empty() && g.front() == "to") g.erase(g.begin());
    if (g.size() != n) return false;
    for (std::size_t k = 0; k < n; ++k)
        if (stem(g[k]) != stem(words[from + k])) return false;
    return true;
}

// Whether `piece` stands for words `from`..`from`+`n` of `words` (the English name's words left after its head).
bool piece_is(const OrganisationPiece& piece, const std::vector<std::string>& words, std::size_t from, std::size_t n,
              NameNormaliser& names) {
    for (const std::string& r : piece.readings) {
        std::string folded;
        for (std::size_t k = from; k < from + n; ++k) folded += (k == from ? "" : " ") + names.latin_part(words[k]);
        if (r == folded || r == joined(words, from, n, " ")) return true;
    }
    if (!piece.kana_latin.empty()) {
        const std::string latin = joined(words, from, n, " ");
        if (sounds_alike(piece.kana_latin, latin) || (n > 1 && sounds_alike(piece.kana_latin, joined(words, from, n, ""))) ||
            sounds_alike(piece.kana_latin, english_y(latin)))
            return true;
    }
    return std::any_of(piece.glosses.begin(), piece.glosses.end(),
                       [&](const std::string& g) { return gloss_is(g, words, from, n); });
}

// What one English name is matched against.
struct Matching {
    const std::vector<OrganisationPiece>& pieces;
    const std::vector<std::string>& words;
    NameNormaliser& names;
    std::vector<bool> used;

    // True when pieces `k`.. stand for every word not used yet, each for a run of one to three words.
    bool from_piece(std::size_t k) {
        if (k == pieces.size()) return std::find(used.begin(), used.end(), false) == used.end();
        for (std::size_t at = 0; at < words.size(); ++at)
            for (std::size_t n = 1; n <= 3 && at + n <= words.size() && !used[at + n - 1]; ++n) {
                if (used[at] || !piece_is(pieces[k], words, at, n, names)) continue;
                std::fill(used.begin() + at, used.begin() + at + n, true);
                if (from_piece(k + 1)) return true;
                std::fill(used.begin() + at, used.begin() + at + n, false);
            }
        return false;
    }
};

// True when English name `written` is the head `head` and `pieces`, every word accounted for.
bool accounts_for(const std::string& written, const std::string& head, const std::vector<OrganisationPiece>& pieces,
                  NameNormaliser& names) {
    std::vector<std::string> words = content_words(written);
    for (const std::string& h : content_words(head)) {
        const auto it = std::find_if(words.begin(), words.end(), [&](const std::string& w) { return stem(w) == stem(h); });
        if (it == words.end()) return false;
        words.erase(it);
    }
    if (words.empty() || words.size() > 8 || pieces.empty()) return false;
    Matching m{pieces, words, names, std::vector<bool>(words.size(), false)};
    return m.from_piece(0);
}

}  // namespace

std::vector<std::string> organisation_evidence_entries(const std::string& id, const std::string& written) {
    const std::vector<std::string> words = plain_words(written);
    std::vector<std::string> out;
    if (words.empty() || words.size() > 8) return out;
    const std::string value = id + "=" + joined(words, 0, words.size(), " ");
    const auto add = [&](std::string entry) {
        if (std::find(out.begin(), out.end(), entry) == out.end()) out.push_back(std::move(entry));
    };
    for (const std::string& w : words)
        if (words.size() > 1 && !connector(w)) add("@" + w + "|" + value);
    if (words.size() <= 4)
        for (const std::string& sound : sound_keys(joined(words, 0, words.size(), " "), false)) add("@~" + sound + "|" + value);
    return out;
}

std::optional<JoinedOrganisation> join_organisation(const std::vector<OrganisationPiece>& pieces,
                                                    const std::vector<std::string>& heads,
                                                    const NameEvidence& evidence, NameNormaliser& names) {
    if (!evidence.spellings || pieces.empty()) return std::nullopt;
    std::optional<JoinedOrganisation> found;
    for (const std::string& head : heads) {
        const std::vector<std::string> head_words = content_words(head);
        if (head_words.empty()) continue;
        for (const std::string& entry : evidence.spelled("@" + head_words.front())) {
            const std::optional<WholeNameEntry> whole = whole_name_entry(entry);
            if (!whole || !accounts_for(whole->written, head, pieces, names)) continue;
            if (found && found->id != whole->id) return std::nullopt;  // two names fit: neither is evidence
            found = JoinedOrganisation{whole->id, whole->written};
        }
    }
    return found;
}

std::optional<JoinedOrganisation> join_organisation_by_sound(const std::vector<OrganisationPiece>& pieces,
                                                             const NameEvidence& evidence, NameNormaliser& names) {
    if (!evidence.spellings || pieces.empty()) return std::nullopt;
    std::string latin;
    for (const OrganisationPiece& p : pieces) {
        if (p.kana_latin.empty()) return std::nullopt;
        latin += (latin.empty() ? "" : " ") + p.kana_latin;
    }
    std::optional<JoinedOrganisation> found;
    for (const std::string& sound : sound_keys(latin, true))
        for (const std::string& entry : evidence.spelled("@~" + sound)) {
            const std::optional<WholeNameEntry> whole = whole_name_entry(entry);
            if (!whole || !accounts_for(whole->written, "", pieces, names)) continue;
            if (found && found->id != whole->id) return std::nullopt;  // two names fit: neither is evidence
            found = JoinedOrganisation{whole->id, whole->written};
        }
    return found;
}

}  // namespace geofacet
