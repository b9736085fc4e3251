// The bilingual glossary of news and policy terms (plugins/data/glossary.tsv): the expressions that
// cross-lingual search must translate whole, which EDICT lacks or translates word by word. Its forms of
// several words, and every Japanese form, are also indexed whole as expression terms (schema: XE), so that
// a search for an expression reads one posting list instead of the positions of its words.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/term_former.h"
#include "text/segmenter.h"

namespace geofacet {

/// One concept of the glossary: its forms in each language, the most common first.
struct GlossaryEntry {
    std::vector<std::string> english;   ///< as written in the file ("defence budget", "defense spending")
    std::vector<std::string> japanese;  ///< NFKC ("防衛費", "防衛予算")
};

/// Where a text writes a glossary form that is indexed whole.
struct ExpressionSpan {
    std::size_t first = 0;  ///< index of its first token
    std::size_t last = 0;   ///< one past its last token
    std::string key;        ///< the form's key (Glossary::expression_key): "defence budget", "防衛費"
};

/// The glossary, keyed for lookup by query words and for finding its forms in text. Immutable; thread-safe.
class Glossary {
  public:
    /// Loads `file` (english forms<TAB>japanese forms, each "|"-separated), cutting forms with `segmenter`;
    /// English forms are keyed by the stems `former` gives their words. Throws DataFileError naming the file
    /// and line when bad.
    static std::shared_ptr<const Glossary> load(const std::string& file, Segmenter& segmenter, TermFormer& former);

    /// The key of English words: their query stems joined by spaces ("Zdefens Zbudget").
    static std::string english_key(const std::vector<const Token*>& words, TermFormer& former);

    /// The key under which consecutive tokens are indexed whole: their exact terms, Japanese ones joined as
    /// written and others by a space, a last English word in the singular ("defence budgets" → "defence
    /// budget"; 防衛+費 and 防衛費 → "防衛費"), so that every cut of a Japanese form makes the same key.
    static std::string expression_key(const std::vector<const Token*>& tokens);

    /// The singular of an English word by its ending ("elections" → "election", "tariffs" → "tariff").
    static std::string singular(const std::string& word);

    /// The entry with an English form whose key is `key`, or null.
    const GlossaryEntry* english(const std::string& key) const;
    /// The entry with Japanese form `form` (NFKC), or null.
    const GlossaryEntry* japanese(const std::string& form) const;
    /// The most words an English form has (longer runs of query words need not be looked up).
    std::size_t longest_english() const { return longest_english_; }

    /// Whether forms with expression key `key` are indexed whole: English forms of two words or more, and
    /// every Japanese form (a text may cut it otherwise than the form alone is cut).
    bool indexed(const std::string& key) const { return indexed_.count(key) > 0; }

    /// The indexed forms that `tokens` (of `text`) write, in text order. A form's tokens follow each other
    /// with nothing but spaces and hyphens between them. Linear in the tokens: a run is followed only while
    /// it begins some form's key.
    std::vector<ExpressionSpan> expressions_in(const std::vector<Token>& tokens, const std::string& text) const;

  private:
    void add_indexed(const std::vector<Token>& tokens, bool japanese);

    std::vector<GlossaryEntry> entries_;
    std::unordered_map<std::string, std::size_t> by_english_, by_japanese_;  // key → entry
    std::unordered_set<std::string> indexed_;   // expression keys indexed whole
    std::unordered_set<std::string> beginnings_;  // every leading part of an indexed key, byte by byte
    std::size_t longest_english_ = 0;
    std::size_t longest_key_ = 0;  // bytes
};

}  // namespace geofacet
