#include "plain_ranking.h"

namespace geofacet::bench {

PlainXapian::PlainXapian(const std::string& path, const std::vector<Article>& articles)
    : db_(path, Xapian::DB_CREATE_OR_OVERWRITE) {
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("english"));
    generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
    for (const Article& a : articles) {
        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(a.title, 1, "S");
        generator.index_text(a.title);
        generator.increase_termpos();
        generator.index_text(a.body);
        doc.add_boolean_term("Q" + a.id);
        doc.set_data(a.id);
        db_.replace_document("Q" + a.id, doc);
    }
    db_.commit();
}

std::vector<std::string> PlainXapian::search(const std::string& query, unsigned limit) {
    Xapian::QueryParser parser;
    parser.set_stemmer(Xapian::Stem("english"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_database(db_);
    Xapian::Enquire enquire(db_);
    enquire.set_query(parser.parse_query(query, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM));
    std::vector<std::string> ids;
    const Xapian::MSet mset = enquire.get_mset(0, limit);
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) ids.push_back(it.get_document().get_data());
    return ids;
}

}  // namespace geofacet::bench
