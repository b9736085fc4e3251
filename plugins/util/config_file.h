// A program's options from a file: one option a line, as on the command line without the dashes
// ("listen 127.0.0.1:8080", "db = /srv/index", "quiet"), so that one parser checks both the same way.
#pragma once

#include <string>
#include <vector>

namespace geofacet {

/// The options of config file `path` as command-line arguments ("--listen", "127.0.0.1:8080", ...), in
/// order. Lines: `NAME VALUE`, `NAME = VALUE` or a lone `NAME` (a flag); blank lines and `#` comments are
/// skipped; a value keeps its inner spaces. Throws DataFileError (util/data_file.h) naming the file and
/// line when it cannot be read or a line has no name.
std::vector<std::string> read_config_file(const std::string& path);

/// The value of `--config` in `argv` (as `--config FILE` or `--config=FILE`), "" when absent.
std::string config_file_argument(int argc, const char* const* argv);

}  // namespace geofacet
