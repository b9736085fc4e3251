#include "search/snippet.h"

#include <algorithm>

#include "schema/schema.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

struct Span {
    std::size_t begin, end;  // bytes in the original text
    std::string term;        // the query term it matched
};

std::string entity_term(const Mention& m) {
    switch (m.facet) {
        case Facet::Actor: return schema::actor_term(m.value);
        case Facet::Country: return schema::country_term(m.value);
        case Facet::Percent: return schema::percent_term(m.value);
    }
    return {};
}

// Copies `text` [from, to) with runs of white space made one space.
void append_collapsed(std::string& out, const std::string& text, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
}

}  // namespace

std::string Snippeter::make(const std::string& text, const std::set<std::string>& terms, const SnippetStyle& style) {
    const Analysis a = analyzer_.analyse(text);
    std::vector<Span> spans;
    const auto orig = [&](std::size_t pos) { return a.normalised.original_offset(pos); };
    for (const Mention& m : a.mentions) {
        const std::string term = entity_term(m);
        if (terms.count(term)) spans.push_back(Span{orig(m.begin), orig(m.end), term});
    }
    for (const Token& t : a.tokens) {
        std::string hit;
        const std::string exact = exact_term(t);
        const std::string stem = analyzer_.terms().stem(t), american = analyzer_.terms().american_stem(t);
        if (terms.count(exact))
            hit = exact;
        else if (!stem.empty() && terms.count(stem))
            hit = stem;
        else if (!american.empty() && terms.count(american))
            hit = american;
        for (const std::string& p : t.parts)
            if (hit.empty() && terms.count(fold_case(p))) hit = fold_case(p);
        if (!hit.empty()) spans.push_back(Span{orig(t.begin), orig(t.end), hit});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
    // Drop spans inside earlier ones (a token within an entity mention).
    std::vector<Span> merged;
    for (const Span& s : spans) {
        if (!merged.empty() && s.begin < merged.back().end) {
            merged.back().end = std::max(merged.back().end, s.end);
            continue;
        }
        merged.push_back(s);
    }

    // The window with the most distinct matched terms, starting a little before a match.
    // The window's width counts a Japanese character as two, as a terminal shows it.
    const auto window_end = [&](std::size_t start) {
        std::size_t i = start, width = 0;
        while (i < text.size() && width < style.max_chars) {
            const char32_t c = utf8::next(text, i);
            width += script_of(c) == Script::Japanese || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1;
        }
        return i;
    };
    std::size_t best_start = 0, best_score = 0;
    for (const Span& s : merged) {
        std::size_t start = s.begin;
        // Back up to the sentence start when it is near, else a few words.
        std::size_t back = 0;
        while (start > 0 && back < 60) {
            std::size_t prev = start - 1;
            while (prev > 0 && (static_cast<unsigned char>(text[prev]) & 0xC0) == 0x80) --prev;
            const std::string ch = text.substr(prev, start - prev);
            if (ch == "." || ch == "\n" || ch == "。" || ch == "!" || ch == "?") break;
            start = prev;
            ++back;
        }
        while (start < s.begin && (text[start] == ' ' || text[start] == '\n')) ++start;
        const std::size_t end = window_end(start);
        std::set<std::string> seen;
        for (const Span& o : merged)
            if (o.begin >= start && o.end <= end) seen.insert(o.term);
        if (seen.size() > best_score) {
            best_score = seen.size();
            best_start = start;
        }
    }
    const std::size_t best_end = window_end(best_start);

    std::string out = best_start > 0 ? "…" : "";
    std::size_t at = best_start;
    for (const Span& s : merged) {
        if (s.begin < best_start || s.end > best_end) continue;
        append_collapsed(out, text, at, s.begin);
        out += style.mark_start;
        append_collapsed(out, text, s.begin, s.end);
        out += style.mark_end;
        at = s.end;
    }
    append_collapsed(out, text, at, best_end);
    if (best_end < text.size()) out += "…";
    return out;
}

}  // namespace geofacet
