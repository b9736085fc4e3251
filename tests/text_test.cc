// Normalisation and segmentation: the ground every later stage stands on.
#include <gtest/gtest.h>

#include <algorithm>

#include "analysis/term_former.h"
#include "support.h"
#include "text/normaliser.h"
#include "text/segmenter.h"

namespace geofacet {
namespace {

struct FoldCase {
    const char* input;
    const char* folded;
};

// Surface form → the key every term is built from (NFKC, case folding, ASCII apostrophes).
const FoldCase kFoldCases[] = {
    {"ＮＡＴＯ", "nato"},
    {"５％", "5%"},
    {"NATO", "nato"},
    {"Japan’s", "japan's"},
    {"ｶﾞｲﾑｼｮｳ", "ガイムショウ"},  // half-width katakana with voicing marks
    {"Ｔｏｋｙｏ", "tokyo"},
    {"Straße", "strasse"},
    {"３．５％", "3.5%"},
    {"①", "1"},
    {"㈱", "(株)"},
};

TEST(Normaliser, FoldsWidthCaseAndApostrophes) {
    for (const FoldCase& c : kFoldCases) EXPECT_EQ(fold_case(c.input), c.folded) << c.input;
}

TEST(Normaliser, StripsLatinAccentsButNotJapaneseVoicing) {
    EXPECT_EQ(strip_latin_diacritics("Tōkyō"), "Tokyo");
    EXPECT_EQ(strip_latin_diacritics("Ryōsei"), "Ryosei");
    EXPECT_EQ(strip_latin_diacritics("Zürich"), "Zurich");
    EXPECT_EQ(strip_latin_diacritics("ガイムショウ"), "ガイムショウ");
    EXPECT_EQ(strip_latin_diacritics("ぱぴぷ"), "ぱぴぷ");
}

TEST(Normaliser, MapsOffsetsBackToTheOriginal) {
    const std::string original = "ＮＡＴＯは５％";
    const NormalisedText n(original);
    EXPECT_EQ(n.text(), "NATOは5%");
    const std::size_t ha = n.text().find("は");
    EXPECT_EQ(original.substr(n.original_offset(ha), 3), "は");
    EXPECT_EQ(n.original_offset(0), 0u);
    EXPECT_EQ(n.original_offset(n.text().size()), original.size());
}

std::vector<std::string> surfaces(const std::vector<Token>& tokens) {
    std::vector<std::string> out;
    for (const Token& t : tokens) out.push_back(t.surface);
    return out;
}

TEST(Segmenter, CutsJapaneseNamesWithMeCabNotIcu) {
    Segmenter s(test::resources()->mecab);
    // ICU's dictionary break iterator gives 安倍|晋|三元|首相; MeCab keeps 三 and 元 apart.
    const auto words = surfaces(s.segment("安倍晋三元首相"));
    EXPECT_EQ(words.front(), "安倍");
    EXPECT_EQ(std::count(words.begin(), words.end(), "三元"), 0);
    EXPECT_EQ(words.back(), "首相");
}

TEST(Segmenter, FindsDictionaryWordsInsideCompounds) {
    Segmenter s(test::resources()->mecab);
    const auto tokens = s.segment("日本人の記者");
    ASSERT_FALSE(tokens.empty());
    EXPECT_EQ(tokens[0].surface, "日本人");
    EXPECT_NE(std::find(tokens[0].parts.begin(), tokens[0].parts.end(), "日本"), tokens[0].parts.end());
    // No accidental pair: 本人 ("the person himself") is not inside 日本人.
    EXPECT_EQ(std::find(tokens[0].parts.begin(), tokens[0].parts.end(), "本人"), tokens[0].parts.end());
}

TEST(Segmenter, CutsEnglishWithIcuWordBreaks) {
    Segmenter s(test::resources()->mecab);
    const auto tokens = s.segment("Japan’s U.S. ties, 3.5 percent, 2+2");
    const std::vector<std::string> expected = {"Japan’s", "U.S", "ties", "3.5", "percent", "2", "2"};
    EXPECT_EQ(surfaces(tokens), expected);
    EXPECT_EQ(tokens[3].kind, TokenKind::Number);
    EXPECT_TRUE(tokens[6].glued);    // 2+2: the second 2 is glued to the first
    EXPECT_FALSE(tokens[2].glued);   // "ties" follows a space
}

TEST(Segmenter, NormalisesBeforeCutting) {
    Segmenter s(test::resources()->mecab);
    const auto tokens = s.segment("ＮＡＴＯ首脳会議");
    ASSERT_GE(tokens.size(), 2u);
    EXPECT_EQ(tokens[0].surface, "NATO");
    EXPECT_EQ(tokens[0].kind, TokenKind::Word);
    EXPECT_EQ(tokens[1].kind, TokenKind::Japanese);
}

struct TermCase {
    const char* word;
    const char* exact;
    const char* stem;
};

const TermCase kTermCases[] = {
    {"Japan's", "japan", "Zjapan"},
    {"U.S.", "us", "Zus"},
    {"Tōkyō", "tokyo", "Ztokyo"},
    {"spending", "spending", "Zspend"},
    {"5,000", "5000", "Z5000"},
    {"3.5", "3.5", "Z3.5"},
    {"ＮＡＴＯ", "nato", "Znato"},
};

TEST(TermFormer, MakesTheSameTermsAtIndexAndQueryTime) {
    Segmenter s(test::resources()->mecab);
    TermFormer terms;
    for (const TermCase& c : kTermCases) {
        const auto tokens = s.segment(c.word);
        ASSERT_EQ(tokens.size(), 1u) << c.word;
        EXPECT_EQ(exact_term(tokens[0]), c.exact) << c.word;
        EXPECT_EQ(terms.stem(tokens[0]), c.stem) << c.word;
    }
}

TEST(TermFormer, GivesConjugatedJapaneseItsDictionaryForm) {
    Segmenter s(test::resources()->mecab);
    TermFormer terms;
    const auto tokens = s.segment("引き上げた");
    ASSERT_FALSE(tokens.empty());
    EXPECT_EQ(terms.stem(tokens[0]), "Z引き上げる");
}

}  // namespace
}  // namespace geofacet
