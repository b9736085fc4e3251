// The unit every later stage works on: one word of the normalised text.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace geofacet {

/// What kind of word a token is, which decides how it becomes terms.
enum class TokenKind {
    Word,      ///< a word of Latin (or another alphabetic) script: case-folded and stemmed
    Number,    ///< digits, possibly with a decimal point or thousands separators
    Japanese,  ///< a MeCab word of Japanese text
};

/// One word of a NormalisedText, with what the segmenter learnt about it.
struct Token {
    std::string surface;         ///< the word as written, in NFKC (case kept)
    std::string term;            ///< its exact term (see token_term.h), filled by the segmenter
    std::size_t begin = 0;       ///< byte offset in NormalisedText::text()
    std::size_t end = 0;         ///< byte offset one past the word
    TokenKind kind = TokenKind::Word;
    bool glued = false;          ///< no white space between the previous token and this one
    // Japanese tokens only (IPADIC features):
    std::string pos;             ///< part of speech, e.g. "名詞,固有名詞,人名,姓"
    std::string base;            ///< dictionary form (the surface for unknown words)
    std::string reading;         ///< katakana reading, empty when MeCab did not know the word
    bool known = true;           ///< false when MeCab guessed an unknown word
    std::vector<std::string> parts;  ///< dictionary words of 2+ characters inside a compound (日本人 → 日本)
    std::vector<std::size_t> breaks; ///< byte offsets (in the normalised text) between a compound's words

    /// True when the part of speech starts with `prefix`.
    bool is(const char* prefix) const { return pos.rfind(prefix, 0) == 0; }
    /// Byte length in the normalised text.
    std::size_t size() const { return end - begin; }
};

}  // namespace geofacet
