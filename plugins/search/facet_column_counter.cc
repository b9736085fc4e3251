#include "search/facet_column_counter.h"

#include <algorithm>
#include <stdexcept>

#include "search/boolean_walk.h"

namespace geofacet {

namespace {

// Which shard the matcher is in, for one pass: set by the shard trackers, read by the spy.
struct Track {
    std::vector<std::string> uuids;  // of each shard, in Xapian's order
    std::vector<bool> claimed;       // a tracker has been given the shard
    std::size_t current = 0;         // the shard being matched
    bool placed = false;             // current is known
};

// Matches every document of its shard and, whenever the matcher moves it, marks its shard as the one being
// matched. Xapian gives each sub-database a clone, initialised with that sub-database; the clone finds its
// shard by UUID (and, for one database listed twice, by the order of the calls).
class ShardTracker : public Xapian::PostingSource {
  public:
    explicit ShardTracker(std::shared_ptr<Track> track) : track_(std::move(track)) {}
    ShardTracker* clone() const override { return new ShardTracker(track_); }
    std::string name() const override { return "geofacet::ShardTracker"; }

    void init(const Xapian::Database& db) override {
        did_ = 0;
        last_ = db.get_lastdocid();
        count_ = db.get_doccount();
        shard_ = track_->uuids.size();  // none yet
        const std::string uuid = db.get_uuid();
        for (std::size_t i = 0; i < track_->uuids.size() && shard_ == track_->uuids.size(); ++i)
            if (!track_->claimed[i] && track_->uuids[i] == uuid) track_->claimed[shard_ = i] = true;
    }
    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override { return count_; }
    Xapian::doccount get_termfreq_max() const override { return last_; }
    void next(double) override { move_to(did_ + 1); }
    void skip_to(Xapian::docid did, double) override { move_to(std::max(did, did_)); }
    bool check(Xapian::docid did, double) override {
        move_to(did);
        return true;
    }
    bool at_end() const override { return did_ > last_; }
    Xapian::docid get_docid() const override { return did_; }

  private:
    void move_to(Xapian::docid did) {
        did_ = did;
        track_->current = shard_;
        track_->placed = shard_ < track_->uuids.size();  // false: a sub-database no columns were given for
    }

    std::shared_ptr<Track> track_;
    std::size_t shard_ = 0;
    Xapian::docid did_ = 0, last_ = 0;
    Xapian::doccount count_ = 0;
};

}  // namespace

// A multi-select facet's filters, as one shard's ordinals: a document passes when one of its ordinals of the
// facet is kept.
struct FilterTest {
    std::uint32_t first = 0, last = 0;  // the facet's ordinals
    std::vector<std::uint8_t> keeps;    // by ordinal - first

    bool passes(const std::uint32_t* p, const std::uint32_t* end) const {
        for (; p != end; ++p)
            if (*p >= first && *p < last && keeps[*p - first]) return true;
        return false;
    }
};

// One counting pass: a spy that reads each matching document's ordinals from its shard's columns and counts
// them, all of them or those of one facet. When it tests multi-select facets' filters, a document that passes
// them all is counted (and accepted); one that fails exactly one is counted for that facet alone, into the
// pass of that facet.
struct ColumnFacetCounter::Pass : public Xapian::MatchSpy {
    std::vector<const FacetColumns*> shards;
    std::vector<std::vector<Xapian::doccount>> counts;         // by shard, by ordinal
    std::vector<std::pair<std::uint32_t, std::uint32_t>> only;  // by shard: the ordinals counted (empty: all)
    std::vector<std::vector<FilterTest>> tests;                // by shard, by tested facet (empty: none)
    std::vector<Pass*> failing;                                // by tested facet: where its near misses count
    std::shared_ptr<Track> track = std::make_shared<Track>();
    std::vector<schema::FacetId> counted;                      // the facets this pass counts
    Xapian::doccount accepted = 0;
    bool lost = false;  // a document arrived that no shard could hold

    void operator()(const Xapian::Document& doc, double) override {
        if (!track->placed) {
            lost = true;
            return;
        }
        add(track->current, doc.get_docid());
    }

    /// Counts document `did` of shard `shard`.
    void add(std::size_t shard, Xapian::docid did) {
        if (did > shards[shard]->last_docid()) {
            lost = true;
            return;
        }
        const std::uint32_t *begin = shards[shard]->begin(did), *end = shards[shard]->end(did);
        std::size_t failed = tests.empty() ? 0 : tests[shard].size();  // none
        if (!tests.empty()) {
            for (std::size_t m = 0; m < tests[shard].size(); ++m) {
                if (tests[shard][m].passes(begin, end)) continue;
                if (failed != tests[shard].size()) return;  // fails two filters: counted nowhere
                failed = m;
            }
            if (failed != tests[shard].size()) {
                const FilterTest& t = tests[shard][failed];
                Xapian::doccount* c = failing[failed]->counts[shard].data();
                for (const std::uint32_t* p = begin; p != end; ++p)
                    if (*p >= t.first && *p < t.last) ++c[*p];
                return;
            }
        }
        count(shard, begin, end);
        ++accepted;
    }

