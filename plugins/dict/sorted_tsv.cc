#include "dict/sorted_tsv.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>

namespace geofacet {

std::shared_ptr<const SortedTsv> SortedTsv::open(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) throw std::runtime_error(path + ": " + std::strerror(errno) + " (build the dictionaries: cmake --build build)");
    struct stat st {};
    if (fstat(fd, &st) != 0) {
        ::close(fd);
        throw std::runtime_error(path + ": cannot stat");
    }
    const std::size_t size = static_cast<std::size_t>(st.st_size);
    void* data = size ? mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0) : nullptr;
    ::close(fd);
    if (size && data == MAP_FAILED) throw std::runtime_error(path + ": cannot map into memory");
    return std::shared_ptr<const SortedTsv>(new SortedTsv(static_cast<const char*>(data), size));
}

SortedTsv::~SortedTsv() {
    if (size_) munmap(const_cast<char*>(data_), size_);
}

std::size_t SortedTsv::line_start(std::size_t pos) const {
    while (pos > 0 && data_[pos - 1] != '\n') --pos;
    return pos;
}

std::string_view SortedTsv::key_at(std::size_t line) const {
    std::size_t end = line;
    while (end < size_ && data_[end] != '\t' && data_[end] != '\n') ++end;
    return std::string_view(data_ + line, end - line);
}

std::vector<std::string_view> SortedTsv::find(std::string_view key) const {
    std::vector<std::string_view> out;
    // Bisection over byte positions; each probe moves to the start of its line.
    std::size_t lo = 0, hi = size_;
    while (lo < hi) {
        const std::size_t mid = line_start(lo + (hi - lo) / 2);
        if (mid < lo) break;
        if (key_at(mid) < key) {
            const char* nl = static_cast<const char*>(std::memchr(data_ + mid, '\n', size_ - mid));
            lo = nl ? static_cast<std::size_t>(nl - data_) + 1 : size_;
        } else {
            hi = mid;
        }
    }
    for (std::size_t line = lo; line < size_;) {
        if (key_at(line) != key) break;
        const char* nl = static_cast<const char*>(std::memchr(data_ + line, '\n', size_ - line));
        const std::size_t end = nl ? static_cast<std::size_t>(nl - data_) : size_;
        const std::size_t rest = line + key.size() + 1;
        out.emplace_back(data_ + rest, end > rest ? end - rest : 0);
        line = end + 1;
    }
    return out;
}

}  // namespace geofacet
