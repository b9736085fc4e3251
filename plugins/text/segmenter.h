// Cuts normalised text into tokens: ICU word breaks for alphabetic text, MeCab for Japanese.
#pragma once

#include <memory>
#include <vector>

#include "text/japanese_tagger.h"
#include "text/normaliser.h"
#include "text/token.h"

#include <unicode/brkiter.h>

namespace geofacet {

/// Word segmentation of mixed English and Japanese text. NOT thread-safe (owns an ICU BreakIterator
/// and a MeCab tagger): own one per thread.
class Segmenter {
  public:
    /// A segmenter whose Japanese runs go to a tagger over `model`.
    explicit Segmenter(std::shared_ptr<const MecabModel> model);
    ~Segmenter();
    Segmenter(const Segmenter&) = delete;
    Segmenter& operator=(const Segmenter&) = delete;

    /// The words of `text`, in order; punctuation and white space are dropped.
    std::vector<Token> segment(const NormalisedText& text);
    /// The words of a raw UTF-8 string (normalised first); offsets refer to the NFKC form.
    std::vector<Token> segment(std::string_view utf8);

  private:
    void segment_japanese(const std::string& text, std::size_t begin, std::size_t end, std::vector<Token>& out);
    void segment_chunk(const std::string& text, std::size_t begin, std::size_t end, bool run_start,
                       std::vector<Token>& out);
    void segment_other(const std::string& text, std::size_t begin, std::size_t end, std::vector<Token>& out);

    JapaneseTagger tagger_;
    std::unique_ptr<icu::BreakIterator> words_;
};

}  // namespace geofacet
