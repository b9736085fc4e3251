// Fuzz target: any valid UTF-8 text through the whole analysis (normalise, segment, extract entities),
// as a text and as a query, and into the terms it would index.
#include <cstddef>
#include <cstdint>
#include <string>

#include <xapian.h>

#include "fuzz_support.h"
#include "index/document_builder.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static geofacet::Analyzer analyzer(geofacet::fuzz::resources());
    const std::string text(reinterpret_cast<const char*>(data), size);
    if (geofacet::utf8::find_invalid(text) != std::string::npos) return -1;  // the programs refuse it first
    for (const bool query : {false, true}) {
        const geofacet::Analysis a = analyzer.analyse(text, query);
        Xapian::Document doc;
        Xapian::termpos pos = 0;
        geofacet::index_analysis(doc, a, analyzer.terms(), pos, 1, "");
        analyzer.summarise(a.mentions);
    }
    return 0;
}
