// Text from articles made safe for where it is shown: a terminal, a link.
#pragma once

#include <string>
#include <string_view>

namespace geofacet {

/// `text` for a terminal: control characters (C0, DEL, C1) and bidirectional overrides, which could move the
/// cursor, recolour the screen or reorder a line, written as visible escapes ("a\x0Ab", "\u202E").
/// Example: terminal_text("Tokyo\x1b[2J") == "Tokyo\\x1B[2J".
std::string terminal_text(std::string_view text);

/// `url` when it is an http or https address or a relative one ("/a/b", "page.html"); "" for any other
/// scheme (javascript:, data:, file:), so that a link shown never runs or opens anything else.
/// Example: link_url("javascript:alert(1)") == "".
std::string link_url(std::string_view url);

}  // namespace geofacet
