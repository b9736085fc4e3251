#include "text/segmenter.h"

#include <stdexcept>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "text/script.h"
#include "text/token_term.h"
#include "util/utf8.h"

namespace geofacet {

namespace {
// Parts of compounds shorter than this are not indexed, so single characters do not flood the index.
constexpr std::size_t kMinPartChars = 2;
}  // namespace

Segmenter::Segmenter(std::shared_ptr<const MecabModel> model) : tagger_(std::move(model)) {
    UErrorCode status = U_ZERO_ERROR;
    words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU word break iterator: ") + u_errorName(status));
}

Segmenter::~Segmenter() = default;

std::vector<Token> Segmenter::segment(std::string_view utf8) { return segment(NormalisedText(utf8)); }

std::vector<Token> Segmenter::segment(const NormalisedText& normalised) {
    const std::string& text = normalised.text();
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t run_end = i;
        const Script script = script_of(utf8::next(text, run_end));
        if (script == Script::Space) {
            i = run_end;
            continue;
        }
        // Extend the run while the script class stays the same.
        for (std::size_t j = run_end; j < text.size();) {
            std::size_t k = j;
            if (script_of(utf8::next(text, k)) != script) break;
            run_end = j = k;
        }
        const std::size_t first = out.size();
        if (script == Script::Japanese)
            segment_japanese(text, i, run_end, out);
        else
            segment_other(text, i, run_end, out);
        // A run that follows the previous token without white space is glued to it.
        if (first < out.size() && first > 0) {
            const Token& prev = out[first - 1];
            bool space = false;
            for (std::size_t k = prev.end; k < out[first].begin && !space;)
                space = script_of(utf8::next(text, k)) == Script::Space;
            out[first].glued = !space;
        }
        i = run_end;
    }
    return out;
}

namespace {

// MeCab's cost grows faster than the length of a run without punctuation (an unknown katakana word is
// looked up from every position to the run's end), and it refuses very long sentences: a Japanese run is
// tagged in chunks of at most this many bytes, cut after 。、！？ or 」 where one falls in the chunk's second half.
constexpr std::size_t kMaxChunkBytes = 4096;

std::size_t chunk_end(const std::string& text, std::size_t begin, std::size_t end) {
    if (end - begin <= kMaxChunkBytes) return end;
    const std::string_view window(text.data() + begin + kMaxChunkBytes / 2, kMaxChunkBytes / 2);
    std::size_t best = 0;
    for (std::string_view mark : {"。", "、", "！", "？", "」"}) {
        const std::size_t at = window.rfind(mark);
        if (at != std::string_view::npos) best = std::max(best, at + mark.size());
    }
    if (best) return begin + kMaxChunkBytes / 2 + best;
    std::size_t at = begin + kMaxChunkBytes;
    while (at > begin + 1 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;  // not inside a character
    return at;
}

}  // namespace

void Segmenter::segment_japanese(const std::string& text, std::size_t begin, std::size_t end,
                                 std::vector<Token>& out) {
    for (std::size_t chunk = begin; chunk < end;) {
        const std::size_t stop = chunk_end(text, chunk, end);
        segment_chunk(text, chunk, stop, chunk == begin, out);
        chunk = stop;
    }
}

void Segmenter::segment_chunk(const std::string& text, std::size_t begin, std::size_t end, bool run_start,
                              std::vector<Token>& out) {
    const std::string_view run(text.data() + begin, end - begin);
    bool first = run_start;
    // A katakana letter MeCab took for a symbol begins the katakana word after it (ノ|バク is ノバク).
    std::size_t kana_symbol = std::string::npos, kana_symbol_end = std::string::npos;
    for (Morpheme& m : tagger_.tag(run)) {
        if (m.is("記号")) {  // symbols such as ・ separate words but are not words
            const std::string_view symbol = run.substr(m.begin, m.end - m.begin);
            const bool kana = all_katakana(symbol) && symbol != "\u30FB" && symbol != "\u30FC";
            kana_symbol = kana ? m.begin : std::string::npos;
            kana_symbol_end = m.end;
            first = false;
            continue;
        }
        const std::string_view word = run.substr(m.begin, m.end - m.begin);
        const bool joined = kana_symbol != std::string::npos && m.begin == kana_symbol_end && all_katakana(word);
        Token t;
        t.begin = begin + (joined ? kana_symbol : m.begin);
        t.end = begin + m.end;
        t.surface.assign(text, t.begin, t.end - t.begin);
        t.kind = TokenKind::Japanese;
        t.glued = !first;
        t.pos = std::move(m.pos);
        t.base = joined ? t.surface : std::move(m.base);
        t.reading = joined && !m.reading.empty() ? std::string(run.substr(kana_symbol, m.begin - kana_symbol)) + m.reading
                                                 : std::move(m.reading);
        kana_symbol = std::string::npos;
        t.known = m.known;
        t.term = compute_term(t);
        for (const auto& [b, e] : m.parts) {
            const std::string_view part = run.substr(b, e - b);
            if (utf8::length(part) >= kMinPartChars) t.parts.emplace_back(part);  // no single characters
            if (b != m.begin) t.breaks.push_back(begin + b);
        }
        out.push_back(std::move(t));
        first = false;
    }
}

void Segmenter::segment_other(const std::string& text, std::size_t begin, std::size_t end, std::vector<Token>& out) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data() + begin, static_cast<int64_t>(end - begin), &status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU utext: ") + u_errorName(status));
    words_->setText(ut, status);
    std::size_t prev_end = std::string::npos;
    int32_t start = words_->first();
    for (int32_t stop = words_->next(); stop != icu::BreakIterator::DONE; start = stop, stop = words_->next()) {
        const int32_t status_tag = words_->getRuleStatus();
        if (status_tag < UBRK_WORD_NUMBER) continue;  // spaces and punctuation
        Token t;
        t.begin = begin + static_cast<std::size_t>(start);
        t.end = begin + static_cast<std::size_t>(stop);
        t.surface.assign(text, t.begin, t.end - t.begin);
        t.kind = status_tag < UBRK_WORD_LETTER ? TokenKind::Number : TokenKind::Word;
        t.term = compute_term(t);
        t.glued = prev_end != std::string::npos && prev_end == t.begin;
        if (prev_end != std::string::npos && !t.glued) {
            // Glued through punctuation alone ("2+2", "U.S.-Japan"): no white space in between.
            bool space = false;
            for (std::size_t k = prev_end; k < t.begin && !space;)
                space = script_of(utf8::next(text, k)) == Script::Space;
            t.glued = !space;
        }
        prev_end = t.end;
        out.push_back(std::move(t));
    }
    utext_close(ut);
}

}  // namespace geofacet
