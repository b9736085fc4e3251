// geofacet-index: indexes news articles into a faceted Xapian database.
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <mutex>
#include <algorithm>
#include <string>
#include <thread>
#include <unistd.h>

#include <xapian.h>

#include "index/indexing_run.h"

namespace {

std::atomic<bool> g_stop{false};

void on_signal(int) { g_stop = true; }

const char* kUsage =
    "usage: geofacet-index --db DIR [--entities-out FILE] [--batch N] [--threads N] [--max-article-bytes N] [--quiet]\n"
    "                      INPUT...\n"
    "  INPUT  a JSON Lines file, a folder (walked for *.jsonl, *.json, *.txt), or - for standard input\n"
    "exit status: 0 all indexed, 1 some input skipped, 2 usage error, 3 database or resource error, 130 interrupted\n";

int usage_error(const std::string& message) {
    std::cerr << "geofacet-index: " << message << "\n" << kUsage;
    return 2;
}

bool parse_count(const char* text, unsigned long long& out) {
    char* end = nullptr;
    out = std::strtoull(text, &end, 10);
    return end && *end == '\0' && out > 0;
}

std::string fmt(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

}  // namespace

int main(int argc, char** argv) {
    geofacet::IndexOptions options;
    options.threads = std::max(1u, std::thread::hardware_concurrency());
    bool quiet = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&](const char* name) -> const char* {
            if (i + 1 >= argc) return nullptr;
            (void)name;
            return argv[++i];
        };
        unsigned long long n = 0;
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        } else if (arg == "--db") {
            const char* v = value("--db");
            if (!v) return usage_error("--db needs a folder");
            options.db = v;
        } else if (arg == "--entities-out") {
            const char* v = value("--entities-out");
            if (!v) return usage_error("--entities-out needs a file");
            options.entities_out = v;
        } else if (arg == "--batch") {
            const char* v = value("--batch");
            if (!v || !parse_count(v, n)) return usage_error("--batch needs a positive number");
            options.batch_size = static_cast<unsigned>(n);
        } else if (arg == "--threads") {
            const char* v = value("--threads");
            if (!v || !parse_count(v, n)) return usage_error("--threads needs a positive number");
            options.threads = static_cast<unsigned>(n);
        } else if (arg == "--max-article-bytes") {
            const char* v = value("--max-article-bytes");
            if (!v || !parse_count(v, n)) return usage_error("--max-article-bytes needs a positive number");
            options.limits.max_article_bytes = n;
        } else if (arg == "--quiet" || arg == "-q") {
            quiet = true;
        } else if (arg.size() > 1 && arg[0] == '-' ) {
            return usage_error("unknown option " + arg);
        } else {
            options.inputs.push_back(arg);
        }
    }
    if (options.db.empty()) return usage_error("--db is required");
    if (options.inputs.empty()) return usage_error("no INPUT given");

    // No SA_RESTART: a read blocked on standard input returns, so Ctrl-C ends the run at once.
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    const bool tty = isatty(STDERR_FILENO);

    geofacet::IndexCallbacks callbacks;
    callbacks.stop = &g_stop;
    // Problems come from the reading thread, progress from the writing one: one line at a time.
    static std::mutex output;
    callbacks.on_problem = [](const geofacet::InputProblem& p) {
        std::lock_guard<std::mutex> lock(output);
        std::cerr << p.origin.file;
        if (p.origin.line) std::cerr << ":" << p.origin.line;
        std::cerr << ": " << (p.skipped ? "skipped: " : "warning: ") << p.reason << "\n";
    };
    if (!quiet) {
        callbacks.on_progress = [tty](const geofacet::IndexProgress& p) {
            std::lock_guard<std::mutex> lock(output);
            const double rate = p.seconds > 0 ? p.documents / p.seconds : 0;
            std::cerr << "geofacet-index: " << p.documents << " documents, " << fmt(rate, 1) << " docs/s";
            if (p.total_bytes > 0 && p.bytes > 0) {
                const double done = static_cast<double>(p.bytes) / p.total_bytes;
                std::cerr << ", " << fmt(100 * done, 0) << "% of input";
                if (done < 1) std::cerr << ", about " << fmt(p.seconds * (1 - done) / done, 0) << " s left";
            }
            std::cerr << (tty ? "   \r" : "\n") << std::flush;
        };
    }

    geofacet::IndexReport report;
    try {
        report = geofacet::run_indexing(geofacet::Resources::load(), options, callbacks);
    } catch (const Xapian::DatabaseLockError&) {
        std::cerr << "geofacet-index: cannot open " << options.db << ": the database is locked by another writer\n";
        return 3;
    } catch (const Xapian::Error& e) {
        std::cerr << "geofacet-index: cannot use database " << options.db << ": " << e.get_description() << "\n";
        return 3;
    } catch (const std::exception& e) {
        std::cerr << "geofacet-index: " << e.what() << "\n";
        return 3;
    }

    if (tty && !quiet) std::cerr << std::string(78, ' ') << "\r";
    std::cerr << "geofacet-index: indexed " << report.indexed << " documents (" << report.added << " new, "
              << report.replaced << " replaced) in " << fmt(report.seconds, 1) << " s";
    if (report.skipped) {
        std::cerr << "; skipped " << report.skipped << " (";
        bool first = true;
        for (const auto& [reason, count] : report.skip_reasons) {
            std::cerr << (first ? "" : ", ") << reason << ": " << count;
            first = false;
        }
        std::cerr << ")";
    }
    if (report.warnings) std::cerr << "; " << report.warnings << " warnings";
    std::cerr << "\n";
    if (report.interrupted) {
        std::cerr << "geofacet-index: interrupted; the database holds every document indexed before the interrupt\n";
        return 130;
    }
    return report.skipped ? 1 : 0;
}
