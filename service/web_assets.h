// The page and its files, compiled into the program (service/page/), so that it serves them with nothing to
// find on disk and nothing fetched from elsewhere.
#pragma once

#include <cstddef>
#include <string_view>

namespace geofacet::web {

/// One file of the page.
struct Asset {
    std::string_view path;          ///< where it is served: "/", "/static/app.js"
    std::string_view content_type;  ///< its media type
    std::string_view content;       ///< its bytes
};

/// The file served at `path`, or nullptr.
const Asset* find_asset(std::string_view path);

}  // namespace geofacet::web
