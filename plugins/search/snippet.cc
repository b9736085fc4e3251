#include "search/snippet.h"

#include <algorithm>

#include "analysis/text_parts.h"
#include "schema/schema.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

using Span = Snippeter::Span;

std::string entity_term(const Mention& m) {
    switch (m.facet) {
        case Facet::Actor: return schema::actor_term(m.value);
        case Facet::Country: return schema::country_term(m.value);
        case Facet::Percent: return schema::percent_term(m.value);
    }
    return {};
}

// Appends `text` [from, to): runs of white space made one space, control characters dropped (an article's
// escape sequences never reach a terminal), and for HTML the five special characters escaped, so that the
// marks are the only markup.
void append_clean(std::string& out, const std::string& text, std::size_t from, std::size_t to, bool html) {
    for (std::size_t i = from; i < to;) {
        const std::size_t start = i;
        const char32_t c = utf8::next(text, i);
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ' || c == 0x2028 || c == 0x2029) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            continue;
        } else if (html && (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'')) {
            out += c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : c == '"' ? "&quot;" : "&#39;";
        } else {
            out.append(text, start, i - start);
        }
    }
}

// The display width of `text` from `start` until `max_chars` columns: a Japanese character takes two.
std::size_t window_end(const std::string& text, std::size_t start, std::size_t max_chars) {
    std::size_t i = start, width = 0;
    while (i < text.size() && width < max_chars) {
        const char32_t c = utf8::next(text, i);
        width += script_of(c) == Script::Japanese || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1;
    }
    return i;
}

// Where a window showing match `s` starts: at its sentence's start when that is near, else a few words back.
std::size_t window_start(const std::string& text, const Span& s) {
    std::size_t start = s.begin, back = 0;
    while (start > 0 && back < 60) {
        std::size_t prev = start - 1;
        while (prev > 0 && (static_cast<unsigned char>(text[prev]) & 0xC0) == 0x80) --prev;
        const std::string ch = text.substr(prev, start - prev);
        if (ch == "." || ch == "\n" || ch == "。" || ch == "!" || ch == "?") break;
        start = prev;
        ++back;
    }
    while (start < s.begin && (text[start] == ' ' || text[start] == '\n')) ++start;
    return start;
}

// Matches in text order; a match inside an earlier one (a word within an entity mention) widens it.
std::vector<Span> merged(std::vector<Span> spans) {
    std::sort(spans.begin(), spans.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
    std::vector<Span> out;
    for (const Span& s : spans) {
        if (!out.empty() && s.begin < out.back().end)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back(s);
    }
    return out;
}

}  // namespace

std::vector<Snippeter::Span> Snippeter::matches(const std::string& text, const std::set<std::string>& terms) {
    // A long text is analysed part by part, as the indexer did, up to the first part that matches: a query
    // that hits a huge article costs a few parts' analysis, not the whole article's.
    constexpr std::size_t kMaxParts = 16;
    const auto parts = text_parts(text);
    for (std::size_t i = 0; i < parts.size() && i < kMaxParts; ++i) {
        std::vector<Span> spans = matches_in(std::string_view(text).substr(parts[i].first, parts[i].second - parts[i].first), terms);
        for (Span& s : spans) s.begin += parts[i].first, s.end += parts[i].first;
        if (!spans.empty()) return spans;
    }
    return {};
}

std::vector<Snippeter::Span> Snippeter::matches_in(std::string_view text, const std::set<std::string>& terms) {
    const Analysis a = analyzer_.analyse(text);
    std::vector<Span> spans;
    const auto orig = [&](std::size_t pos) { return a.normalised.original_offset(pos); };
    for (const Mention& m : a.mentions) {
        const std::string term = entity_term(m);
        if (terms.count(term)) spans.push_back(Span{orig(m.begin), orig(m.end), term});
    }
    for (const ExpressionSpan& e : a.expressions) {
        const std::string term = schema::expression_term(e.key);
        if (terms.count(term)) spans.push_back(Span{orig(a.tokens[e.first].begin), orig(a.tokens[e.last - 1].end), term});
    }
    for (const Token& t : a.tokens) {
        const TokenTerms tt = analyzer_.terms().terms_of(t);
        std::string hit;
        for (const std::string* term : {&tt.exact, &tt.stem, &tt.american})
            if (hit.empty() && !term->empty() && terms.count(*term)) hit = *term;
        for (const std::string& p : tt.parts)
            if (hit.empty() && terms.count(p)) hit = p;
        if (!hit.empty()) spans.push_back(Span{orig(t.begin), orig(t.end), hit});
    }
    return merged(std::move(spans));
}

std::string Snippeter::make(const std::string& text, const std::set<std::string>& terms, const SnippetStyle& style) {
    const std::vector<Span> spans = matches(text, terms);
    // The window with the most distinct matched terms, starting a little before a match. Only the first
    // kMaxWindows matches are tried, and a window holds few matches, so a huge body costs no more than a
    // small one beyond its analysis.
    constexpr std::size_t kMaxWindows = 256;
    std::size_t best_start = 0, best_score = 0;
    for (std::size_t i = 0; i < spans.size() && i < kMaxWindows; ++i) {
        const std::size_t start = window_start(text, spans[i]), end = window_end(text, start, style.max_chars);
        std::set<std::string> seen;
        auto o = std::lower_bound(spans.begin(), spans.end(), start, [](const Span& x, std::size_t from) { return x.begin < from; });
        for (; o != spans.end() && o->begin < end; ++o)
            if (o->end <= end) seen.insert(o->term);
        if (seen.size() > best_score) {
            best_score = seen.size();
            best_start = start;
        }
    }
    const std::size_t best_end = window_end(text, best_start, style.max_chars);
    std::string out = best_start > 0 ? "…" : "";
    std::size_t at = best_start;
    auto it = std::lower_bound(spans.begin(), spans.end(), best_start,
                               [](const Span& x, std::size_t from) { return x.begin < from; });
    for (; it != spans.end() && it->begin < best_end; ++it) {
        const Span& s = *it;
        if (s.end > best_end) continue;
        append_clean(out, text, at, s.begin, style.html);
        out += style.mark_start;
        append_clean(out, text, s.begin, s.end, style.html);
        out += style.mark_end;
        at = s.end;
    }
    append_clean(out, text, at, best_end, style.html);
    if (best_end < text.size()) out += "…";
    return out;
}

}  // namespace geofacet
