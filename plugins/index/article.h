// An article of the archive, as the indexer reads it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace geofacet {

/// Where an article (or a problem) came from.
struct Origin {
    std::string file;      ///< input file, or "-" for standard input
    std::size_t line = 0;  ///< 1-based line (JSON Lines), or 1 for a whole-file article
};

/// One news article.
struct Article {
    std::string id;      ///< unique id (required)
    std::string title;   ///< headline
    std::string body;    ///< text
    std::string lang;    ///< "en" or "ja" as declared; empty when it is to be detected
    std::string date;    ///< YYYY-MM-DD, or empty
    std::string source;  ///< publication
    std::string url;     ///< address of the original
    std::vector<std::string> acl;  ///< who may read it: "user:NAME", "group:NAME"; empty: everyone
    Origin origin;       ///< where it was read
};

}  // namespace geofacet
