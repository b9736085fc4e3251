#include "search/query_lexer.h"

#include <algorithm>

namespace geofacet {

namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_operator(const std::string& w) {
    return w == "AND" || w == "OR" || w == "NOT" || w == "XOR" || w == "NEAR" || w == "ADJ";
}

// Quotes typed in either script.
std::size_t quote_length(const std::string& s, std::size_t i) {
    if (s[i] == '"') return 1;
    for (const char* q : {"\u201C", "\u201D", "\u300C", "\u300D"})  // “ ” 「 」
        if (s.compare(i, 3, q) == 0) return 3;
    return 0;
}

}  // namespace

namespace {

// A "quoted phrase" starting at `i` (at its opening quote); `i` moves past its closing quote.
QueryPart read_phrase(const std::string& query, std::size_t& i, const std::string& modifier) {
    const std::size_t start = i + quote_length(query, i);
    std::size_t close = start;
    while (close < query.size() && !quote_length(query, close)) ++close;
    QueryPart part{QueryPart::Phrase, query.substr(start, close - start), modifier};
    i = close < query.size() ? close + quote_length(query, close) : query.size();
    return part;
}

// The word starting at `i`, up to white space, a bracket or a quote; `i` moves past it. A field's value
// may be a quoted string (actor:"Ishiba Shigeru"), kept with its quotes.
std::string read_word(const std::string& query, std::size_t& i, const std::vector<std::string>& fields, bool& field) {
    std::size_t j = i;
    while (j < query.size() && !space(query[j]) && query[j] != '(' && query[j] != ')' && !quote_length(query, j)) ++j;
    std::string word = query.substr(i, j - i);
    const std::size_t colon = word.find(':');
    field = colon != std::string::npos && colon > 0 &&
            std::find(fields.begin(), fields.end(), word.substr(0, colon)) != fields.end();
    if (field && colon + 1 == word.size() && j < query.size() && quote_length(query, j)) {
        const std::size_t q = quote_length(query, j);
        std::size_t close = query.find('"', j + q);
        if (close == std::string::npos) close = query.size();
        word += "\"" + query.substr(j + q, close - j - q) + "\"";
        j = std::min(query.size(), close + 1);
    }
    i = j;
    return word;
}

}  // namespace

std::vector<QueryPart> lex_query(const std::string& query, const std::vector<std::string>& fields) {
    std::vector<QueryPart> parts;
    std::size_t i = 0;
    while (i < query.size()) {
        if (space(query[i])) {
            ++i;
            continue;
        }
        if (query[i] == '(' || query[i] == ')') {
            parts.push_back(QueryPart{QueryPart::Syntax, std::string(1, query[i++]), {}});
            continue;
        }
        std::string modifier;
        if ((query[i] == '+' || query[i] == '-') && i + 1 < query.size() && !space(query[i + 1])) modifier = query[i++];
        if (quote_length(query, i)) {
            parts.push_back(read_phrase(query, i, modifier));
            continue;
        }
        bool field = false;
        const std::string word = read_word(query, i, fields, field);
        if (field)
            parts.push_back(QueryPart{QueryPart::Syntax, modifier + word, {}});
        else if (modifier.empty() && is_operator(word))
            parts.push_back(QueryPart{QueryPart::Syntax, word, {}});
        else if (!modifier.empty())
            parts.push_back(QueryPart{QueryPart::FreeText, word, modifier});
        else if (!parts.empty() && parts.back().kind == QueryPart::FreeText && parts.back().modifier.empty())
            parts.back().text += " " + word;  // consecutive words form one part
        else
            parts.push_back(QueryPart{QueryPart::FreeText, word, {}});
    }
    return parts;
}

}  // namespace geofacet
