// Fuzz target: bytes as JSON Lines through the article reader, and every article it accepts into a
// document, as the indexer builds it (terms checked against Xapian's limits by adding it to a database).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include <xapian.h>

#include "fuzz_support.h"
#include "index/article_reader.h"
#include "index/document_builder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static geofacet::Analyzer analyzer(geofacet::fuzz::resources());
    static geofacet::DocumentBuilder builder(analyzer);
    static Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    geofacet::ArticleReader reader;
    reader.read_stream(
        in, "fuzz",
        [&](geofacet::Article&& a) {
            const geofacet::BuiltDocument built = builder.build(a);
            db.replace_document(built.id_term, built.document);
            return true;
        },
        [](const geofacet::InputProblem&) {});
    return 0;
}
