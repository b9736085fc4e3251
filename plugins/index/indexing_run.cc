#include "index/indexing_run.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <xapian.h>

#include "index/document_builder.h"
#include "index/document_pipeline.h"
#include "index/entities_json.h"
#include "index/facet_columns.h"
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

// Documents of another schema version would be counted and filtered wrongly beside the new ones.
void check_schema(const Xapian::Database& db, const std::string& path) {
    const std::string version = db.get_metadata(schema::kSchemaKey);
    if (db.get_doccount() > 0 && version != schema::kSchemaVersion)
        throw Xapian::DatabaseVersionError(path + ": holds an index of Geofacet schema " +
                                           (version.empty() ? std::string("(none)") : version) + ", not " +
                                           schema::kSchemaVersion + "; index into a new folder");
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
    check_schema(db, options.db);
    db.set_metadata(schema::kSchemaKey, schema::kSchemaVersion);
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
            if (entities_out.is_open()) entities_out.flush();
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
    // Fresh facet columns for the revision just committed, so that no searcher pays the build.
    refresh_facet_columns(db, options.db);
    report.seconds = elapsed();
    return report;
}

}  // namespace geofacet
