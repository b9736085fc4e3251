// What the benchmarks share: running programs and forked work with their time and peak memory, sizes on
// disk, CPU time, medians.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace geofacet::bench {

/// What a child process took.
struct ChildRun {
    double seconds = 0;      ///< wall time
    double cpu_seconds = 0;  ///< user and system time, every thread
    double peak_mb = 0;      ///< peak resident memory
};

/// Runs the program `args[0]` with `args` and waits for it; throws std::runtime_error when it fails.
ChildRun run_program(const std::vector<std::string>& args);

/// Runs `work` in a forked child (so that its peak memory is its own) and waits; throws when it fails.
ChildRun run_forked(const std::function<void()>& work, const std::string& what);

/// Megabytes of a file, or of every file under a folder.
double megabytes_in(const std::string& path);

/// CPU time of the calling thread, in seconds: on a machine shared with other work, what a search cost,
/// where wall time also counts the time it waited for a core.
double thread_cpu_seconds();

/// The median of `samples` (seconds), in milliseconds.
double median_ms(std::vector<double> samples);

}  // namespace geofacet::bench
