#include "index/facet_columns.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace geofacet {

namespace {

constexpr char kMagic[8] = {'G', 'F', 'C', 'O', 'L', 'S', '\0', '\1'};
constexpr std::uint32_t kFormatVersion = 1;
constexpr std::size_t kMaxUuid = 64;

struct alignas(8) FileHeader {
    char magic[8];
    std::uint32_t version;
    std::uint32_t table_fingerprint;  // the facet table the file was built for
    std::uint64_t revision;
    std::uint32_t last_docid;
    std::uint32_t uuid_size;
    char uuid[kMaxUuid];
    std::uint64_t values;
    std::uint64_t dictionary_bytes;
    std::uint32_t first[schema::kFacets.size() + 1];
};
static_assert(sizeof(FileHeader) % 8 == 0, "sections start 8-byte aligned");

// A file built for another facet table (a facet added, a prefix changed) is as good as none.
std::uint32_t table_fingerprint() {
    std::uint32_t h = 2166136261u;  // FNV-1a
    const auto mix = [&h](std::string_view s) {
        for (unsigned char c : s) h = (h ^ c) * 16777619u;
        h = (h ^ 0xFF) * 16777619u;
    };
    for (const schema::FacetDef& f : schema::kFacets) {
        mix(f.name);
        mix(f.term_prefix);
        const char spelling = static_cast<char>('0' + static_cast<int>(f.spelling));
        mix(std::string_view(&spelling, 1));
    }
    return h;
}

std::size_t aligned(std::size_t n) { return (n + 7) & ~std::size_t(7); }

// The arrays of columns built in this process.
struct BuiltArrays {
    std::vector<std::uint32_t> offsets, values, frequencies, dict_offsets;
    std::string dict;
};

// Section sizes in bytes, in file order.
struct Layout {
    std::size_t offsets, values, frequencies, dict_offsets, dict;
    std::size_t total() const {
        return sizeof(FileHeader) + aligned(offsets) + aligned(values) + aligned(frequencies) + aligned(dict_offsets) +
               aligned(dict);
    }
};

Layout layout_of(std::uint32_t last_docid, std::uint64_t values, std::uint32_t ordinals, std::uint64_t dict_bytes) {
    return Layout{(std::size_t(last_docid) + 2) * 4, values * 4, std::size_t(ordinals) * 4, (std::size_t(ordinals) + 1) * 4,
                  dict_bytes};
}

}  // namespace

std::string facet_columns_path(const std::string& db_dir) { return db_dir + "/geofacet.columns"; }

std::optional<std::uint32_t> FacetColumns::ordinal(schema::FacetId f, std::string_view value) const {
    std::uint32_t lo = first(f), hi = last(f);
    while (lo < hi) {  // values are sorted within a facet
        const std::uint32_t mid = lo + (hi - lo) / 2;
        if (this->value(mid) < value) lo = mid + 1;
        else hi = mid;
    }
    if (lo < last(f) && this->value(lo) == value) return lo;
    return std::nullopt;
}

bool FacetColumns::fresh_for(const Xapian::Database& db) const {
    return db.size() == 1 && db.get_uuid() == uuid_ && db.get_revision() == revision_;
}

std::shared_ptr<const FacetColumns> FacetColumns::build(const Xapian::Database& db) {
    if (db.size() != 1) throw Xapian::InvalidOperationError("facet columns are built for one database at a time");
    std::shared_ptr<FacetColumns> c(new FacetColumns);
    c->revision_ = db.get_revision();  // throws for backends without revisions
    c->uuid_ = db.get_uuid();
    c->last_docid_ = db.get_lastdocid();
    auto arrays = std::make_shared<BuiltArrays>();
    std::vector<std::string> terms;  // of each ordinal
    arrays->dict_offsets.push_back(0);
    for (const schema::FacetDef& f : schema::kFacets) {
        c->first_[static_cast<std::size_t>(f.id)] = static_cast<std::uint32_t>(terms.size());
        const std::string prefix(f.term_prefix);
        for (Xapian::TermIterator t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
            const std::optional<std::string> value = schema::facet_value_of_term(f, *t);
            if (!value) continue;
            terms.push_back(*t);
            arrays->frequencies.push_back(t.get_termfreq());
            arrays->dict += *value;
            arrays->dict_offsets.push_back(static_cast<std::uint32_t>(arrays->dict.size()));
        }
    }
    c->first_[schema::kFacets.size()] = static_cast<std::uint32_t>(terms.size());
    // Two passes over the postings: count each document's values, then place them. Ordinals are visited in
    // ascending order, so each document's list comes out sorted.
    std::vector<std::uint32_t>& offsets = arrays->offsets;
    offsets.assign(std::size_t(c->last_docid_) + 2, 0);
    for (const std::string& term : terms)
        for (Xapian::PostingIterator p = db.postlist_begin(term); p != db.postlist_end(term); ++p) ++offsets[*p + 1];
    for (std::size_t d = 1; d < offsets.size(); ++d) offsets[d] += offsets[d - 1];
    arrays->values.resize(offsets.back());
    std::vector<std::uint32_t> cursor(offsets.begin(), offsets.end() - 1);
    for (std::uint32_t ord = 0; ord < terms.size(); ++ord)
        for (Xapian::PostingIterator p = db.postlist_begin(terms[ord]); p != db.postlist_end(terms[ord]); ++p)
            arrays->values[cursor[*p]++] = ord;
    c->offsets_ = arrays->offsets.data();
    c->values_ = arrays->values.data();
    c->value_count_ = arrays->values.size();
    c->frequencies_ = arrays->frequencies.data();
    c->dict_offsets_ = arrays->dict_offsets.data();
    c->dict_ = arrays->dict.data();
    c->storage_ = std::move(arrays);
    return c;
}

