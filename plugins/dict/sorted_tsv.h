// A read-only, memory-mapped, sorted tab-separated file: the compact form of the dictionaries.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace geofacet {

/// Lines "key<TAB>rest", sorted by key in byte order, mapped into memory and searched by bisection.
/// Immutable once opened: share one between threads.
class SortedTsv {
  public:
    /// Maps `path`; throws std::runtime_error naming it when it cannot.
    static std::shared_ptr<const SortedTsv> open(const std::string& path);
    ~SortedTsv();
    SortedTsv(const SortedTsv&) = delete;
    SortedTsv& operator=(const SortedTsv&) = delete;

    /// The rests of every line whose key is `key`, in file order (views into the mapping).
    std::vector<std::string_view> find(std::string_view key) const;

    /// Number of bytes mapped.
    std::size_t size() const { return size_; }

  private:
    SortedTsv(const char* data, std::size_t size) : data_(data), size_(size) {}
    std::size_t line_start(std::size_t pos) const;
    std::string_view key_at(std::size_t line) const;

    const char* data_;
    std::size_t size_;
};

}  // namespace geofacet
