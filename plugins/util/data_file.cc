#include "util/data_file.h"

#include <fstream>

#include "util/split.h"

namespace geofacet {

namespace {
std::string where(const std::string& file, std::size_t line) {
    return line ? file + ":" + std::to_string(line) : file;
}
}  // namespace

DataFileError::DataFileError(const std::string& file, std::size_t line, const std::string& reason)
    : std::runtime_error(where(file, line) + ": " + reason) {}

const std::string& DataRecord::field(std::size_t i) const {
    static const std::string none;
    return i < fields.size() ? fields[i] : none;
}

void read_data_file(const std::string& path, const std::function<void(const DataRecord&)>& on_record,
                    std::size_t min_fields, const std::string& format) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DataFileError(path, 0, "cannot read the data file");
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos || line[0] == '#') continue;
        DataRecord record{line, split(line, '\t'), number, &path};
        if (record.fields.size() < min_fields) throw record.error("expected " + (format.empty() ? "more fields" : format));
        try {
            on_record(record);
        } catch (const DataFileError&) {
            throw;
        } catch (const std::exception& e) {
            throw record.error(e.what());
        }
    }
    if (in.bad()) throw DataFileError(path, 0, "read error");
}

std::unordered_set<std::string> read_word_list(const std::string& path) {
    std::unordered_set<std::string> words;
    read_data_file(path, [&](const DataRecord& r) { words.insert(std::string(r.text)); });
    return words;
}

}  // namespace geofacet