std::shared_ptr<const FacetColumns> FacetColumns::map(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    struct stat st {};
    void* base = MAP_FAILED;
    if (fstat(fd, &st) == 0 && st.st_size >= static_cast<off_t>(sizeof(FileHeader)))
        base = mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    if (base == MAP_FAILED) return nullptr;
    const std::size_t size = static_cast<std::size_t>(st.st_size);
    std::shared_ptr<const void> mapping(base, [size](const void* p) { munmap(const_cast<void*>(p), size); });
    const FileHeader& h = *static_cast<const FileHeader*>(base);
    const std::uint32_t ordinals = h.first[schema::kFacets.size()];
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.version != kFormatVersion ||
        h.table_fingerprint != table_fingerprint() || h.uuid_size > kMaxUuid ||
        layout_of(h.last_docid, h.values, ordinals, h.dictionary_bytes).total() != size)
        return nullptr;
    std::shared_ptr<FacetColumns> c(new FacetColumns);
    c->uuid_.assign(h.uuid, h.uuid_size);
    c->revision_ = h.revision;
    c->last_docid_ = h.last_docid;
    c->mapped_ = true;
    std::copy(std::begin(h.first), std::end(h.first), c->first_.begin());
    const Layout l = layout_of(h.last_docid, h.values, ordinals, h.dictionary_bytes);
    const char* p = static_cast<const char*>(base) + sizeof(FileHeader);
    c->offsets_ = reinterpret_cast<const std::uint32_t*>(p);
    c->values_ = reinterpret_cast<const std::uint32_t*>(p += aligned(l.offsets));
    c->value_count_ = h.values;
    c->frequencies_ = reinterpret_cast<const std::uint32_t*>(p += aligned(l.values));
    c->dict_offsets_ = reinterpret_cast<const std::uint32_t*>(p += aligned(l.frequencies));
    c->dict_ = p + aligned(l.dict_offsets);
    // A torn or foreign file must not send a counter out of its arrays.
    if (c->offsets_[h.last_docid + 1] != h.values || c->dict_offsets_[ordinals] != h.dictionary_bytes) return nullptr;
    c->storage_ = std::move(mapping);
    return c;
}

void FacetColumns::save(const std::string& path) const {
    FileHeader h;
    std::memset(&h, 0, sizeof h);  // the padding too: the same columns make the same file
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.version = kFormatVersion;
    h.table_fingerprint = table_fingerprint();
    h.revision = revision_;
    h.last_docid = last_docid_;
    if (uuid_.size() > kMaxUuid) throw std::runtime_error(path + ": database UUID too long for a columns file");
    h.uuid_size = static_cast<std::uint32_t>(uuid_.size());
    std::memcpy(h.uuid, uuid_.data(), uuid_.size());
    h.values = value_count_;
    h.dictionary_bytes = dict_offsets_[ordinals()];
    std::copy(first_.begin(), first_.end(), h.first);
    const Layout l = layout_of(last_docid_, value_count_, ordinals(), h.dictionary_bytes);

    const std::string temp = path + ".tmp-" + std::to_string(getpid());
    std::FILE* out = std::fopen(temp.c_str(), "wb");
    if (!out) throw std::runtime_error(temp + ": cannot write facet columns: " + std::strerror(errno));
    static const char zeros[8] = {};
    const auto section = [&](const void* data, std::size_t bytes) {
        return std::fwrite(data, 1, bytes, out) == bytes && std::fwrite(zeros, 1, aligned(bytes) - bytes, out) == aligned(bytes) - bytes;
    };
    bool ok = section(&h, sizeof h) && section(offsets_, l.offsets) && section(values_, l.values) &&
              section(frequencies_, l.frequencies) && section(dict_offsets_, l.dict_offsets) && section(dict_, l.dict);
    ok = std::fflush(out) == 0 && fsync(fileno(out)) == 0 && ok;
    ok = std::fclose(out) == 0 && ok;
    if (!ok || std::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        std::remove(temp.c_str());
        throw std::runtime_error(path + ": cannot write facet columns: " + why);
    }
}

void refresh_facet_columns(const Xapian::Database& db, const std::string& db_dir) {
    const std::string path = facet_columns_path(db_dir);
    const auto current = FacetColumns::map(path);
    if (current && current->fresh_for(db)) return;
    FacetColumns::build(db)->save(path);
}

}  // namespace geofacet
