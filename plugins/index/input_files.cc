#include "index/input_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <utility>

namespace geofacet {

namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool article_file(const std::string& name) {
    return ends_with(name, ".jsonl") || ends_with(name, ".json") || ends_with(name, ".txt");
}

// A folder's identity, so that a folder reached twice (through a link) is walked once.
using FolderId = std::pair<dev_t, ino_t>;

class Walk {
  public:
    explicit Walk(InputFiles& out) : out_(out) {}

    void run(const fs::path& root) {
        std::error_code ec;
        root_ = fs::canonical(root, ec);
        std::vector<fs::path> pending{root};
        while (!pending.empty()) {
            const fs::path dir = pending.back();
            pending.pop_back();
            if (!first_visit(dir)) continue;
            list(dir, pending);
        }
    }

  private:
    void report(const fs::path& where, const std::string& reason) {
        out_.problems.push_back(InputProblem{Origin{where.string(), 0}, reason, true});
    }

    bool first_visit(const fs::path& dir) {
        struct stat st {};
        if (::stat(dir.c_str(), &st) != 0) {
            report(dir, std::string("cannot read the folder: ") + std::strerror(errno));
            return false;
        }
        if (seen_.insert({st.st_dev, st.st_ino}).second) return true;
        report(dir, "folder already walked by another path (a link back into the folder); skipped");
        return false;
    }

    // Where a link leads, when it stays inside the folder; else reports it and returns an empty path.
    fs::path link_target(const fs::path& link) {
        std::error_code ec;
        const fs::path target = fs::canonical(link, ec);
        if (ec) {
            report(link, ec.value() == ELOOP ? "symbolic link loop; skipped" : "broken symbolic link; skipped");
            return {};
        }
        const auto [r, t] = std::mismatch(root_.begin(), root_.end(), target.begin(), target.end());
        if (r != root_.end()) {
            report(link, "symbolic link leads out of the folder; not followed");
            return {};
        }
        return target;
    }

    void list(const fs::path& dir, std::vector<fs::path>& pending) {
        std::error_code ec;
        std::vector<fs::directory_entry> entries;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
        if (ec) report(dir, "cannot read the folder: " + ec.message());
        // By name, so that of two paths to one folder the same one is walked every time.
        std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() > b.path(); });
        for (const fs::directory_entry& entry : entries) {
            const fs::path& path = entry.path();
            const std::string name = path.filename().string();
            if (name.empty() || name[0] == '.') continue;
            fs::file_status status = entry.symlink_status(ec);
            if (fs::is_symlink(status)) {
                const fs::path target = link_target(path);
                if (target.empty()) continue;
                status = fs::status(target, ec);
            }
            if (fs::is_directory(status))
                pending.push_back(path);  // popped last-in first-out: the first name first
            else if (fs::is_regular_file(status) && article_file(name))
                out_.files.push_back(path.string());
        }
    }

    InputFiles& out_;
    fs::path root_;
    std::set<FolderId> seen_;
};

}  // namespace

InputFiles input_files(const std::string& input) {
    InputFiles out;
    std::error_code ec;
    if (input == "-" || !fs::is_directory(input, ec)) {
        out.files.push_back(input);
        return out;
    }
    Walk(out).run(input);
    std::sort(out.files.begin(), out.files.end());
    return out;
}

}  // namespace geofacet
