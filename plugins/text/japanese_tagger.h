// Japanese morphological analysis with MeCab and the IPADIC dictionary.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace MeCab {
class Model;
class Tagger;
class Lattice;
}  // namespace MeCab

namespace geofacet {

/// One word as MeCab cut it, with IPADIC's features.
struct Morpheme {
    std::size_t begin = 0;       ///< byte offset in the tagged text
    std::size_t end = 0;         ///< byte offset one past the word
    std::string pos;             ///< part of speech and its sub-classes, e.g. "名詞,固有名詞,人名,姓"
    std::string base;            ///< dictionary (base) form; the surface for unknown words
    std::string reading;         ///< reading in katakana; empty for unknown words
    bool known = true;           ///< false when MeCab guessed an unknown word
    /// Dictionary words covering a long compound (日本人 → 日本 + 人), as byte ranges; empty when whole.
    std::vector<std::pair<std::size_t, std::size_t>> parts;

    /// True when the part of speech starts with `prefix` (e.g. "名詞,固有名詞,人名").
    bool is(std::string_view prefix) const { return pos.compare(0, prefix.size(), prefix) == 0; }
};

/// The loaded IPADIC model: immutable and thread-safe, load once and share.
class MecabModel {
  public:
    /// Loads the dictionary in `dicdir`; throws std::runtime_error naming the folder when it cannot.
    static std::shared_ptr<const MecabModel> load(const std::string& dicdir);
    ~MecabModel();
    MecabModel(const MecabModel&) = delete;
    MecabModel& operator=(const MecabModel&) = delete;

    /// The MeCab model, for creating taggers.
    MeCab::Model& model() const { return *model_; }
    /// The folder the dictionary was read from.
    const std::string& dicdir() const { return dicdir_; }

  private:
    MecabModel(MeCab::Model* model, std::string dicdir) : model_(model), dicdir_(std::move(dicdir)) {}
    MeCab::Model* model_;
    std::string dicdir_;
};

/// A MeCab tagger over a shared model. NOT thread-safe: own one per thread.
class JapaneseTagger {
  public:
    /// Creates a tagger (and its lattice) over `model`.
    explicit JapaneseTagger(std::shared_ptr<const MecabModel> model);
    ~JapaneseTagger();
    JapaneseTagger(const JapaneseTagger&) = delete;
    JapaneseTagger& operator=(const JapaneseTagger&) = delete;

    /// Cuts `text` (UTF-8, NFKC) into words.
    std::vector<Morpheme> tag(std::string_view text);

  private:
    void find_parts(Morpheme& m);

    std::shared_ptr<const MecabModel> model_;
    MeCab::Tagger* tagger_;
    MeCab::Lattice* lattice_;
};

}  // namespace geofacet
