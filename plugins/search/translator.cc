#include "search/translator.h"

#include <algorithm>
#include <tuple>

#include "text/normaliser.h"
#include "text/script.h"
#include "util/split.h"

namespace geofacet {

namespace {

// The forms under which an English word may be an EDICT gloss: itself and its singular.
std::vector<std::string> gloss_forms(const std::string& word) {
    std::vector<std::string> forms{word};
    const auto ends = [&](const char* s) {
        const std::size_t n = std::char_traits<char>::length(s);
        return word.size() > n + 2 && word.compare(word.size() - n, n, s) == 0;
    };
    if (ends("ies")) forms.push_back(word.substr(0, word.size() - 3) + "y");
    else if (ends("ses") || ends("xes") || ends("ches") || ends("shes")) forms.push_back(word.substr(0, word.size() - 2));
    else if (ends("s") && !ends("ss")) forms.push_back(word.substr(0, word.size() - 1));
    return forms;
}

}  // namespace

Xapian::Query Translator::archive_query(const std::string& text) {
    const std::vector<Token> tokens = analyzer_.segmenter().segment(text);
    if (tokens.empty() || tokens.size() > 3) return Xapian::Query();
    std::vector<Xapian::Query> words;
    for (const Token& t : tokens) {
        const std::string term = t.kind == TokenKind::Word ? analyzer_.terms().query_stem(t) : exact_term(t);
        if (term.empty() || !db_.term_exists(term)) return Xapian::Query();
        words.emplace_back(t.kind == TokenKind::Word && tokens.size() > 1 ? exact_term(t) : term);
    }
    if (words.size() == 1) return words.front();
    // Several words: a phrase (Japanese compounds as MeCab cut them, English glosses such as "upper house").
    for (const Xapian::Query& w : words)
        if (!db_.term_exists(*w.get_terms_begin())) return Xapian::Query();
    return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), words.size());
}

std::vector<Translation> Translator::to_japanese(const std::string& word, std::size_t max) {
    const Resources& res = analyzer_.resources();
    const std::vector<std::string> forms = gloss_forms(word);
    // (rank of the word among the candidate's own glosses, sense position, candidate)
    std::vector<std::tuple<std::size_t, std::size_t, std::string>> ranked;
    for (const std::string& form : forms) {
        for (std::string_view row : res.edict_en->find(form)) {
            if (row.rfind("J\t", 0) != 0) continue;
            const auto f = split(row.substr(2), '|');  // head | P | gloss index | w
            if (f.size() < 3 || f[1] != "P" || (!has_kanji(f[0]) && !all_katakana(f[0]))) continue;
            // The round trip: the candidate's first glosses must lead back to the word.
            std::size_t back = std::string::npos;
            for (std::string_view forward : res.edict_ja->find(f[0])) {
                const auto glosses = split(forward.substr(forward.find('\t') + 1), '|');
                for (std::size_t g = 1; g < glosses.size() && g <= 3 && back == std::string::npos; ++g) {
                    std::string gloss = fold_case(glosses[g]);
                    if (gloss.rfind("to ", 0) == 0) gloss = gloss.substr(3);
                    if (std::find(forms.begin(), forms.end(), gloss) != forms.end()) back = g - 1;
                }
            }
            if (back == std::string::npos) continue;
            ranked.emplace_back(back, std::stoul(f[2]), f[0]);
        }
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<Translation> out;
    for (const auto& entry : ranked) {
        const std::string& head = std::get<2>(entry);
        if (out.size() >= max) break;
        if (std::any_of(out.begin(), out.end(), [&](const Translation& t) { return t.text == head; })) continue;
        Xapian::Query q = archive_query(head);
        if (!q.empty()) out.push_back(Translation{head, q});
    }
    return out;
}

std::vector<Translation> Translator::to_english(const std::string& word, std::size_t max) {
    std::vector<Translation> out;
    for (std::string_view row : analyzer_.resources().edict_ja->find(word)) {
        const auto glosses = split(row.substr(row.find('\t') + 1), '|');  // P or - | gloss | gloss ...
        for (std::size_t g = 1; g < glosses.size() && g <= 3 && out.size() < max; ++g) {
            std::string gloss = fold_case(glosses[g]);
            if (gloss.rfind("to ", 0) == 0) gloss = gloss.substr(3);
            Xapian::Query q = archive_query(gloss);
            // "defense" and "defence" search the same stem: one translation.
            const std::string key = q.empty() ? std::string() : q.get_description();
            if (q.empty() || std::any_of(out.begin(), out.end(), [&](const Translation& t) {
                    return t.query.get_description() == key;
                }))
                continue;
            out.push_back(Translation{gloss, q});
        }
        break;  // the first entry of the headword
    }
    return out;
}

}  // namespace geofacet
