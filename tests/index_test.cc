// The index: schema, facets of every sample article against the hand-written expectations, replacement.
#include <gtest/gtest.h>

#include <cstdio>

#include "index/document_data.h"
#include "index/indexing_run.h"
#include "index/name_evidence_set.h"
#include "schema/schema.h"
#include "support.h"

namespace geofacet {
namespace {

Xapian::Document doc_of(const Xapian::Database& db, const std::string& id) {
    Xapian::PostingIterator it = db.postlist_begin("Q" + id);
    if (it == db.postlist_end("Q" + id)) throw std::runtime_error("no document " + id);
    return db.get_document(*it);
}

std::set<std::string> terms_with_prefix(const Xapian::Document& doc, const std::string& prefix) {
    std::set<std::string> out;
    for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        const std::string term = *t;
        if (term.rfind(prefix, 0) == 0) out.insert(term.substr(prefix.size()));
    }
    return out;
}

TEST(Index, EverySampleArticleHasItsExpectedFacets) {
    const Xapian::Database& db = test::corpus_db();
    const auto expected = test::expected_facets();
    ASSERT_GE(expected.size(), 40u);
    EXPECT_EQ(db.get_doccount(), expected.size());
    for (const auto& [id, want] : expected) {
        const Xapian::Document doc = doc_of(db, id);
        EXPECT_EQ(terms_with_prefix(doc, schema::kActorPrefix), want.actors) << id;
        std::set<std::string> countries;
        for (const std::string& c : want.countries) countries.insert(schema::country_term(c).substr(1));
        EXPECT_EQ(terms_with_prefix(doc, schema::kCountryPrefix), countries) << id;
        EXPECT_EQ(terms_with_prefix(doc, schema::kPercentPrefix), want.percentages) << id;
        // The document data carries the same values, for tools that display rather than search.
        const DocumentData data(doc.get_data());
        EXPECT_EQ(data.all(schema::kFieldCountry).size(), want.countries.size()) << id;
        EXPECT_EQ(data.all(schema::kFieldActor).size(), want.actors.size()) << id;
    }
}

// Precision and recall of each facet in each language, against the expectations written by hand.
TEST(Index, PrecisionAndRecallOfEveryFacetAreAtLeast95Percent) {
    const Xapian::Database& db = test::corpus_db();
    struct Counts {
        std::size_t tp = 0, fp = 0, fn = 0;
    };
    std::map<std::string, Counts> counts;  // "en actor", "ja country", ...
    for (const auto& [id, want] : test::expected_facets()) {
        const Xapian::Document doc = doc_of(db, id);
        const std::string lang = id.substr(0, 2);
        std::set<std::string> countries;
        for (const std::string& c : want.countries) countries.insert(schema::country_term(c).substr(1));
        const std::pair<std::string, std::pair<std::set<std::string>, std::set<std::string>>> facets[] = {
            {"actor", {terms_with_prefix(doc, schema::kActorPrefix), want.actors}},
            {"country", {terms_with_prefix(doc, schema::kCountryPrefix), countries}},
            {"percent", {terms_with_prefix(doc, schema::kPercentPrefix), want.percentages}}};
        for (const auto& [facet, got_want] : facets) {
            Counts& c = counts[lang + " " + facet];
            for (const std::string& v : got_want.first) (got_want.second.count(v) ? c.tp : c.fp)++;
            for (const std::string& v : got_want.second) c.fn += !got_want.first.count(v);
        }
    }
    ASSERT_EQ(counts.size(), 6u);
    for (const auto& [what, c] : counts) {
        const double precision = c.tp ? double(c.tp) / (c.tp + c.fp) : 0, recall = c.tp ? double(c.tp) / (c.tp + c.fn) : 0;
        std::printf("%-11s precision %.3f recall %.3f (%zu values)\n", what.c_str(), precision, recall, c.tp + c.fn);
        EXPECT_GE(precision, 0.95) << what;
        EXPECT_GE(recall, 0.95) << what;
        EXPECT_GE(c.tp, 20u) << what;
    }
}

TEST(Index, FollowsOmegasConventions) {
    const Xapian::Database& db = test::corpus_db();
    const Xapian::Document doc = doc_of(db, "en-01");
    const auto articles = test::corpus_articles();
    const Article& a = articles.at("en-01");
    EXPECT_TRUE(terms_with_prefix(doc, "S").count("japan"));
    EXPECT_TRUE(terms_with_prefix(doc, "L").count("en"));
    EXPECT_TRUE(terms_with_prefix(doc, "D").count("20250621"));
    EXPECT_TRUE(terms_with_prefix(doc, "M").count("202506"));
    EXPECT_TRUE(terms_with_prefix(doc, "Y").count("2025"));
    EXPECT_TRUE(terms_with_prefix(doc, "U").count(a.url));
    EXPECT_EQ(doc.get_value(schema::kDateSlot), "20250621");
    EXPECT_EQ(doc.get_value(schema::kLangSlot), "en");
    const DocumentData data(doc.get_data());
    EXPECT_EQ(data.get("caption"), a.title);
    EXPECT_EQ(data.get("url"), a.url);
    EXPECT_EQ(data.get("date"), "2025-06-21");
    EXPECT_EQ(data.get("source"), a.source);
    EXPECT_EQ(data.get("sample").substr(0, 20), a.body.substr(0, 20));
    EXPECT_EQ(data.body(), a.body);
}

TEST(Index, DetectsTheLanguageWhenNotGiven) {
    const Xapian::Database& db = test::corpus_db();
    const auto articles = test::corpus_articles();
    int undeclared = 0;
    for (const auto& [id, a] : articles) {
        if (!a.lang.empty()) continue;
        ++undeclared;
        const std::string want = id.rfind("ja", 0) == 0 ? "ja" : "en";
        EXPECT_EQ(doc_of(db, id).get_value(schema::kLangSlot), want) << id;
    }
    EXPECT_GE(undeclared, 4);
}

TEST(Index, MarksMixedArticlesWithBothLanguages) {
    test::TempDir dir;
    test::write_file(dir.path("mixed.jsonl"),
                     "{\"id\":\"mix\",\"title\":\"Ishiba speech\",\"body\":\"The prime minister said, in Japanese, "
                     "「日本の防衛費は日本が自ら決める。米国の要求で決めるものではない」 before leaving for the summit.\"}\n");
    const Xapian::Database db = test::index_into(dir.path("db"), {dir.path("mixed.jsonl")});
    const auto langs = terms_with_prefix(doc_of(db, "mix"), "L");
    EXPECT_EQ(langs, (std::set<std::string>{"en", "ja"}));
}

TEST(Index, ReindexingAnIdReplacesTheDocument) {
    test::TempDir dir;
    test::write_file(dir.path("v1.jsonl"), "{\"id\":\"r1\",\"title\":\"Tariff talks\",\"body\":\"First version about Japan.\"}\n"
                                           "{\"id\":\"r2\",\"title\":\"Other\",\"body\":\"Unchanged.\"}\n");
    test::write_file(dir.path("v2.jsonl"), "{\"id\":\"r1\",\"title\":\"Tariff talks\",\"body\":\"Second version about Australia.\"}\n");
    test::index_into(dir.path("db"), {dir.path("v1.jsonl")});
    IndexOptions options;
    options.db = dir.path("db");
    options.inputs = {dir.path("v2.jsonl")};
    const IndexReport report = run_indexing(test::resources(), options);
    EXPECT_EQ(report.replaced, 1u);
    EXPECT_EQ(report.added, 0u);
    Xapian::Database db(dir.path("db"));
    EXPECT_EQ(db.get_doccount(), 2u);
    EXPECT_EQ(db.get_termfreq("Qr1"), 1u);
    EXPECT_EQ(db.get_termfreq("Njp"), 0u);
    EXPECT_EQ(db.get_termfreq("Nau"), 1u);
    EXPECT_EQ(db.get_termfreq("first"), 0u);
}

TEST(Index, ReportsProgressWithTheShareOfInputDone) {
    test::TempDir dir;
    IndexOptions options;
    options.db = dir.path("db");
    options.inputs = {test::source_path("sample-corpus")};
    IndexCallbacks callbacks;
    callbacks.progress_seconds = 0;  // every article, for the test
    std::vector<IndexProgress> seen;
    callbacks.on_progress = [&](const IndexProgress& p) { seen.push_back(p); };
    const IndexReport report = run_indexing(test::resources(), options, callbacks);
    ASSERT_EQ(seen.size(), report.indexed);
    EXPECT_GT(seen.back().total_bytes, 0u);
    EXPECT_GT(seen.back().bytes, seen.front().bytes);
    EXPECT_LE(seen.back().bytes, seen.back().total_bytes);
    EXPECT_EQ(seen.back().documents, report.indexed);
}

TEST(Index, SeveralThreadsMakeTheSameIndexInTheSameOrder) {
    test::TempDir dir;
    IndexOptions options;
    options.inputs = {test::source_path("sample-corpus")};
    options.db = dir.path("one");
    options.threads = 1;
    run_indexing(test::resources(), options);
    options.db = dir.path("four");
    options.threads = 4;
    options.batch_size = 7;
    run_indexing(test::resources(), options);
    const Xapian::Database one(dir.path("one")), four(dir.path("four"));
    ASSERT_EQ(one.get_doccount(), four.get_doccount());
    for (Xapian::docid id = 1; id <= one.get_doccount(); ++id) {
        const Xapian::Document a = one.get_document(id), b = four.get_document(id);
        EXPECT_EQ(a.get_data(), b.get_data()) << id;  // the same article under the same document number
        EXPECT_EQ(std::vector<std::string>(a.termlist_begin(), a.termlist_end()),
                  std::vector<std::string>(b.termlist_begin(), b.termlist_end())) << id;
    }
}

// A long Japanese article naming someone the gazetteer lacks, then a short English one naming him in Latin
// letters: a second worker finishes the English one long before the first has read the Japanese name, yet
// the Japanese article must not see it (the evidence is what came before, whatever the threads).
TEST(Index, AnArticleNeverSeesTheNamesOfALaterOne) {
    test::TempDir dir;
    std::string filler;
    for (int i = 0; i < 1500; ++i) filler += "経済の協議は続いた。";
    test::write_file(dir.path("a.jsonl"),
                     "{\"id\":\"j\",\"lang\":\"ja\",\"title\":\"会談\",\"body\":\"" + filler +
                         "ダリウシュ・カムラニ大統領は会談に応じた。\"}\n"
                         "{\"id\":\"e\",\"lang\":\"en\",\"title\":\"Talks\",\"body\":\"President Dariush "
                         "Kamrani said the talks would go on.\"}\n");
    std::vector<std::set<std::string>> actors;
    for (unsigned threads : {1u, 2u, 2u, 2u}) {
        IndexOptions options;
        options.inputs = {dir.path("a.jsonl")};
        options.db = dir.path("db" + std::to_string(actors.size()));
        options.threads = threads;
        run_indexing(test::resources(), options);
        actors.push_back(terms_with_prefix(doc_of(Xapian::Database(options.db), "j"), schema::kActorPrefix));
    }
    EXPECT_EQ(actors.front().count("dariush-kamrani"), 0u);  // the English article came after it
    for (std::size_t run = 1; run < actors.size(); ++run) EXPECT_EQ(actors[run], actors.front()) << "run " << run;
}

// An index whose sound key T holds ten spellings written in three articles each and kSpellingsPerSound
// more written once: more entries than a look-up gives.
Xapian::Database crowded_sound_key(const test::TempDir& dir) {
    Xapian::WritableDatabase db(dir.path("crowded"), Xapian::DB_CREATE_OR_OVERWRITE);
    for (std::size_t i = 0; i < 10; ++i)
        for (int copy = 0; copy < 3; ++copy) {
            Xapian::Document doc;
            doc.add_term(schema::name_sound_term("T|often-" + std::to_string(i)));
            db.add_document(doc);
        }
    for (std::size_t i = 0; i < kSpellingsPerSound; ++i) {
        Xapian::Document doc;
        doc.add_term(schema::name_sound_term("T|once-" + std::to_string(i)));
        db.add_document(doc);
    }
    db.commit();
    return Xapian::Database(dir.path("crowded"));
}

TEST(Index, ALookUpBySoundGivesTheMostWrittenSpellingsAndNoMore) {
    test::TempDir dir;
    const Xapian::Database db = crowded_sound_key(dir);
    const std::vector<std::string> from_index = sound_spellings(db, "T");
    ASSERT_EQ(from_index.size(), kSpellingsPerSound);
    for (std::size_t i = 0; i < 10; ++i) EXPECT_EQ(from_index[i].rfind("often-", 0), 0u) << from_index[i];
    // The indexer's running evidence starts from the index and gives the same look-up.
    EXPECT_EQ(NameEvidenceSet(db).spellings("T"), from_index);
}

TEST(Index, ASpellingWrittenInTheRunClimbsAboveTheCrowd) {
    test::TempDir dir;
    NameEvidenceSet evidence(crowded_sound_key(dir));
    Xapian::Document fresh;
    fresh.add_term(schema::name_sound_term("T|fresh"));
    evidence.add_from(fresh);
    const auto has_fresh = [&] {
        const std::vector<std::string> s = evidence.spellings("T");
        return std::find(s.begin(), s.end(), "fresh") != s.end();
    };
    EXPECT_FALSE(has_fresh());  // written once, behind ten written thrice and the cap's worth written once
    for (int i = 0; i < 3; ++i) evidence.add_from(fresh);
    EXPECT_EQ(evidence.spellings("T").front(), "fresh");  // four articles: the most written
    EXPECT_EQ(evidence.spellings("T").size(), kSpellingsPerSound);
}

TEST(Index, JapaneseWordsAreFoundInsideCompounds) {
    const Xapian::Database& db = test::corpus_db();
    // 日本 is indexed inside 日本人; 防衛 inside 防衛費 (MeCab cuts 防衛|費).
    test::TempDir dir;
    test::write_file(dir.path("c.jsonl"), "{\"id\":\"c1\",\"title\":\"日本人記者\",\"body\":\"防衛費の増額\"}\n");
    const Xapian::Database small = test::index_into(dir.path("db"), {dir.path("c.jsonl")});
    EXPECT_EQ(small.get_termfreq("日本"), 1u);
    EXPECT_EQ(small.get_termfreq("防衛"), 1u);
    EXPECT_EQ(small.get_termfreq("本人"), 0u);  // no accidental character pairs
    // Every sample article whose text holds 防衛 anywhere (防衛費, 防衛相, 防衛省 ...) is found by it.
    std::set<std::string> holding, found;
    for (const auto& [id, a] : test::corpus_articles())
        if ((a.title + a.body).find("防衛") != std::string::npos) holding.insert(id);
    for (Xapian::PostingIterator p = db.postlist_begin("防衛"); p != db.postlist_end("防衛"); ++p)
        found.insert(DocumentData(db.get_document(*p).get_data()).get("id"));
    EXPECT_GE(holding.size(), 5u);
    EXPECT_EQ(found, holding);
}

TEST(Index, KeepsPositionsForPhrases) {
    const Xapian::Database& db = test::corpus_db();
    Xapian::Enquire enquire(db);
    const std::vector<Xapian::Query> words = {Xapian::Query("upper"), Xapian::Query("house")};
    enquire.set_query(Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end()));
    EXPECT_GT(enquire.get_mset(0, 10).size(), 0u);
}

}  // namespace
}  // namespace geofacet
