// Folding of Japanese characters that papers print in more than one form.
#pragma once

#include <string>

namespace geofacet {

/// The folded form of one Japanese character, as a UTF-8 string: the key under which aliases and text
/// are compared.
std::string fold_japanese_char(char32_t c);

}  // namespace geofacet
