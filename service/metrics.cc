#include "metrics.h"

#include <sstream>

namespace geofacet {

void Metrics::record(const std::string& endpoint, int status, double seconds) {
    std::lock_guard<std::mutex> lock(mutex_);
    ++requests_[{endpoint, status}];
    if (status >= 400) ++errors_[endpoint];
    Latency& l = latency_[endpoint];
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i]) ++l.buckets[i];
    ++l.count;
    l.sum += seconds;
}

std::string Metrics::exposition(std::uint64_t timeouts) const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::ostringstream out;
    out << "# HELP geofacet_http_requests_total HTTP requests answered, by endpoint and status.\n"
        << "# TYPE geofacet_http_requests_total counter\n";
    for (const auto& [key, n] : requests_)
        out << "geofacet_http_requests_total{endpoint=\"" << key.first << "\",status=\"" << key.second << "\"} " << n << "\n";
    out << "# HELP geofacet_http_errors_total HTTP requests answered with a 4xx or 5xx status, by endpoint.\n"
        << "# TYPE geofacet_http_errors_total counter\n";
    for (const auto& [endpoint, n] : errors_) out << "geofacet_http_errors_total{endpoint=\"" << endpoint << "\"} " << n << "\n";
    out << "# HELP geofacet_search_timeouts_total Searches stopped at the time limit.\n"
        << "# TYPE geofacet_search_timeouts_total counter\n"
        << "geofacet_search_timeouts_total " << timeouts << "\n";
    out << "# HELP geofacet_http_request_duration_seconds Time to answer a request, by endpoint.\n"
        << "# TYPE geofacet_http_request_duration_seconds histogram\n";
    for (const auto& [endpoint, l] : latency_) {
        const std::string name = "geofacet_http_request_duration_seconds";
        for (std::size_t i = 0; i < kBuckets.size(); ++i)
            out << name << "_bucket{endpoint=\"" << endpoint << "\",le=\"" << kBuckets[i] << "\"} " << l.buckets[i] << "\n";
        out << name << "_bucket{endpoint=\"" << endpoint << "\",le=\"+Inf\"} " << l.count << "\n"
            << name << "_sum{endpoint=\"" << endpoint << "\"} " << l.sum << "\n"
            << name << "_count{endpoint=\"" << endpoint << "\"} " << l.count << "\n";
    }
    return out.str();
}

}  // namespace geofacet
