#include "analysis/glossary.h"

#include <algorithm>

#include "text/normaliser.h"
#include "util/data_file.h"
#include "util/split.h"

namespace geofacet {

namespace {

bool ends_with(const std::string& s, const char* suffix) {
    const std::size_t n = std::char_traits<char>::length(suffix);
    return s.size() > n + 2 && s.compare(s.size() - n, n, suffix) == 0;
}

// What joins token `t` to the token before it in a key: nothing between Japanese words, which texts cut
// differently, a space between any others.
const char* separator(const Token& before, const Token& t) {
    return before.kind == TokenKind::Japanese && t.kind == TokenKind::Japanese ? "" : " ";
}

// Whether nothing but spaces and hyphens stands between two tokens, as inside an expression.
bool adjacent(const Token& before, const Token& t, const std::string& text) {
    if (t.begin < before.end) return false;
    return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(before.end), text.begin() + static_cast<std::ptrdiff_t>(t.begin),
                       [](char c) { return c == ' ' || c == '-' || c == '\t' || c == '\n'; });
}

// The term a token adds to a key: its exact term, in the singular when it ends an English key.
std::string key_word(const Token& t, bool last) {
    const std::string exact = exact_term(t);
    return last && t.kind == TokenKind::Word ? Glossary::singular(exact) : exact;
}

}  // namespace

std::string Glossary::singular(const std::string& word) {
    if (ends_with(word, "ies")) return word.substr(0, word.size() - 3) + "y";
    if (ends_with(word, "ses") || ends_with(word, "xes") || ends_with(word, "ches") || ends_with(word, "shes"))
        return word.substr(0, word.size() - 2);
    if (ends_with(word, "s") && !ends_with(word, "ss")) return word.substr(0, word.size() - 1);
    return word;
}

std::string Glossary::english_key(const std::vector<const Token*>& words, TermFormer& former) {
    std::string key;
    for (const Token* t : words) key += (key.empty() ? "" : " ") + former.query_stem(*t);
    return key;
}

std::string Glossary::expression_key(const std::vector<const Token*>& tokens) {
    std::string key;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string word = key_word(*tokens[i], i + 1 == tokens.size());
        if (word.empty()) return {};  // a token without a term: never indexed whole
        if (i > 0) key += separator(*tokens[i - 1], *tokens[i]);
        key += word;
    }
    return key;
}

void Glossary::add_indexed(const std::vector<Token>& tokens, bool japanese) {
    // A one-word English form is found by its stem already; a Japanese one may be cut in two by a text.
    const bool whole = tokens.size() > 1 || (japanese && !tokens.empty() && tokens.front().kind == TokenKind::Japanese);
    if (!whole) return;
    std::vector<const Token*> words;
    for (const Token& t : tokens) words.push_back(&t);
    const std::string key = expression_key(words);
    if (key.empty()) return;
    indexed_.insert(key);
    for (std::size_t n = 1; n <= key.size(); ++n) beginnings_.insert(key.substr(0, n));
    longest_key_ = std::max(longest_key_, key.size());
}

std::shared_ptr<const Glossary> Glossary::load(const std::string& file, Segmenter& segmenter, TermFormer& former) {
    auto g = std::make_shared<Glossary>();
    read_data_file(file, [&](const DataRecord& r) {
        GlossaryEntry e;
        for (const std::string& f : split(r.field(0), '|'))
            if (!f.empty()) e.english.push_back(f);
        for (const std::string& f : split(r.field(1), '|'))
            if (!f.empty()) e.japanese.push_back(NormalisedText(f).text());
        if (e.english.empty() || e.japanese.empty()) throw r.error("expected english|...<TAB>japanese|...");
        const std::size_t index = g->entries_.size();
        for (const std::string& f : e.english) {
            const std::vector<Token> tokens = segmenter.segment(f);
            std::vector<const Token*> words;
            for (const Token& t : tokens) words.push_back(&t);
            if (words.empty()) throw r.error("no words in '" + f + "'");
            // A form already listed for another concept keeps its first concept.
            g->by_english_.emplace(english_key(words, former), index);
            g->longest_english_ = std::max(g->longest_english_, words.size());
            g->add_indexed(tokens, false);
        }
        for (const std::string& f : e.japanese) {
            g->by_japanese_.emplace(f, index);
            g->add_indexed(segmenter.segment(f), true);
        }
        g->entries_.push_back(std::move(e));
    }, 2, "english|...<TAB>japanese|...");
    return g;
}

std::vector<ExpressionSpan> Glossary::expressions_in(const std::vector<Token>& tokens, const std::string& text) const {
    std::vector<ExpressionSpan> out;
    for (std::size_t first = 0; first < tokens.size(); ++first) {
        std::string run;  // the key so far, its words as written
        for (std::size_t t = first; t < tokens.size(); ++t) {
            if (t > first && !adjacent(tokens[t - 1], tokens[t], text)) break;
            const std::string exact = exact_term(tokens[t]);
            if (exact.empty()) break;
            const std::string joint = t > first ? separator(tokens[t - 1], tokens[t]) : "";
            const std::string key = run + joint + key_word(tokens[t], true);
            if (indexed_.count(key)) out.push_back(ExpressionSpan{first, t + 1, key});
            run += joint + exact;
            if (run.size() >= longest_key_ || !beginnings_.count(run)) break;
        }
    }
    return out;
}

const GlossaryEntry* Glossary::english(const std::string& key) const {
    const auto it = by_english_.find(key);
    return it == by_english_.end() ? nullptr : &entries_[it->second];
}

const GlossaryEntry* Glossary::japanese(const std::string& form) const {
    const auto it = by_japanese_.find(form);
    return it == by_japanese_.end() ? nullptr : &entries_[it->second];
}

}  // namespace geofacet
