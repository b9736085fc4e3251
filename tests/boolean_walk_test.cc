// The boolean walk: the documents it visits are the documents Xapian's matcher matches, for every operator it
// walks, on one database and on two searched as one; what it cannot walk it says so.
#include <gtest/gtest.h>

#include <stdexcept>

#include "search/boolean_walk.h"
#include "support.h"

namespace geofacet {
namespace {

using Q = Xapian::Query;

Q all(Q::op op, std::vector<Q> parts) { return Q(op, parts.begin(), parts.end()); }

// name | query | whether the sample corpus has matches (so that an empty walk cannot pass as equal)
struct WalkCase {
    const char* name;
    Q query;
    bool some;
};

std::vector<WalkCase> walk_cases() {
    const Q jp("Njp"), us("Nus"), cn("Ncn"), tariff("Ztariff"), kanzei("関税"), en("Len"), ja("Lja"), none("Qno-such-article");
    return {
        {"a term", jp, true},
        {"OR", all(Q::OP_OR, {jp, us}), true},
        {"AND", all(Q::OP_AND, {jp, us}), true},
        {"AND of three", all(Q::OP_AND, {jp, us, cn}), true},
        {"AND_NOT", all(Q::OP_AND_NOT, {jp, us}), true},
        {"AND_NOT of several", all(Q::OP_AND_NOT, {Q::MatchAll, jp, us}), true},
        {"pure NOT", Q(Q::OP_AND_NOT, Q::MatchAll, jp), true},
        {"FILTER", Q(Q::OP_FILTER, tariff, en), true},
        {"AND_MAYBE: the first alone", Q(Q::OP_AND_MAYBE, jp, tariff), true},
        {"SCALE_WEIGHT", Q(Q::OP_SCALE_WEIGHT, all(Q::OP_OR, {tariff, kanzei}), 0.5), true},
        {"SCALE_WEIGHT by 0 still matches", Q(Q::OP_SCALE_WEIGHT, jp, 0.0), true},
        {"SYNONYM", all(Q::OP_SYNONYM, {tariff, kanzei}), true},
        {"XOR", all(Q::OP_XOR, {jp, us}), true},
        {"XOR of three", all(Q::OP_XOR, {jp, us, cn}), true},
        {"MAX", all(Q::OP_MAX, {jp, us}), true},
        {"nested", all(Q::OP_AND, {all(Q::OP_OR, {jp, cn}), all(Q::OP_AND_NOT, {en, tariff})}), true},
        {"every document", Q::MatchAll, true},
        {"every document filtered", Q(Q::OP_FILTER, Q::MatchAll, all(Q::OP_OR, {cn, kanzei})), true},
        {"AND of every document alone", all(Q::OP_AND, {Q::MatchAll, Q::MatchAll}), true},
        {"AND led by its rarest part", all(Q::OP_AND, {all(Q::OP_OR, {jp, us, en}), tariff, cn}), true},
        {"a term no document has", none, false},
        {"AND with a term no document has", all(Q::OP_AND, {jp, none}), false},
        {"OR with a term no document has", all(Q::OP_OR, {none, ja}), true},
        {"OR with MatchNothing", all(Q::OP_OR, {Q::MatchNothing, us}), true},
        {"AND_NOT of the same", Q(Q::OP_AND_NOT, jp, jp), false},
    };
}

std::vector<Xapian::docid> matched(const Xapian::Database& db, const Q& q) {
    Xapian::Enquire e(db);
    e.set_query(q);
    e.set_weighting_scheme(Xapian::BoolWeight());
    e.set_docid_order(Xapian::Enquire::ASCENDING);
    std::vector<Xapian::docid> out;
    const Xapian::MSet m = e.get_mset(0, db.get_doccount());
    for (Xapian::MSetIterator it = m.begin(); it != m.end(); ++it) out.push_back(*it);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<Xapian::docid> walked(const Xapian::Database& db, const Q& q) {
    std::vector<Xapian::docid> out;
    const Xapian::doccount n = walk_matches(db, q, [&out](Xapian::docid d) { out.push_back(d); }, [] {});
    EXPECT_EQ(n, out.size());
    return out;
}

void expect_walk_is_match(const Xapian::Database& db, const std::string& where) {
    for (const WalkCase& c : walk_cases()) {
        ASSERT_TRUE(walkable(c.query)) << c.name;
        const auto want = matched(db, c.query);
        EXPECT_EQ(!want.empty(), c.some) << where << ": " << c.name << " (the corpus changed?)";
        EXPECT_EQ(walked(db, c.query), want) << where << ": " << c.name;
    }
}

TEST(BooleanWalk, VisitsWhatTheMatcherMatches) { expect_walk_is_match(test::corpus_db(), "one database"); }

TEST(BooleanWalk, VisitsWhatTheMatcherMatchesOnShardsSearchedAsOne) {
    test::TempDir dir;
    test::index_into(dir.path("en"), {test::source_path("sample-corpus/en.jsonl")});
    test::index_into(dir.path("ja"), {test::source_path("sample-corpus/ja.jsonl")});
    Xapian::Database both(dir.path("en"));
    both.add_database(Xapian::Database(dir.path("ja")));
    expect_walk_is_match(both, "two shards");
}

TEST(BooleanWalk, WhatNeedsPositionsValuesOrWeightsIsNotWalked) {
    const Q jp("Njp"), us("Nus");
    const std::vector<std::pair<const char*, Q>> cases = {
        {"phrase", all(Q::OP_PHRASE, {Q("defence"), Q("budget")})},
        {"near", all(Q::OP_NEAR, {Q("defence"), Q("budget")})},
        {"value range", Q(Q::OP_VALUE_RANGE, 0, "20250101", "20251231")},
        {"posting source", Q((new Xapian::FixedWeightPostingSource(1.0))->release())},
        {"elite set", all(Q::OP_ELITE_SET, {jp, us})},
        {"wildcard", Q(Q::OP_WILDCARD, "Zdef")},
        {"a phrase inside an OR", all(Q::OP_OR, {jp, all(Q::OP_PHRASE, {Q("defence"), Q("budget")})})},
    };
    for (const auto& [name, q] : cases) EXPECT_FALSE(walkable(q)) << name;
}

TEST(BooleanWalk, ALongWalkIsPolledAndStopsWhenThePollThrows) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int i = 0; i < 20000; ++i) {
        Xapian::Document doc;
        doc.add_boolean_term(i % 2 ? "Xodd" : "Xeven");
        db.add_document(doc);
    }
    int polls = 0;
    Xapian::doccount visited = 0;
    EXPECT_EQ(walk_matches(db, Q("Xodd"), [&](Xapian::docid) { ++visited; }, [&] { ++polls; }), 10000u);
    EXPECT_EQ(visited, 10000u);
    EXPECT_GE(polls, 1);
    // A walk that reads much and matches nothing is polled too.
    polls = 0;
    EXPECT_EQ(walk_matches(db, Q(Q::OP_AND_NOT, Q::MatchAll, all(Q::OP_OR, {Q("Xodd"), Q("Xeven")})),
                           [&](Xapian::docid) { ++visited; }, [&] { ++polls; }),
              0u);
    EXPECT_GE(polls, 1);
    visited = 0;
    EXPECT_THROW(walk_matches(db, Q::MatchAll, [&](Xapian::docid) { ++visited; }, [] { throw std::runtime_error("time"); }),
                 std::runtime_error);
    EXPECT_LT(visited, 20000u);
}

}  // namespace
}  // namespace geofacet
