// The service's metrics in Prometheus's text format: requests and errors by endpoint and status, and a
// latency histogram by endpoint.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace geofacet {

/// Counters and histograms of the HTTP requests served. Thread-safe.
class Metrics {
  public:
    /// Records one request to `endpoint` (a route name, never a raw path: the label set stays small).
    void record(const std::string& endpoint, int status, double seconds);

    /// Everything recorded, in Prometheus's text exposition format (version 0.0.4); `timeouts` is the
    /// number of searches cut off at the time limit.
    std::string exposition(std::uint64_t timeouts) const;

  private:
    static constexpr std::array<double, 11> kBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    struct Latency {
        std::array<std::uint64_t, kBuckets.size()> buckets{};  // cumulative counts per upper bound
        std::uint64_t count = 0;
        double sum = 0;
    };
    mutable std::mutex mutex_;
    std::map<std::pair<std::string, int>, std::uint64_t> requests_;  // (endpoint, status) → count
    std::map<std::string, std::uint64_t> errors_;                    // endpoint → 4xx and 5xx answers
    std::map<std::string, Latency> latency_;
};

}  // namespace geofacet
