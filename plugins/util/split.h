// Splitting a line into its fields.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace geofacet {

/// The fields of `s` between `separator`s ("a|b||c" → a, b, "", c).
std::vector<std::string> split(std::string_view s, char separator);

}  // namespace geofacet
