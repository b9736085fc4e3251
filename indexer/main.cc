// geofacet-index: indexes news articles into a faceted Xapian database.
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unistd.h>

#include <xapian.h>

#include "index/indexing_run.h"
#include "util/command_line.h"
#include "util/output_text.h"

namespace {

std::atomic<bool> g_stop{false};

void on_signal(int) { g_stop = true; }

const char* kUsage =
    "usage: geofacet-index --db DIR [--shards N] [--compact] [--entities-out FILE] [--batch N] [--threads N]\n"
    "                      [--max-article-bytes N] [--quiet] INPUT...\n"
    "  INPUT     a JSON Lines file, a folder (walked for *.jsonl, *.json, *.txt), or - for standard input\n"
    "  --shards  a new index as N shards written in parallel (DIR/shard-K and the stub DIR/XAPIANDB); the count\n"
    "            is fixed when the index is created\n"
    "  --compact after the run, merge the shards into one compact database (Xapian's compactor)\n"
    "exit status: 0 all indexed, 1 some input skipped, 2 usage error, 3 database or resource error, 130 interrupted\n";

std::string fmt(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

// The options of the command line into `options`; an exit status when the program should stop now.
std::optional<int> parse_options(int argc, char** argv, geofacet::IndexOptions& options, bool& quiet) {
    std::uint64_t batch = options.batch_size, threads = options.threads, max_bytes = options.limits.max_article_bytes;
    std::uint64_t shards = 0;
    geofacet::CommandLine cli("geofacet-index", kUsage);
    cli.text("--db", &options.db)
        .text("--entities-out", &options.entities_out)
        .number("--batch", &batch, 1, 1000000)
        .number("--threads", &threads, 1, 256)
        .number("--shards", &shards, 1, 64)
        .flag("--compact", &options.compact)
        .number("--max-article-bytes", &max_bytes, 1, std::uint64_t(1) << 40)
        .flag("--quiet", &quiet, "-q");
    if (auto status = cli.parse(argc, argv, options.inputs, std::cout, std::cerr)) return status;
    if (options.db.empty()) return cli.usage_error("--db is required", std::cerr);
    if (options.inputs.empty()) return cli.usage_error("no INPUT given", std::cerr);
    options.batch_size = static_cast<unsigned>(batch);
    options.threads = static_cast<unsigned>(threads);
    options.shards = static_cast<unsigned>(shards);
    options.limits.max_article_bytes = max_bytes;
    return std::nullopt;
}

// Ctrl-C and SIGTERM stop the run after the current article. No SA_RESTART: a read blocked on standard
// input returns, so the run ends at once.
void stop_on_signals() {
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

// Problems come from the reading thread, progress from the writing one: one line at a time.
std::mutex g_output;

void report_problem(const geofacet::InputProblem& p) {
    std::lock_guard<std::mutex> lock(g_output);
    // File names and reasons quote the input (ids, text): nothing of it may drive the terminal.
    std::cerr << geofacet::terminal_text(p.origin.file);
    if (p.origin.line) std::cerr << ":" << p.origin.line;
    std::cerr << ": " << (p.skipped ? "skipped: " : "warning: ") << geofacet::terminal_text(p.reason) << "\n";
}

void report_progress(const geofacet::IndexProgress& p, bool tty) {
    std::lock_guard<std::mutex> lock(g_output);
    const double rate = p.seconds > 0 ? p.documents / p.seconds : 0;
    std::cerr << "geofacet-index: " << p.documents << " documents, " << fmt(rate, 1) << " docs/s";
    if (p.total_bytes > 0 && p.bytes > 0) {
        const double done = static_cast<double>(p.bytes) / p.total_bytes;
        std::cerr << ", " << fmt(100 * done, 0) << "% of input";
        if (done < 1) std::cerr << ", about " << fmt(p.seconds * (1 - done) / done, 0) << " s left";
    }
    std::cerr << (tty ? "   \r" : "\n") << std::flush;
}

// The summary line, and the exit status it stands for.
int report_summary(const geofacet::IndexReport& report) {
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

}  // namespace

int main(int argc, char** argv) {
    geofacet::IndexOptions options;
    options.threads = std::max(1u, std::thread::hardware_concurrency());
    bool quiet = false;
    if (auto status = parse_options(argc, argv, options, quiet)) return *status;
    stop_on_signals();
    const bool tty = isatty(STDERR_FILENO);

    geofacet::IndexCallbacks callbacks;
    callbacks.stop = &g_stop;
    callbacks.on_problem = report_problem;
    if (!quiet) callbacks.on_progress = [tty](const geofacet::IndexProgress& p) { report_progress(p, tty); };

    geofacet::IndexReport report;
    try {
        report = geofacet::run_indexing(geofacet::Resources::load(), options, callbacks);
    } catch (const Xapian::DatabaseLockError& e) {
        // Xapian reports a folder it may not write as a lock it cannot take: say which it is.
        const bool held = e.get_msg().find("already locked") != std::string::npos;
        std::cerr << "geofacet-index: cannot open " << options.db << " for writing: "
                  << (held ? "the database is locked by another writer" : e.get_msg()) << "\n";
        return 3;
    } catch (const Xapian::Error& e) {
        std::cerr << "geofacet-index: cannot use database " << options.db << ": " << e.get_description() << "\n";
        return 3;
    } catch (const std::invalid_argument& e) {
        std::cerr << "geofacet-index: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "geofacet-index: " << e.what() << "\n";
        return 3;
    }
    if (tty && !quiet) std::cerr << std::string(78, ' ') << "\r";
    return report_summary(report);
}