    void count(std::size_t shard, const std::uint32_t* p, const std::uint32_t* end) {
        Xapian::doccount* c = counts[shard].data();
        if (only.empty()) {
            for (; p != end; ++p) ++c[*p];
        } else {
            const auto [first, last] = only[shard];
            for (; p != end; ++p)
                if (*p >= first && *p < last) ++c[*p];
        }
    }
    std::string name() const override { return "geofacet::ColumnSpy"; }
};

namespace {

// The test of facet `facet`'s filters on one shard: the ordinals of the terms its filter queries hold.
FilterTest test_of(const FacetColumns& columns, schema::FacetId facet, const FilterSet& filters) {
    FilterTest t;
    t.first = columns.first(facet);
    t.last = columns.last(facet);
    t.keeps.assign(t.last - t.first, 0);
    for (const ResolvedFilter& f : filters.filters()) {
        if (f.facet != facet) continue;
        for (Xapian::TermIterator term = f.query.get_terms_begin(); term != f.query.get_terms_end(); ++term)
            if (const auto value = schema::facet_value_of_term(schema::facet(facet), *term))
                if (const auto ord = columns.ordinal(facet, *value)) t.keeps[*ord - t.first] = 1;
    }
    return t;
}

}  // namespace

ColumnFacetCounter::ColumnFacetCounter(std::vector<std::shared_ptr<const FacetColumns>> shards,
                                       std::vector<schema::FacetId> facets, const FilterSet& filters)
    : shards_(std::move(shards)), filters_(filters) {
    for (schema::FacetId f : filters.facets())
        if (std::find(facets.begin(), facets.end(), f) != facets.end()) multi_select_.push_back(f);
    main_ = start_pass(facets);
}

ColumnFacetCounter::~ColumnFacetCounter() = default;

std::unique_ptr<ColumnFacetCounter::Pass> ColumnFacetCounter::start_pass(std::vector<schema::FacetId> counted) {
    auto pass = std::make_unique<Pass>();
    pass->counted = std::move(counted);
    for (const auto& columns : shards_) {
        pass->shards.push_back(columns.get());
        pass->counts.emplace_back(columns->ordinals(), 0);
        pass->track->uuids.push_back(columns->uuid());
        if (pass->counted.size() == 1)
            pass->only.emplace_back(columns->first(pass->counted.front()), columns->last(pass->counted.front()));
    }
    pass->track->claimed.assign(shards_.size(), false);
    pass->track->placed = shards_.size() == 1;  // one shard: every document is of it
    return pass;
}

Xapian::Query ColumnFacetCounter::tracked(const Xapian::Query& query, Pass& pass) const {
    if (shards_.size() == 1) return query;
    return Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query((new ShardTracker(pass.track))->release()));
}

Xapian::Query ColumnFacetCounter::prepare(const Xapian::Query& query) {
    // A facet filtered alone over every document is counted from document frequencies (finish()); any other
    // multi-select facets are counted in this one pass, which also sees the documents that fail only their
    // filter, and tests each document.
    const bool everything = query.get_type() == Xapian::Query::LEAF_MATCH_ALL && filters_.facets().size() == 1;
    if (multi_select_.empty() || everything) {
        walked_ = filters_.empty() ? query : Xapian::Query(Xapian::Query::OP_FILTER, query, filters_.all());
        return tracked(walked_, *main_);
    }
    tested_ = multi_select_;
    main_->tests.resize(shards_.size());
    for (schema::FacetId f : tested_) {
        own_.push_back(start_pass({f}));
        main_->failing.push_back(own_.back().get());
        for (std::size_t s = 0; s < shards_.size(); ++s) main_->tests[s].push_back(test_of(*shards_[s], f, filters_));
    }
    walked_ = query;
    for (const Xapian::Query& f : {filters_.all_except(tested_), filters_.at_most_one_failing(tested_)})
        if (f.get_type() != Xapian::Query::LEAF_MATCH_ALL) walked_ = Xapian::Query(Xapian::Query::OP_FILTER, walked_, f);
    return tracked(walked_, *main_);
}

void ColumnFacetCounter::attach(Xapian::Enquire& enquire) { enquire.add_matchspy(main_.get()); }

