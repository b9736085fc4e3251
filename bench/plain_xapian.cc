#include "plain_xapian.h"

#include <algorithm>
#include <memory>

#include "schema/facets.h"

namespace geofacet::bench {

const std::vector<PlainFacet>& plain_facets() {
    // Runs far apart, so that no run is ever cut short: the entity-rich article fills 500 actor slots.
    static const std::vector<PlainFacet> facets = {
        {"actor", "XA", 1000}, {"country", "N", 3000}, {"percent", "XP", 5000}, {"percent_range", "XR", 7000}};
    return facets;
}

PlainIndexer::PlainIndexer(const std::string& db, bool create)
    : db_(db, create ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_OPEN) {
    terms_.set_stemmer(Xapian::Stem("english"));
    terms_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    terms_.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
}

void PlainIndexer::add(const GeneratedArticle& g) {
    Xapian::Document doc;
    terms_.set_document(doc);
    terms_.index_text(g.article.title, 2);
    terms_.increase_termpos(100);
    terms_.index_text(g.article.body);
    doc.set_data("id=" + g.article.id + "\ncaption=" + g.article.title + "\n");
    doc.add_value(0, g.article.date);
    const auto run = [&doc](const PlainFacet& f, const std::vector<std::string>& values) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            doc.add_boolean_term(f.prefix + values[i]);
            doc.add_value(f.base + static_cast<Xapian::valueno>(i), values[i]);
        }
    };
    std::vector<std::string> countries, percents, buckets;
    for (const std::string& c : g.countries) countries.push_back(schema::country_term(c).substr(1));
    for (double v : g.percentages) {
        percents.push_back(schema::format_percent(v));
        const std::string b = schema::percent_bucket(v).key;
        if (std::find(buckets.begin(), buckets.end(), b) == buckets.end()) buckets.push_back(b);
    }
    const auto& f = plain_facets();
    run(f[0], g.actors);
    run(f[1], countries);
    run(f[2], percents);
    run(f[3], buckets);
    const std::string id_term = "Q" + g.article.id;
    doc.add_boolean_term(id_term);
    db_.replace_document(id_term, doc);
}

PlainSearcher::PlainSearcher(const std::string& path) : db_(path) {
    qp_.set_database(db_);
    qp_.set_stemmer(Xapian::Stem("english"));
    qp_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp_.set_default_op(Xapian::Query::OP_AND);
}

Xapian::doccount PlainSearcher::search(const std::string& text,
                                       const std::vector<std::pair<std::string, std::string>>& filters, bool facets,
                                       Xapian::doccount page) {
    Xapian::Query query = text.empty() ? Xapian::Query::MatchAll
                                       : qp_.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT |
                                                                   Xapian::QueryParser::FLAG_CJK_NGRAM);
    for (const auto& [facet, value] : filters)
        for (const PlainFacet& f : plain_facets())
            if (facet == f.name) query = Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(f.prefix + value));
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
    if (facets) {
        for (const PlainFacet& f : plain_facets())
            for (Xapian::valueno slot = f.base; db_.get_value_freq(slot) > 0; ++slot) {
                spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
                enquire.add_matchspy(spies.back().get());
            }
    }
    const Xapian::MSet mset = enquire.get_mset(0, page, db_.get_doccount());
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) (void)it.get_document().get_data();
    // The counts are read as an application would, into one list per facet.
    std::size_t values = 0;
    for (const auto& spy : spies)
        for (Xapian::TermIterator t = spy->values_begin(); t != spy->values_end(); ++t) values += t.get_termfreq() > 0;
    (void)values;
    return mset.get_matches_estimated();
}

}  // namespace geofacet::bench
