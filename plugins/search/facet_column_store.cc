#include "search/facet_column_store.h"

#include <map>
#include <mutex>
#include <stdexcept>

namespace geofacet {

const char* origin_name(ColumnOrigin origin) {
    switch (origin) {
        case ColumnOrigin::Mapped: return "mapped";
        case ColumnOrigin::BuiltAndSaved: return "built and saved";
        case ColumnOrigin::BuiltInMemory: return "built in memory";
    }
    return "?";
}

ShardColumns columns_for(const Xapian::Database& shard, const std::string& dir) {
    // One entry per folder and revision; weak, so that a revision no searcher uses any more is let go.
    static std::mutex mutex;
    struct Entry {
        std::weak_ptr<const FacetColumns> columns;
        ColumnOrigin origin;
    };
    static std::map<std::string, Entry> cache;
    const std::string key = dir + '\n' + shard.get_uuid() + '\n' + std::to_string(shard.get_revision());
    // Builds are rare (the indexer leaves fresh columns) and serialised, so two threads never build one twice.
    std::lock_guard<std::mutex> lock(mutex);
    if (auto cached = cache[key].columns.lock()) return ShardColumns{cached, cache[key].origin};
    ShardColumns out;
    const auto file = dir.empty() ? nullptr : FacetColumns::map(facet_columns_path(dir));
    if (file && file->fresh_for(shard)) {
        out.columns = file;
    } else {
        out.columns = FacetColumns::build(shard);
        out.origin = ColumnOrigin::BuiltInMemory;
        // A searcher still reading an older revision must not replace the file of a newer one.
        const bool newer_on_disk = file && file->uuid() == shard.get_uuid() && file->revision() > shard.get_revision();
        try {
            if (!dir.empty() && !newer_on_disk) {
                out.columns->save(facet_columns_path(dir));
                out.origin = ColumnOrigin::BuiltAndSaved;
            }
        } catch (const std::runtime_error&) {
            // A read-only folder: the columns serve this process from memory.
        }
    }
    cache[key] = Entry{out.columns, out.origin};
    return out;
}

}  // namespace geofacet
