#include "util/config_file.h"

#include "util/data_file.h"

namespace geofacet {

namespace {

std::string trim(const std::string& s) {
    const std::size_t begin = s.find_first_not_of(" \t"), end = s.find_last_not_of(" \t\r");
    return begin == std::string::npos ? "" : s.substr(begin, end - begin + 1);
}

}  // namespace

std::vector<std::string> read_config_file(const std::string& path) {
    std::vector<std::string> args;
    read_data_file(path, [&](const DataRecord& r) {
        const std::string line = trim(std::string(r.text));
        const std::size_t end = line.find_first_of(" \t=");
        const std::string name = line.substr(0, end);
        if (name.empty() || name[0] == '-') throw r.error("expected NAME VALUE (an option without its dashes)");
        args.push_back("--" + name);
        if (end == std::string::npos) return;
        std::string value = trim(line.substr(end));
        if (!value.empty() && value[0] == '=') value = trim(value.substr(1));
        args.push_back(value);
    });
    return args;
}

std::string config_file_argument(int argc, const char* const* argv) {
    std::string file;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--") break;
        if (a == "--config" && i + 1 < argc) file = argv[++i];
        else if (a.rfind("--config=", 0) == 0) file = a.substr(9);
    }
    return file;
}

}  // namespace geofacet
