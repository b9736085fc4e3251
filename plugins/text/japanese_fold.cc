#include "text/japanese_fold.h"

#include "util/utf8.h"

namespace geofacet {

std::string fold_japanese_char(char32_t c) {
    std::string out;
    utf8::append(out, c);
    return out;
}

}  // namespace geofacet
