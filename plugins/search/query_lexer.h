// Splits a user's query into the parts Xapian's QueryParser should see and the free text Geofacet
// analyses itself.
#pragma once

#include <string>
#include <vector>

namespace geofacet {

/// One part of a query string.
struct QueryPart {
    enum Kind {
        FreeText,   ///< words to analyse (entities, words, Japanese) — consecutive words form one part
        Phrase,     ///< a "quoted phrase" (text without the quotes)
        Syntax,     ///< passed to QueryParser as is: field:value, operators, parentheses, + and -
    };
    Kind kind;
    std::string text;
    std::string modifier;  ///< "+" or "-" written before a phrase or word, kept for QueryParser
};

/// Splits `query`. `fields` are the field names QueryParser knows (country, actor, ...): "name:value" with
/// one of them stays Syntax; any other "x:y" is free text. Throws std::invalid_argument for a field with no
/// value ("country:").
std::vector<QueryPart> lex_query(const std::string& query, const std::vector<std::string>& fields);

}  // namespace geofacet
