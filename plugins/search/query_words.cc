#include "search/query_words.h"

#include <map>
#include <mutex>

#include "util/data_file.h"

namespace geofacet {

std::shared_ptr<const std::unordered_set<std::string>> japanese_stopwords(const Resources& resources) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const std::unordered_set<std::string>>> loaded;
    const std::string file = resources.paths.data_dir + "/stopwords-ja.txt";
    const std::lock_guard<std::mutex> lock(mutex);
    auto& words = loaded[file];
    if (!words) words = std::make_shared<const std::unordered_set<std::string>>(read_word_list(file));
    return words;
}

}  // namespace geofacet
