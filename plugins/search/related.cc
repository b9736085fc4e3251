#include "search/related.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <stdexcept>

#include "schema/schema.h"
#include "search/query_words.h"
#include "search/translator.h"
#include "text/script.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

// How much each kind of evidence counts, before its rarity and how often the article names it: the
// people, bodies and figures of an event identify it; countries are shared by many events; a key word
// less than an entity.
constexpr double kActorWeight = 1.0, kPercentOfWeight = 1.0, kPercentWeight = 0.5, kCountryWeight = 0.3,
                 kWordWeight = 0.5;
// The date: reports of one event appear the same day or the next, in both languages.
constexpr double kSameDayWeight = 1.0, kNextDayWeight = 0.8, kSameWeekWeight = 0.3;
// At most this many key words, of the ESet's first candidates.
constexpr std::size_t kKeyWords = 12, kCandidateWords = 40;

// The weight an article earns for matching `q`.
Xapian::Query fixed_weight(const Xapian::Query& q, double weight) {
    Xapian::Query source((new Xapian::FixedWeightPostingSource(weight))->release());
    return Xapian::Query(Xapian::Query::OP_FILTER, source, q);
}

// The date `days` from YYYYMMDD `ymd`, as YYYYMMDD.
std::string shift_date(const std::string& ymd, int days) {
    std::tm tm{};
    tm.tm_year = std::stoi(ymd.substr(0, 4)) - 1900;
    tm.tm_mon = std::stoi(ymd.substr(4, 2)) - 1;
    tm.tm_mday = std::stoi(ymd.substr(6, 2)) + days;
    tm.tm_hour = 12;
    timegm(&tm);  // normalises the day into its month and year
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y%m%d", &tm);
    return buf;
}

// Key words: unprefixed terms of two characters or more that are no number and no stop word.
class KeyWordDecider : public Xapian::ExpandDecider {
  public:
    KeyWordDecider(const Resources& res, const std::unordered_set<std::string>& japanese_stopwords)
        : res_(res), japanese_stopwords_(japanese_stopwords) {}
    bool operator()(const std::string& term) const override {
        if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z') || utf8::length(term) < 2) return false;
        if (std::all_of(term.begin(), term.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; })) return false;
        return !res_.stopwords.count(term) && !japanese_stopwords_.count(term);
    }

  private:
    const Resources& res_;
    const std::unordered_set<std::string>& japanese_stopwords_;
};

}  // namespace

// One thing an article shares with the one it is like, and the concept that shows it.
struct RelatedFinder::Evidence {
    Xapian::Query query;
    double weight;
    Concept concept;
};

RelatedFinder::RelatedFinder(Analyzer& analyzer, const Xapian::Database& db) : analyzer_(analyzer), db_(db) {}

void RelatedFinder::entity_evidence(const Xapian::Document& doc, std::vector<Evidence>& out) {
    const Resources& res = analyzer_.resources();
    const double documents = std::max<double>(2, db_.get_doccount());
    for (Xapian::TermIterator t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        const std::string term = *t;
        const auto has_prefix = [&](const char* p) { return term.rfind(p, 0) == 0 && term.size() > std::char_traits<char>::length(p); };
        Concept c;
        double kind = 0;
        if (has_prefix(schema::kActorPrefix)) {
            c.kind = "actor", c.value = term.substr(2), kind = kActorWeight;
            const Actor* a = res.gazetteer->by_id(c.value);
            c.label = a ? a->label_en : c.value;
        } else if (has_prefix(schema::kPercentValueOfPrefix)) {
            c.kind = "percent", c.value = term.substr(2), kind = kPercentOfWeight;
            c.label = c.value.substr(0, c.value.find('@')) + "% (" + c.value.substr(c.value.find('@') + 1) + ")";
        } else if (has_prefix(schema::kPercentPrefix) && term.find('@') == std::string::npos) {
            c.kind = "percent", c.value = c.label = term.substr(2), kind = kPercentWeight;
            c.label += "%";
        } else if (term.size() == 3 && term[0] == schema::kCountryPrefix[0] && term[1] >= 'a' && term[1] <= 'z') {
            c.kind = "country", c.value = term.substr(1), kind = kCountryWeight;
            for (char& ch : c.value) ch = static_cast<char>(ch - 'a' + 'A');
            const Country* country = res.countries->by_code(c.value);
            c.label = country ? country->label_en : c.value;
        } else {
            continue;
        }
        // Rarer evidence identifies the event better; evidence the article names often is central to it.
        const double rarity = std::log(documents / std::max<double>(1, db_.get_termfreq(term))) / std::log(documents);
        const double centrality = t.get_wdf() / (t.get_wdf() + 1.0);
        c.text = c.label;
        out.push_back(Evidence{Xapian::Query(term), kind * std::max(0.0, rarity) * centrality, std::move(c)});
    }
}

