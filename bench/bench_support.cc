#include "bench_support.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <stdexcept>

namespace geofacet::bench {

namespace {

using Clock = std::chrono::steady_clock;

ChildRun wait_child(pid_t pid, Clock::time_point start, const std::string& what) {
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) > 1)
        throw std::runtime_error(what + " failed (status " + std::to_string(status) + ")");
    const auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; };
    return ChildRun{std::chrono::duration<double>(Clock::now() - start).count(), secs(usage.ru_utime) + secs(usage.ru_stime),
                    usage.ru_maxrss / 1024.0};
}

}  // namespace

ChildRun run_program(const std::vector<std::string>& args) {
    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<char*> argv;
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    return wait_child(pid, start, args[0]);
}

ChildRun run_forked(const std::function<void()>& work, const std::string& what) {
    const auto start = Clock::now();
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid == 0) {
        try {
            work();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "%s: %s\n", what.c_str(), e.what());
            _exit(3);
        }
        _exit(0);
    }
    return wait_child(pid, start, what);
}

double megabytes_in(const std::string& path) {
    namespace fs = std::filesystem;
    if (fs::is_regular_file(path)) return fs::file_size(path) / 1e6;
    std::uintmax_t bytes = 0;
    for (const auto& e : fs::recursive_directory_iterator(path))
        if (e.is_regular_file()) bytes += e.file_size();
    return bytes / 1e6;
}

double thread_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double median_ms(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0 : samples[samples.size() / 2] * 1000;
}

}  // namespace geofacet::bench
