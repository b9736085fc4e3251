// Unicode normalisation shared by the indexer, the query parser and the facet code.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <unicode/edits.h>

namespace geofacet {

/// Text in NFKC form (case kept), old kanji in their standard form (澤 → 沢), able to map its byte offsets
/// back to the original text.
class NormalisedText {
  public:
    /// Normalises `original` (valid UTF-8) to NFKC, recording the edits.
    explicit NormalisedText(std::string_view original);

    /// The NFKC text: full-width forms made ASCII, half-width kana made full-width.
    const std::string& text() const { return text_; }

    /// Byte offset in the original text of byte `pos` of text() (start of the edit when inside one).
    std::size_t original_offset(std::size_t pos) const;

  private:
    icu::Edits edits_;  // declared first: the constructor fills it while making text_
    std::string text_;
};

/// Case-folded NFKC form of `s`, with typographic apostrophes and quotes made ASCII: the key every
/// term is built from. Thread-safe (ICU's normalisers are immutable singletons).
std::string fold_case(std::string_view s);

/// `s` with the diacritics of Latin letters removed (`Tōkyō` → `Tokyo`); Japanese voicing marks are kept.
std::string strip_latin_diacritics(std::string_view s);

/// True when `s` holds only ASCII bytes.
bool is_ascii(std::string_view s);

}  // namespace geofacet
