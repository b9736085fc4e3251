// Fuzz target: any valid UTF-8 query through the query builder and a search of a small index of the
// sample corpus, with facets and snippets, as geofacet-query runs it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <xapian.h>

#include "fuzz_support.h"
#include "index/indexing_run.h"
#include "search/searcher.h"
#include "util/utf8.h"

namespace {

// The sample corpus, indexed once into a folder of its own (GEOFACET_FUZZ_CORPUS names the articles).
geofacet::Searcher& searcher() {
    static geofacet::Searcher* s = [] {
        const char* corpus = std::getenv("GEOFACET_FUZZ_CORPUS");
        char dir[] = "/tmp/geofacet-fuzz-XXXXXX";
        geofacet::IndexOptions options;
        options.db = std::string(mkdtemp(dir)) + "/db";
        options.inputs = {corpus ? corpus : "sample-corpus"};
        geofacet::run_indexing(geofacet::fuzz::resources(), options);
        return new geofacet::Searcher(geofacet::fuzz::resources(), std::vector<std::string>{options.db});
    }();
    return *s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    if (geofacet::utf8::find_invalid(text) != std::string::npos) return -1;  // the programs refuse it first
    geofacet::SearchRequest request;
    request.query = text;
    request.limit = 3;
    request.snippet.html = true;
    try {
        searcher().search(request);
    } catch (const std::invalid_argument&) {
        // a usage error the programs report (an unknown facet name)
    }
    return 0;
}
