// A segmented text as every extractor reads it.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
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

    /// The tokens lying wholly within bytes [begin, end), as [first, last): found by bisection, so that
    /// marking every mention's tokens costs the mentions, not mentions × tokens.
    std::pair<std::size_t, std::size_t> tokens_within(std::size_t begin, std::size_t end) const {
        const auto first = std::lower_bound(tokens.begin(), tokens.end(), begin,
                                            [](const Token& t, std::size_t at) { return t.begin < at; });
        auto last = first;
        while (last != tokens.end() && last->end <= end) ++last;
        return {static_cast<std::size_t>(first - tokens.begin()), static_cast<std::size_t>(last - tokens.begin())};
    }

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
