// A segmented text as every extractor reads it.
#pragma once

#include <string>
#include <vector>

#include "entities/mention.h"
#include "entities/phrase_matcher.h"
#include "text/token.h"

namespace geofacet {

/// Normalised text with its tokens and phrase pieces; borrowed, not owned.
struct TextView {
    const std::string& text;            ///< the normalised text
    const std::vector<Token>& tokens;   ///< its tokens
    const std::vector<Piece>& pieces;   ///< make_pieces(tokens, text)

    /// The normalised text between byte offsets `begin` and `end`.
    std::string slice(std::size_t begin, std::size_t end) const { return text.substr(begin, end - begin); }

    /// A mention of `value` in `facet` covering pieces `first`..`last`, taken by `rule`.
    Mention mention(Facet facet, std::string value, std::size_t first, std::size_t last, std::string rule) const {
        Mention m;
        m.facet = facet;
        m.value = std::move(value);
        m.begin = pieces[first].begin;
        m.end = pieces[last].end;
        m.text = slice(m.begin, m.end);
        m.rule = std::move(rule);
        return m;
    }
};

}  // namespace geofacet
