// Finds known phrases (aliases of actors and countries) in segmented text, in either script.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/token.h"

namespace geofacet {

/// A unit of phrase matching: a whole English word, a katakana word (its spelling variants folded), or
/// one other Japanese character, so that a Japanese alias matches however MeCab cut the text around it.
struct Piece {
    std::string key;            ///< folded form: exact term of a word, folded Japanese character
    std::size_t begin = 0;      ///< byte offset in the normalised text
    std::size_t end = 0;        ///< byte offset one past the piece
    std::size_t token = 0;      ///< index of the token it belongs to
    bool japanese = false;      ///< a Japanese character rather than a word
    bool starts = true;         ///< a match may start here (token start or a compound's word break)
    bool ends = true;           ///< a match may end here
    bool hard_gap = false;      ///< punctuation (not just a space or a name dot) separates it from the previous piece
    bool lower = false;         ///< an English word written all in lower case
};

/// The pieces of `tokens`, whose offsets refer to `text` (the normalised text they were cut from).
std::vector<Piece> make_pieces(const std::vector<Token>& tokens, const std::string& text);

/// One phrase found in the text.
struct PhraseMatch {
    std::size_t first = 0;        ///< index of the first piece
    std::size_t last = 0;         ///< index of the last piece
    std::uint32_t value = 0;      ///< what the phrase stands for (caller's number)
};

/// A set of phrases, each standing for a value. Immutable once built; find() is thread-safe.
class PhraseMatcher {
  public:
    /// Adds the phrase made of `pieces` (from make_pieces over the alias itself) for `value`. A phrase
    /// word written with a capital requires the text's word not to be all lower case, unless the
    /// matcher is asked to ignore case.
    void add(const std::vector<Piece>& pieces, std::uint32_t value);

    /// Leftmost-longest, non-overlapping matches in `text`; `ignore_case` drops the capital rule (queries).
    std::vector<PhraseMatch> find(const std::vector<Piece>& text, bool ignore_case = false) const;

    /// Number of phrases added.
    std::size_t size() const { return phrases_.size(); }

  private:
    struct Phrase {
        std::vector<std::string> keys;
        std::vector<bool> capital;  // per piece: the alias word starts with a capital
        std::uint32_t value;
    };
    // Whether `p` matches from piece `at`; `end` is then one past its last piece.
    bool matches_at(const Phrase& p, const std::vector<Piece>& text, std::size_t at, bool ignore_case,
                    std::size_t& end) const;

    std::vector<Phrase> phrases_;
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_first_key_;  // longest first
};

}  // namespace geofacet

namespace geofacet {
class Segmenter;
/// The pieces of a phrase written in `phrase` (normalised and segmented as text is).
std::vector<Piece> pieces_of(Segmenter& segmenter, std::string_view phrase);
}  // namespace geofacet
