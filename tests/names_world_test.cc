// Names of the whole world across scripts: katakana and Latin compared by sound, Chinese and Korean names by
// their readings, clean labels. Tables, one line a case, in tests/data/names/; a case that once failed stays.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "names/korean.h"
#include "names/name_evidence.h"
#include "names/sound_match.h"
#include "text/script.h"
#include "support.h"
#include "text/normaliser.h"
#include "util/data_file.h"
#include "util/utf8.h"

namespace geofacet {
namespace {

// The katakana of a name as the comparison reads it: each part romanised by ICU, parts apart.
std::string kana_sound(const std::string& katakana) {
    std::string out;
    for (const std::string& part : split_name(NormalisedText(katakana).text()))
        out += (out.empty() ? "" : " ") + test::analyzer().names().kana_sound(part);
    return out;
}

bool share_a_key(const std::string& katakana, const std::string& latin) {
    const auto a = sound_keys(kana_sound(katakana), true), b = sound_keys(latin, false);
    return std::any_of(a.begin(), a.end(), [&](const std::string& k) { return std::find(b.begin(), b.end(), k) != b.end(); });
}

TEST(SoundMatch, KatakanaAndLatinSpellingsOfOneNameMatchAndNearNamesDoNot) {
    std::size_t same = 0, apart = 0;
    read_data_file(test::source_path("tests/data/names/sound.tsv"), [&](const DataRecord& r) {
        const std::string& kana = r.field(0);
        const std::string& latin = r.field(1);
        const bool expected = r.field(2) == "same";
        const std::string sound = kana_sound(kana);
        EXPECT_EQ(sounds_alike(sound, latin), expected)
            << kana << " (" << sound << ") vs " << latin << ": distance " << sound_distance(sound, latin);
        if (expected) {
            EXPECT_TRUE(share_a_key(kana, latin)) << kana << " vs " << latin;
        }
        (expected ? same : apart)++;
    }, 3, "katakana<TAB>latin<TAB>same|apart");
    EXPECT_GE(same, 30u);
    EXPECT_GE(apart, 15u);
}

TEST(KoreanReader, ReadsHangulHanjaAndKatakanaAndFoldsSpellingsAsTheTableSays) {
    const KoreanNames& korean = *test::resources()->korean;
    std::map<std::string, std::size_t> cases;
    read_data_file(test::source_path("tests/data/names/korean.tsv"), [&](const DataRecord& r) {
        const std::string &form = r.field(0), &reader = r.field(1), &expected = r.field(2);
        if (reader == "hangul") {
            EXPECT_EQ(korean.romanize(form), expected) << form;
        } else if (reader == "hanja") {
            EXPECT_EQ(korean.hangul_of_hanja(form), expected) << form;
        } else if (reader == "katakana") {
            const KoreanReading k = korean.read_katakana(split_name(form));
            EXPECT_EQ(k.family.empty() || k.given.empty() ? "" : k.family.front() + " " + k.given.front(), expected) << form;
        } else if (reader == "fold" || reader == "apart") {
            EXPECT_EQ(KoreanNames::fold(form) == KoreanNames::fold(expected), reader == "fold") << form << " " << expected;
        } else {
            throw r.error("unknown reader " + reader);
        }
        ++cases[reader];
    }, 3, "form<TAB>reader<TAB>expected");
    EXPECT_GE(cases["hangul"], 10u);
    EXPECT_GE(cases["hanja"], 10u);
    EXPECT_GE(cases["katakana"], 5u);
}

bool has_hangul(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        const char32_t c = utf8::next(s, i);
        if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) return true;
    }
    return false;
}

// A sentence of `lang` around `surface`.
std::string in_sentence(const std::string& surface, const std::string& lang) {
    return lang == "ja" ? surface + "は月曜、述べた。" : surface + " said on Monday.";
}

// What an archive of the texts read so far has seen of names in Latin script, as the index's XL and XK terms
// hold it (index/document_builder.cc).
struct TestArchive {
    std::set<std::string> keys;
    std::map<std::string, std::vector<std::string>> sounds;

    void add(const Analysis& a) {
        for (const Mention& m : a.mentions) {
            if (m.facet != Facet::Actor || m.name_parts.empty() || has_japanese(m.text)) continue;
            if (m.name_parts.size() > 1) keys.insert(name_id(m.name_parts));
            for (const std::string& entry : name_sound_entries(m.value, m.text, m.name_parts)) {
                const std::size_t bar = entry.find('|');
                sounds[entry.substr(0, bar)].push_back(entry.substr(bar + 1));
            }
        }
    }
    NameEvidence evidence() const {
        return NameEvidence([this](const std::string& k) { return keys.count(k) > 0; },
                            [this](const std::string& s) {
                                const auto it = sounds.find(s);
                                return it == sounds.end() ? std::vector<std::string>{} : it->second;
                            });
    }
};

