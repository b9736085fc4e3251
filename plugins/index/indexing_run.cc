#include "index/indexing_run.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <xapian.h>

#include "index/document_builder.h"
#include "index/document_pipeline.h"
#include "index/entities_json.h"
#include "schema/schema.h"

namespace geofacet {

namespace {

std::uint64_t total_input_bytes(const std::vector<std::string>& inputs) {
    std::uint64_t total = 0;
    for (const std::string& input : inputs) {
        if (input == "-") return 0;
        for (const std::string& f : ArticleReader::files_of(input)) {
            std::error_code ec;
            const auto size = std::filesystem::file_size(f, ec);
            if (!ec) total += size;
        }
    }
    return total;
}

// The entities written so far, on disk; a full disk is an error, not a file silently cut short.
void flush_entities(std::ofstream& out, const std::string& path) {
    if (!out.is_open()) return;
    out.flush();
    if (!out) throw std::runtime_error(path + ": cannot write the entities (is the disk full?); the database keeps every committed batch");
}

}  // namespace

std::string reason_kind(const std::string& reason) {
    std::string r = reason;
    if (r.rfind("id '", 0) == 0) {  // "id 'x': empty article" → "empty article"
        const std::size_t colon = r.find("': ");
        if (colon != std::string::npos) r = r.substr(colon + 3);
    }
    const std::size_t cut = r.find_first_of(":(");
    if (cut != std::string::npos) r = r.substr(0, cut);
    while (!r.empty() && r.back() == ' ') r.pop_back();
    return r;
}

IndexReport run_indexing(std::shared_ptr<const Resources> resources, const IndexOptions& options,
                         const IndexCallbacks& callbacks) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };

    Xapian::WritableDatabase db(options.db, Xapian::DB_CREATE_OR_OPEN);
    db.set_metadata("geofacet:schema", "1");
    std::ofstream entities_out;
    if (!options.entities_out.empty()) {
        entities_out.open(options.entities_out);
        if (!entities_out) throw std::runtime_error(options.entities_out + ": cannot write the entities file");
    }

    ArticleReader reader(options.limits);
    IndexReport report;
    IndexProgress progress;
    progress.total_bytes = total_input_bytes(options.inputs);
    double next_progress = callbacks.progress_seconds;
    unsigned in_batch = 0;

    const auto on_problem = [&](const InputProblem& p) {
        if (p.skipped) {
            ++report.skipped;
            ++report.skip_reasons[reason_kind(p.reason)];
        } else {
            ++report.warnings;
        }
        if (callbacks.on_problem) callbacks.on_problem(p);
    };
    // Documents come back in input order, on this thread: the only one that writes the database.
    const auto write = [&](Article&& a, BuiltDocument&& built) {
        const bool existed = db.term_exists(built.id_term);
        db.replace_document(built.id_term, built.document);
        ++report.indexed;
        ++(existed ? report.replaced : report.added);
        if (entities_out.is_open()) entities_out << entities_json(a, built).dump() << '\n';
        if (++in_batch >= options.batch_size) {
            db.commit();
            flush_entities(entities_out, options.entities_out);
            in_batch = 0;
        }
        progress.documents = report.indexed;
        progress.bytes = reader.bytes_read();
        if (callbacks.on_progress && (progress.seconds = elapsed()) >= next_progress) {
            callbacks.on_progress(progress);
            next_progress = progress.seconds + callbacks.progress_seconds;
        }
    };
    // A reading of a Japanese name is confirmed when the archive has seen the whole name in Latin script.
    DocumentPipeline pipeline(resources, options.threads, std::make_shared<NameEvidenceSet>(db), write);
    pipeline.set_stop(callbacks.stop);
    pipeline.on_failure([&](const Article& a, const std::string& reason) { on_problem({a.origin, reason, true}); });
    const auto on_article = [&](Article&& a) {
        pipeline.push(std::move(a));
        // An interrupt stops between articles; what was read so far is committed below.
        return !(callbacks.stop && callbacks.stop->load());
    };

    for (const std::string& input : options.inputs) {
        // A read cut short by the interrupt (EINTR on standard input) ends the run as well.
        if (!reader.read(input, on_article, on_problem) || (callbacks.stop && callbacks.stop->load())) {
            report.interrupted = true;
            break;
        }
    }
    pipeline.finish();
    db.commit();
    flush_entities(entities_out, options.entities_out);
    report.seconds = elapsed();
    return report;
}

}  // namespace geofacet