void RelatedFinder::word_evidence(Xapian::docid did, const Xapian::Document& doc, std::vector<Evidence>& out) {
    const Resources& res = analyzer_.resources();
    const auto japanese = japanese_stopwords(res);
    Xapian::Enquire enquire(db_);
    Xapian::RSet rset;
    rset.add_document(did);
    const KeyWordDecider decider(res, *japanese);
    const Xapian::ESet eset = enquire.get_eset(kCandidateWords, rset, 0, &decider);
    Translator translator(analyzer_, db_, analyzer_.resources().glossary);
    std::size_t kept = 0;
    for (Xapian::ESetIterator it = eset.begin(); it != eset.end() && kept < kKeyWords; ++it) {
        const std::string word = *it;
        const std::vector<Token> tokens = analyzer_.segmenter().segment(word);
        if (tokens.size() != 1) continue;
        // Only a word the other language has a translation for: the same evidence in both languages.
        std::vector<Xapian::Query> forms;
        Concept c;
        c.kind = "word", c.text = c.value = c.label = word;
        for (const Translation& tr : translator.translate({&tokens.front()}, word, Xapian::Query()))
            if (!tr.synonym) forms.push_back(tr.query), c.expansions.push_back(tr.text);
        if (forms.empty()) continue;
        const Xapian::Query own = translator.form_query(word);
        const Xapian::Query other(Xapian::Query::OP_SYNONYM, forms.begin(), forms.end());
        const Xapian::Query either = own.empty() ? other : Xapian::Query(Xapian::Query::OP_OR, own, other);
        Xapian::termcount wdf = 1;
        Xapian::TermIterator t = doc.termlist_begin();
        t.skip_to(word);
        if (t != doc.termlist_end() && *t == word) wdf = t.get_wdf();
        const double documents = std::max<double>(2, db_.get_doccount());
        const double rarity = std::log(documents / std::max<double>(1, db_.get_termfreq(word))) / std::log(documents);
        out.push_back(Evidence{either, kWordWeight * std::max(0.0, rarity) * wdf / (wdf + 1.0), std::move(c)});
        ++kept;
    }
}

ParsedQuery RelatedFinder::like(const std::string& id) {
    const std::string id_term = schema::kIdPrefix + id;
    Xapian::PostingIterator p = db_.postlist_begin(id_term);
    if (p == db_.postlist_end(id_term)) throw std::invalid_argument("no article with id '" + id + "'");
    const Xapian::docid did = *p;
    const Xapian::Document doc = db_.get_document(did);
    std::vector<Evidence> evidence;
    entity_evidence(doc, evidence);
    word_evidence(did, doc, evidence);
    std::vector<Xapian::Query> parts;
    ParsedQuery out;
    for (Evidence& e : evidence) {
        parts.push_back(fixed_weight(e.query, e.weight));
        out.interpretation.concepts.push_back(std::move(e.concept));
    }
    // The date: the same day, the next (either way), the same week.
    const std::string date = doc.get_value(schema::kDateSlot);
    if (date.size() == 8) {
        for (int days = -6; days <= 6; ++days) {
            const double weight = days == 0 ? kSameDayWeight : std::abs(days) == 1 ? kNextDayWeight : kSameWeekWeight;
            parts.push_back(fixed_weight(Xapian::Query(schema::kDatePrefix + shift_date(date, days)), weight));
        }
        out.interpretation.notes.push_back("dated near " + date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2));
    }
    out.interpretation.notes.insert(out.interpretation.notes.begin(), "articles like " + id);
    const Xapian::Query any = parts.empty() ? Xapian::Query::MatchNothing : Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
    out.query = Xapian::Query(Xapian::Query::OP_AND_NOT, any, Xapian::Query(id_term));
    out.strict = out.matching = out.query;
    return out;
}

}  // namespace geofacet