std::set<std::string> actors_of(const Analysis& a) {
    std::set<std::string> out;
    for (const Mention& m : a.mentions)
        if (m.facet == Facet::Actor) out.insert(m.value);
    return out;
}

std::string joined(const std::set<std::string>& values) {
    std::string out;
    for (const std::string& v : values) out += (out.empty() ? "" : ",") + v;
    return out;
}

struct Case {
    std::string a, b, lang_or_why;
};

std::vector<Case> read_cases(const std::string& file, const std::string& format) {
    std::vector<Case> out;
    read_data_file(test::source_path("tests/data/names/" + file),
                   [&](const DataRecord& r) { out.push_back(Case{r.field(0), r.field(1), r.field(2)}); }, 3, format);
    return out;
}

// The analyser of the tables, with the English forms of both tables read first as its archive.
Analyzer& table_analyzer() {
    static Analyzer analyzer(test::resources());
    static TestArchive archive;
    static bool ready = false;
    if (!ready) {
        for (const Case& c : read_cases("pairs.tsv", "surface<TAB>context-lang<TAB>expected-id"))
            if (c.b == "en") archive.add(analyzer.analyse(in_sentence(c.a, "en")));
        for (const Case& c : read_cases("pairs-latin.tsv", "surface<TAB>context-lang<TAB>expected-id"))
            if (c.b == "en") archive.add(analyzer.analyse(in_sentence(c.a, "en")));
        for (const char* file : {"apart.tsv", "apart-latin.tsv"})
            for (const Case& c : read_cases(file, "form_a<TAB>form_b<TAB>why"))
                for (const std::string& form : {c.a, c.b})
                    if (!has_japanese(form) && !has_hangul(form)) archive.add(analyzer.analyse(in_sentence(form, "en")));
        analyzer.set_name_evidence(archive.evidence());
        ready = true;
    }
    return analyzer;
}

TEST(NamePairs, EverySpellingInEveryScriptGivesItsPersonsId) {
    std::size_t latin = 0, other = 0;
    for (const Case& c : read_cases("pairs.tsv", "surface<TAB>context-lang<TAB>expected-id")) {
        const auto found = actors_of(table_analyzer().analyse(in_sentence(c.a, c.b)));
        EXPECT_EQ(joined(found), c.lang_or_why) << c.a << " (" << c.b << ")";
        (has_japanese(c.a) || has_hangul(c.a) || has_kanji(c.a) ? other : latin)++;
    }
    EXPECT_GE(latin + other, 150u);
    EXPECT_GE(other, 60u);
    EXPECT_GE(latin, 60u);
}

// Latin-script names of any origin (Arabic particles kept in the id) and their katakana; "-" is no person.
TEST(NamePairs, LatinNamesOfAnyOriginGiveTheirIds) {
    std::size_t cases = 0;
    for (const Case& c : read_cases("pairs-latin.tsv", "surface<TAB>context-lang<TAB>expected-id")) {
        const auto found = actors_of(table_analyzer().analyse(in_sentence(c.a, c.b)));
        EXPECT_EQ(joined(found), c.lang_or_why == "-" ? "" : c.lang_or_why) << c.a << " (" << c.b << ")";
        ++cases;
    }
    EXPECT_GE(cases, 20u);
}

TEST(NamePairs, NearNamesStayApart) {
    std::size_t cases = 0;
    for (const Case& c : read_cases("apart.tsv", "form_a<TAB>form_b<TAB>why")) {
        const auto lang = [](const std::string& f) { return has_japanese(f) || has_hangul(f) ? "ja" : "en"; };
        const auto a = actors_of(table_analyzer().analyse(in_sentence(c.a, lang(c.a))));
        const auto b = actors_of(table_analyzer().analyse(in_sentence(c.b, lang(c.b))));
        EXPECT_FALSE(a.empty()) << c.a;  // form_b may name nobody (王府井 is a street)
        EXPECT_NE(joined(a), joined(b)) << c.a << " vs " << c.b << ": " << c.lang_or_why;
        ++cases;
    }
    EXPECT_GE(cases, 40u);
}

TEST(NamePairs, NamesOfAnyOriginStayApart) {
    std::size_t cases = 0;
    for (const Case& c : read_cases("apart-latin.tsv", "form_a<TAB>form_b<TAB>why")) {
        const auto lang = [](const std::string& f) { return has_japanese(f) ? "ja" : "en"; };
        const auto a = actors_of(table_analyzer().analyse(in_sentence(c.a, lang(c.a))));
        const auto b = actors_of(table_analyzer().analyse(in_sentence(c.b, lang(c.b))));
        EXPECT_FALSE(a.empty()) << c.a;
        EXPECT_NE(joined(a), joined(b)) << c.a << " vs " << c.b << ": " << c.lang_or_why;
        ++cases;
    }
    EXPECT_GE(cases, 8u);
}

}  // namespace
}  // namespace geofacet
