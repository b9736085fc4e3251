#include "index/indexing_run.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <exception>
#include <stdexcept>
#include <thread>

#include <xapian.h>

#include "index/document_builder.h"
#include "index/document_pipeline.h"
#include "index/entities_json.h"
#include "index/facet_columns.h"
#include "index/shard_layout.h"
#include "index/shard_writers.h"
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

namespace {

// Opens (creating when new) the shards of the index, checking and recording the schema version.
std::vector<Xapian::WritableDatabase> open_shards(const IndexOptions& options, std::vector<std::string>& paths) {
    paths = writable_shards(options.db, options.shards);
    std::vector<Xapian::WritableDatabase> shards;
    for (const std::string& path : paths) {
        shards.emplace_back(path, Xapian::DB_CREATE_OR_OPEN);
        check_schema(shards.back(), path);
        shards.back().set_metadata(schema::kSchemaKey, schema::kSchemaVersion);
    }
    return shards;
}

// Fresh facet columns for the revision just committed of each shard (in parallel), so that no searcher pays
// the build.
void refresh_columns(const std::vector<Xapian::WritableDatabase>& shards, const std::vector<std::string>& paths) {
    std::vector<std::thread> threads;
    std::vector<std::exception_ptr> errors(shards.size());
    for (std::size_t k = 0; k < shards.size(); ++k)
        threads.emplace_back([&, k] {
            try {
                refresh_facet_columns(shards[k], paths[k]);
            } catch (...) {
                errors[k] = std::current_exception();
            }
        });
    for (std::thread& t : threads) t.join();
    for (const std::exception_ptr& e : errors)
        if (e) std::rethrow_exception(e);
}

// The entities file, when one is asked for.
std::ofstream open_entities(const std::string& path) {
    std::ofstream out;
    if (path.empty()) return out;
    out.open(path);
    if (!out) throw std::runtime_error(path + ": cannot write the entities file");
    return out;
}

// Fresh facet columns beside each shard written, or beside the one database they are merged into when
// `compact_into` names the index.
void leave_columns(ShardWriters& writers, const std::vector<std::string>& paths, const std::string& compact_into) {
    if (compact_into.empty()) {
        refresh_columns(writers.shards(), paths);
        return;
    }
    for (Xapian::WritableDatabase db : writers.shards()) db.close();
    const std::string merged = compact_index(compact_into);
    refresh_facet_columns(Xapian::Database(merged), merged);
}

}  // namespace

IndexReport run_indexing(std::shared_ptr<const Resources> resources, const IndexOptions& options,
                         const IndexCallbacks& callbacks) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };

    std::vector<std::string> paths;
    ShardWriters writers(open_shards(options, paths), options.batch_size);
    std::ofstream entities_out = open_entities(options.entities_out);
    ArticleReader reader(options.limits);
    IndexReport report;
    IndexProgress progress;
    progress.total_bytes = total_input_bytes(options.inputs);
    double next_progress = callbacks.progress_seconds;

    const auto on_problem = [&](const InputProblem& p) {
        if (p.skipped) {
            ++report.skipped;
            ++report.skip_reasons[reason_kind(p.reason)];
        } else {
            ++report.warnings;
        }
        if (callbacks.on_problem) callbacks.on_problem(p);
    };
    // Documents come back in input order, on this thread, which hands them to the shards' writers.
    const auto write = [&](Article&& a, BuiltDocument&& built) {
        if (entities_out.is_open()) entities_out << entities_json(a, built).dump() << '\n';
        writers.add(built.id_term, std::move(built.document));
        if (++report.indexed % options.batch_size == 0) flush_entities(entities_out, options.entities_out);
        progress.documents = report.indexed;
        progress.bytes = reader.bytes_read();
        if (callbacks.on_progress && (progress.seconds = elapsed()) >= next_progress) {
            callbacks.on_progress(progress);
            next_progress = progress.seconds + callbacks.progress_seconds;
        }
    };
    // A reading of a Japanese name is confirmed when the archive has seen the whole name in Latin script.
    DocumentPipeline pipeline(resources, options.threads, std::make_shared<NameEvidenceSet>(writers.reader()), write);
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
    writers.finish();
    flush_entities(entities_out, options.entities_out);
    report.added = writers.added();
    report.replaced = writers.replaced();
    leave_columns(writers, paths, options.compact && !report.interrupted ? options.db : "");
    report.seconds = elapsed();
    return report;
}

}  // namespace geofacet
