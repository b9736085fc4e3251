#include "search/boolean_walk.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <stdexcept>
#include <vector>

namespace geofacet {

namespace {

constexpr Xapian::docid kEnd = std::numeric_limits<Xapian::docid>::max();

using Op = Xapian::Query::op;

// A stream of matching document numbers, ascending; `at` is the current one (0 before the first, kEnd after
// the last).
struct Stream {
    virtual ~Stream() = default;
    /// Moves to the first match at or after `did` (not before the current one) and returns it.
    virtual Xapian::docid skip_to(Xapian::docid did) = 0;
    /// About how many documents it has (at most): the rarest part of an AND leads.
    virtual Xapian::doccount estimate() const = 0;
    Xapian::docid at = 0;
};

using Streams = std::vector<std::unique_ptr<Stream>>;

// Every posting read of one walk, to poll now and then: a walk that reads much and matches little (an AND of
// two common terms that rarely meet) must be stoppable too.
struct Budget {
    const std::function<void()>& poll;
    std::size_t reads = 0;
    void read() {
        if (++reads % 8192 == 0) poll();
    }
};

// A posting list: a term's documents, or every document ("" : the all-documents list).
struct PostingStream : Stream {
    Xapian::PostingIterator it, end;
    Xapian::doccount frequency;
    Budget& budget;
    PostingStream(const Xapian::Database& db, const std::string& term, Budget& b)
        : it(db.postlist_begin(term)), end(db.postlist_end(term)),
          frequency(term.empty() ? db.get_doccount() : db.get_termfreq(term)), budget(b) {}
    Xapian::doccount estimate() const override { return frequency; }
    Xapian::docid skip_to(Xapian::docid did) override {
        if (did <= at) return at;
        budget.read();
        if (it != end && *it < did) it.skip_to(did);
        return at = it == end ? kEnd : *it;
    }
};

struct NothingStream : Stream {
    Xapian::docid skip_to(Xapian::docid) override { return at = kEnd; }
    Xapian::doccount estimate() const override { return 0; }
};

// Any of the streams (OR, SYNONYM, MAX); with `odd`, an odd number of them (XOR).
struct AnyStream : Stream {
    Streams parts;
    bool odd = false;
    Xapian::doccount estimate() const override {
        unsigned long long sum = 0;
        for (const auto& p : parts) sum += p->estimate();
        return static_cast<Xapian::doccount>(std::min<unsigned long long>(sum, std::numeric_limits<Xapian::doccount>::max()));
    }
    Xapian::docid skip_to(Xapian::docid did) override {
        if (did <= at) return at;
        while (true) {
            Xapian::docid least = kEnd;
            for (auto& p : parts) least = std::min(least, p->at < did ? p->skip_to(did) : p->at);
            if (!odd || least == kEnd) return at = least;
            const auto here = std::count_if(parts.begin(), parts.end(), [least](const auto& p) { return p->at == least; });
            if (here % 2 == 1) return at = least;
            did = least + 1;
        }
    }
};

// Every stream (AND, FILTER): each moves to the furthest any has reached until all agree.
struct AllStream : Stream {
    Streams parts;  // the rarest first
    Xapian::doccount estimate() const override { return parts.front()->estimate(); }
    Xapian::docid skip_to(Xapian::docid did) override {
        if (did <= at) return at;
        Xapian::docid target = did;
        for (std::size_t agreed = 0; agreed < parts.size() && target != kEnd;) {
            for (auto& p : parts) {
                const Xapian::docid d = p->at < target ? p->skip_to(target) : p->at;
                if (d != target) {
                    target = d;
                    agreed = 0;
                    break;
                }
                ++agreed;
            }
        }
        return at = target;
    }
};

// The first stream's documents that none of the others has (AND_NOT).
struct ButNotStream : Stream {
    std::unique_ptr<Stream> wanted;
    Streams unwanted;
    Xapian::doccount estimate() const override { return wanted->estimate(); }
    Xapian::docid skip_to(Xapian::docid did) override {
        if (did <= at) return at;
        for (Xapian::docid d = wanted->skip_to(did); d != kEnd; d = wanted->skip_to(d + 1)) {
            const bool excluded = std::any_of(unwanted.begin(), unwanted.end(), [d](auto& u) {
                return (u->at < d ? u->skip_to(d) : u->at) == d;
            });
            if (!excluded) return at = d;
        }
        return at = kEnd;
    }
};

std::unique_ptr<Stream> stream_of(const Xapian::Database& db, const Xapian::Query& q, Budget& budget);

Streams streams_of(const Xapian::Database& db, const Xapian::Query& q, std::size_t from, Budget& budget) {
    Streams out;
    for (std::size_t i = from; i < q.get_num_subqueries(); ++i) out.push_back(stream_of(db, q.get_subquery(i), budget));
    return out;
}

std::unique_ptr<Stream> stream_of(const Xapian::Database& db, const Xapian::Query& q, Budget& budget) {
    switch (q.get_type()) {
        case Xapian::Query::LEAF_TERM: return std::make_unique<PostingStream>(db, *q.get_terms_begin(), budget);
        case Xapian::Query::LEAF_MATCH_ALL: return std::make_unique<PostingStream>(db, std::string(), budget);
        case Xapian::Query::LEAF_MATCH_NOTHING: return std::make_unique<NothingStream>();
        case Op::OP_SCALE_WEIGHT:
        case Op::OP_AND_MAYBE: return stream_of(db, q.get_subquery(0), budget);  // the others only weigh
        case Op::OP_AND:
        case Op::OP_FILTER: {
            // Every document adds nothing to an AND of anything else; the rarest part leads the others.
            Streams parts;
            for (std::size_t i = 0; i < q.get_num_subqueries(); ++i)
                if (q.get_subquery(i).get_type() != Xapian::Query::LEAF_MATCH_ALL) parts.push_back(stream_of(db, q.get_subquery(i), budget));
            if (parts.empty()) return stream_of(db, Xapian::Query::MatchAll, budget);
            if (parts.size() == 1) return std::move(parts.front());
            std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a->estimate() < b->estimate(); });
            auto s = std::make_unique<AllStream>();
            s->parts = std::move(parts);
            return s;
        }
        case Op::OP_AND_NOT: {
            auto s = std::make_unique<ButNotStream>();
            s->wanted = stream_of(db, q.get_subquery(0), budget);
            s->unwanted = streams_of(db, q, 1, budget);
            return s;
        }
        case Op::OP_OR:
        case Op::OP_SYNONYM:
        case Op::OP_MAX:
        case Op::OP_XOR: {
            auto s = std::make_unique<AnyStream>();
            s->parts = streams_of(db, q, 0, budget);
            s->odd = q.get_type() == Op::OP_XOR;
            return s;
        }
        default: throw std::invalid_argument("not a walkable query: " + q.get_description());
    }
}

}  // namespace

bool walkable(const Xapian::Query& query) {
    switch (query.get_type()) {
        case Xapian::Query::LEAF_TERM:
        case Xapian::Query::LEAF_MATCH_ALL:
        case Xapian::Query::LEAF_MATCH_NOTHING: return true;
        case Op::OP_SCALE_WEIGHT:
        case Op::OP_AND_MAYBE:
        case Op::OP_AND:
        case Op::OP_FILTER:
        case Op::OP_AND_NOT:
        case Op::OP_OR:
        case Op::OP_SYNONYM:
        case Op::OP_MAX:
        case Op::OP_XOR:
            for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
                if (!walkable(query.get_subquery(i))) return false;
            return query.get_num_subqueries() > 0;
        default: return false;
    }
}

Xapian::doccount walk_matches(const Xapian::Database& db, const Xapian::Query& query,
                              const std::function<void(Xapian::docid)>& visit, const std::function<void()>& poll) {
    Budget budget{poll};
    const std::unique_ptr<Stream> root = stream_of(db, query, budget);
    Xapian::doccount n = 0;
    for (Xapian::docid d = root->skip_to(1); d != kEnd; d = root->skip_to(d + 1)) {
        visit(d);
        ++n;
    }
    return n;
}

}  // namespace geofacet
