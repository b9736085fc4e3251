#include "analysis_bench.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "analysis/analyzer.h"
#include "index/document_builder.h"
#include "index/indexing_run.h"
#include "index/name_evidence_set.h"
#include "names/name_evidence.h"
#include "schema/schema.h"
#include "text/normaliser.h"

namespace geofacet::bench {

namespace {

using Clock = std::chrono::steady_clock;

// The bodies of the corpus file, repeated until they make about `megabytes` of text.
std::vector<std::string> texts_of(const std::string& file, double megabytes) {
    std::vector<std::string> base;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) base.push_back(nlohmann::json::parse(line).value("body", ""));
    std::vector<std::string> out;
    std::size_t bytes = 0;
    while (!base.empty() && bytes < megabytes * 1e6)
        for (const std::string& t : base) {
            out.push_back(t);
            bytes += t.size();
        }
    return out;
}

double total_mb(const std::vector<std::string>& texts) {
    std::size_t bytes = 0;
    for (const std::string& t : texts) bytes += t.size();
    return bytes / 1e6;
}

// MB/s of `work` over `texts`, best of three runs.
double rate(const std::vector<std::string>& texts, const std::function<void(const std::string&)>& work) {
    double best = 0;
    for (int run = 0; run < 3; ++run) {
        const auto start = Clock::now();
        for (const std::string& t : texts) work(t);
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        best = std::max(best, total_mb(texts) / seconds);
    }
    return best;
}

void report(const char* lang, const std::vector<std::string>& texts, geofacet::Analyzer& analyzer) {
    Xapian::TermGenerator plain;
    plain.set_stemmer(Xapian::Stem("english"));
    plain.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    if (std::string(lang) == "ja") plain.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
    const double xapian = rate(texts, [&](const std::string& t) {
        Xapian::Document doc;
        plain.set_document(doc);
        plain.index_text(t);
    });
    const double normaliser = rate(texts, [&](const std::string& t) {
        const geofacet::NormalisedText n(t);
        (void)geofacet::fold_case(n.text());
    });
    const double analysis = rate(texts, [&](const std::string& t) {
        Xapian::Document doc;
        Xapian::termpos pos = 0;
        const geofacet::Analysis a = analyzer.analyse(t);
        geofacet::index_analysis(doc, a, analyzer.terms(), pos, 1, "");
    });
    std::printf("%-3s %7.2f MB  xapian TermGenerator %7.2f MB/s | normaliser %7.2f MB/s (%.2fx) | whole analysis %6.2f MB/s (%.2fx)\n",
                lang, total_mb(texts), xapian, normaliser, normaliser / xapian, analysis, analysis / xapian);
}

// Whole indexing into a database: Geofacet's documents against plain TermGenerator documents.
void report_indexing(const char* lang, const std::vector<std::string>& texts, geofacet::Analyzer& analyzer) {
    char tmpl[] = "/tmp/geofacet-bench-XXXXXX";
    const std::string dir = mkdtemp(tmpl);
    const auto timed = [&](const std::string& path, const std::function<Xapian::Document(const std::string&, int)>& make) {
        const auto start = Clock::now();
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
        int n = 0;
        for (const std::string& t : texts) {
            Xapian::Document doc = make(t, n);
            db.replace_document("Q" + std::to_string(n++), doc);
        }
        db.commit();
        return total_mb(texts) / std::chrono::duration<double>(Clock::now() - start).count();
    };
    Xapian::TermGenerator plain;
    plain.set_stemmer(Xapian::Stem("english"));
    plain.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    if (std::string(lang) == "ja") plain.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
    const double xapian = timed(dir + "/plain", [&](const std::string& t, int n) {
        Xapian::Document doc;
        plain.set_document(doc);
        plain.index_text(t);
        doc.set_data(t);
        doc.add_boolean_term("Q" + std::to_string(n));
        return doc;
    });
    geofacet::DocumentBuilder builder(analyzer);
    const double geofacet = timed(dir + "/geofacet", [&](const std::string& t, int n) {
        geofacet::Article a;
        a.id = std::to_string(n);
        a.body = t;
        a.lang = lang;
        return builder.build(a).document;
    });
    std::printf("%-3s indexing into a database: plain Xapian %6.2f MB/s | Geofacet %6.2f MB/s (%.2fx)\n", lang, xapian,
                geofacet, geofacet / xapian);
    std::system(("rm -rf " + dir).c_str());
}

// Whole indexing runs (reading JSON Lines, analysis, writing) on one thread and on every core.
void report_runs(const std::string& corpus, double megabytes, std::shared_ptr<const geofacet::Resources> resources) {
    char tmpl[] = "/tmp/geofacet-bench-XXXXXX";
    const std::string dir = mkdtemp(tmpl);
    const std::string input = dir + "/articles.jsonl";
    std::size_t bytes = 0;
    {
        std::ofstream out(input);
        for (int copy = 0; bytes < megabytes * 1e6; ++copy)
            for (const char* file : {"/en.jsonl", "/ja.jsonl"}) {
                std::ifstream in(corpus + file);
                for (std::string line; std::getline(in, line);) {
                    if (line.empty()) continue;
                    auto j = nlohmann::json::parse(line);
                    j["id"] = j["id"].get<std::string>() + "-" + std::to_string(copy);
                    const std::string text = j.dump();
                    out << text << '\n';
                    bytes += text.size() + 1;
                }
            }
    }
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    for (unsigned threads : {1u, cores}) {
        geofacet::IndexOptions options;
        options.db = dir + "/db" + std::to_string(threads);
        options.inputs = {input};
        options.threads = threads;
        const geofacet::IndexReport report = geofacet::run_indexing(resources, options);
        std::printf("geofacet-index run, %u thread%s: %.2f MB of JSON Lines (%llu articles) at %.2f MB/s\n", threads,
                    threads == 1 ? "" : "s", bytes / 1e6, static_cast<unsigned long long>(report.indexed),
                    bytes / 1e6 / report.seconds);
        if (cores == 1) break;
    }
    std::system(("rm -rf " + dir).c_str());
}

// An archive's evidence holding `names` made-up Latin names of two parts (as many distinct people as a
// large archive names), each written once: the short sound keys gather thousands of spellings.
std::shared_ptr<geofacet::NameEvidenceSet> crowded_evidence(std::size_t names) {
    static const char* const kSyllables[] = {"ka", "ra", "to", "mi", "shi", "lo", "ve", "den", "son", "ba",
                                             "na", "ri", "ko", "sa", "te", "ma", "ha", "ji", "vo", "tan"};
    auto evidence = std::make_shared<geofacet::NameEvidenceSet>(Xapian::Database{});
    unsigned seed = 12345;
    const auto word = [&] {
        std::string w;
        for (int k = 0, n = 2 + static_cast<int>(seed % 2); k < n; ++k) {
            seed = seed * 1103515245u + 12345u;
            w += kSyllables[(seed >> 16) % 20];
        }
        return w;
    };
    for (std::size_t i = 0; i < names; ++i) {
        const std::string given = word(), family = word();
        Xapian::Document doc;
        for (const std::string& entry : geofacet::name_sound_entries(given + "-" + family, given + " " + family, {given, family}))
            doc.add_term(geofacet::schema::name_sound_term(entry));
        evidence->add_from(doc);
    }
    return evidence;
}

// Japanese analysis with the evidence of a crowded archive against an empty one: the katakana names
// compared by sound must not cost more the more names the archive holds.
void report_crowded(const std::vector<std::string>& texts, std::shared_ptr<const geofacet::Resources> resources) {
    geofacet::Analyzer analyzer(std::move(resources));
    const auto speed = [&](std::size_t names) {
        const auto evidence = crowded_evidence(names);
        analyzer.set_name_evidence(evidence->evidence());
        return rate(texts, [&](const std::string& t) { (void)analyzer.analyse(t); });
    };
    const double few = speed(100), many = speed(100000);
    std::printf("ja  analysis with the names of an archive: 100 names %6.2f MB/s | 100,000 names %6.2f MB/s (%.2fx)\n",
                few, many, many / few);
}

}  // namespace

int run_analysis_bench(std::shared_ptr<const Resources> resources, const std::string& corpus, double megabytes) {
    Analyzer analyzer(resources);
    std::printf("Geofacet analysis speed (best of 3 runs; ratio against plain Xapian TermGenerator on the same text)\n");
    const auto en = texts_of(corpus + "/en.jsonl", megabytes), ja = texts_of(corpus + "/ja.jsonl", megabytes);
    report("en", en, analyzer);
    report("ja", ja, analyzer);
    report_indexing("en", en, analyzer);
    report_indexing("ja", ja, analyzer);
    report_crowded(ja, resources);
    report_runs(corpus, megabytes, resources);
    return 0;
}

}  // namespace geofacet::bench