bool ColumnFacetCounter::count_by_walking(const Xapian::Database& db, const std::function<void()>& poll) {
    if (db.size() != shards_.size() || !walkable(walked_)) return false;
    // Document d of shard k (from 0) of n is (d - 1) * n + k + 1 in the whole (Xapian's numbering).
    const std::size_t n = shards_.size();
    Pass& pass = *main_;
    walk_matches(db, walked_, [&pass, n](Xapian::docid d) { pass.add((d - 1) % n, (d - 1) / n + 1); }, poll);
    return true;
}

bool ColumnFacetCounter::count_everything() {
    for (std::size_t s = 0; s < shards_.size(); ++s)
        for (std::uint32_t ord = 0; ord < shards_[s]->ordinals(); ++ord) main_->counts[s][ord] = shards_[s]->frequency(ord);
    return true;
}

void ColumnFacetCounter::finish(const Xapian::Query&) {
    // A tested facet: its near misses were counted into its own pass; the documents that passed every filter
    // are in the main pass.
    for (std::size_t m = 0; m < tested_.size(); ++m)
        for (std::size_t s = 0; s < shards_.size(); ++s)
            for (std::uint32_t ord = shards_[s]->first(tested_[m]); ord < shards_[s]->last(tested_[m]); ++ord)
                own_[m]->counts[s][ord] += main_->counts[s][ord];
    if (!tested_.empty()) return;
    // A facet filtered alone over every document: the columns know how many documents hold each value.
    for (schema::FacetId facet : multi_select_) {
        own_.push_back(start_pass({facet}));
        Pass& pass = *own_.back();
        for (std::size_t s = 0; s < shards_.size(); ++s)
            for (std::uint32_t ord = pass.only[s].first; ord < pass.only[s].second; ++ord)
                pass.counts[s][ord] = shards_[s]->frequency(ord);
    }
}

Xapian::doccount ColumnFacetCounter::total(const Xapian::MSet&) const {
    const auto lost = [](const std::unique_ptr<Pass>& p) { return p->lost; };
    if (main_->lost || std::any_of(own_.begin(), own_.end(), lost))
        throw std::logic_error("facet columns: a matched document could not be placed in its shard");
    return main_->accepted;
}

const ColumnFacetCounter::Pass& ColumnFacetCounter::pass_of(schema::FacetId facet) const {
    for (const auto& p : own_)
        if (p->counted.front() == facet) return *p;
    return *main_;
}

namespace {

void merge_shard_counts(const ColumnFacetCounter::Pass& pass, schema::FacetId facet,
                        std::vector<std::pair<Xapian::doccount, std::string_view>>& out) {
    // Shards number their values apart, each in value order: merge the sorted runs, summing equal values.
    struct Cursor {
        const FacetColumns* columns;
        const Xapian::doccount* counts;
        std::uint32_t ord, last;
    };
    std::vector<Cursor> cursors;
    for (std::size_t s = 0; s < pass.shards.size(); ++s)
        cursors.push_back(Cursor{pass.shards[s], pass.counts[s].data(), pass.shards[s]->first(facet), pass.shards[s]->last(facet)});
    while (true) {
        bool any = false;
        std::string_view value;  // the least value under a cursor
        for (const Cursor& c : cursors)
            if (c.ord < c.last && (!any || c.columns->value(c.ord) < value)) {
                value = c.columns->value(c.ord);
                any = true;
            }
        if (!any) return;
        Xapian::doccount sum = 0;
        for (Cursor& c : cursors)
            if (c.ord < c.last && c.columns->value(c.ord) == value) sum += c.counts[c.ord++];
        if (sum) out.emplace_back(sum, value);
    }
}

}  // namespace

std::vector<FacetCount> ColumnFacetCounter::counts(schema::FacetId facet, std::size_t limit) const {
    // Values with their counts, without a string made for any but those shown: a facet may have a value for
    // every actor of the archive.
    std::vector<std::pair<Xapian::doccount, std::string_view>> counted;
    const Pass& pass = pass_of(facet);
    if (shards_.size() == 1) {
        const FacetColumns& columns = *shards_.front();
        const std::vector<Xapian::doccount>& c = pass.counts.front();
        for (std::uint32_t ord = columns.first(facet); ord < columns.last(facet); ++ord)
            if (c[ord]) counted.emplace_back(c[ord], columns.value(ord));
    } else {
        merge_shard_counts(pass, facet, counted);
    }
    const bool newest_first = schema::facet(facet).order == schema::FacetOrder::NewestFirst;
    const auto before = [newest_first](const auto& a, const auto& b) {
        if (newest_first) return a.second > b.second;
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    const auto shown = counted.begin() + static_cast<std::ptrdiff_t>(std::min(limit, counted.size()));
    std::partial_sort(counted.begin(), shown, counted.end(), before);
    std::vector<FacetCount> out;
    for (auto it = counted.begin(); it != shown; ++it) out.push_back(FacetCount{std::string(it->second), std::string(it->second), {}, it->first});
    return out;
}


}  // namespace geofacet
