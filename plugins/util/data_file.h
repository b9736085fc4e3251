// The one loader of Geofacet's data files (plugins/data/): open, skip comments and blank lines, split at
// tabs, and report every problem with the file and line.
#pragma once

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace geofacet {

/// A problem in a data file; what() reads "FILE:LINE: reason" (or "FILE: reason").
class DataFileError : public std::runtime_error {
  public:
    /// An error at `line` of `file` (0: the file as a whole).
    DataFileError(const std::string& file, std::size_t line, const std::string& reason);
};

/// One line of a data file that holds a record.
struct DataRecord {
    std::string_view text;            ///< the whole line (without its line break)
    std::vector<std::string> fields;  ///< the line split at tabs
    std::size_t line = 0;             ///< 1-based line number
    const std::string* file = nullptr;  ///< the file's path

    /// Field `i`, or "" when the line has fewer fields.
    const std::string& field(std::size_t i) const;
    /// An error at this line.
    DataFileError error(const std::string& reason) const { return DataFileError(*file, line, reason); }
};

/// Reads data file `path`: every line that is neither blank nor a comment (`#` first) goes to
/// `on_record`, in order. A line with fewer than `min_fields` fields is an error "expected FORMAT".
/// Throws DataFileError naming the file when it cannot be read, and naming the line for any exception
/// `on_record` throws.
void read_data_file(const std::string& path, const std::function<void(const DataRecord&)>& on_record,
                    std::size_t min_fields = 1, const std::string& format = "");

/// The words of word-list file `path` (one word or phrase a line, comments and blank lines skipped).
std::unordered_set<std::string> read_word_list(const std::string& path);

}  // namespace geofacet
