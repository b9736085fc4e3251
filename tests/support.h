// Shared helpers of the test suites: resources, temporary folders, the sample corpus, running programs.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "index/article.h"
#include "search/facet_counter.h"
#include "search/searcher.h"

namespace geofacet::test {

/// The real resources (gazetteer, countries, MeCab), loaded once per test program.
std::shared_ptr<const Resources> resources();

/// An analyzer over resources(), one per test program (tests run on one thread).
Analyzer& analyzer();

/// The distinct values of `facet` found in `text`, sorted and comma-separated ("" for none).
std::string values_in(const std::string& text, Facet facet, bool query = false);

/// The ids of the articles `searcher` finds for `query` with `filters` ((facet, value) pairs), at most 1000.
std::set<std::string> found_ids(Searcher& searcher, const std::string& query,
                                const std::vector<std::pair<std::string, std::string>>& filters = {});

/// A folder that is removed with everything in it when the object dies.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    /// Path of `name` inside the folder.
    std::string path(const std::string& name = "") const;

  private:
    std::string dir_;
};

/// A path inside the source tree.
std::string source_path(const std::string& relative);
/// A program built in build/bin.
std::string bin_path(const std::string& program);

/// Writes `content` to `path`.
void write_file(const std::string& path, const std::string& content);

/// What a command did.
struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
    long peak_rss_kb = 0;  ///< the largest resident memory the command (or a child of it) reached
};
/// Runs `command` through /bin/sh, capturing both streams.
CommandResult run(const std::string& command);

/// The sample corpus's articles, by id.
std::map<std::string, Article> corpus_articles();

/// Expected facet values of one article (from sample-corpus/expected-*.tsv, written by hand).
struct ExpectedFacets {
    std::set<std::string> actors, countries, percentages;
};
/// Expected facets of a TSV file (id, actors, countries, percentages; a header line), by id.
std::map<std::string, ExpectedFacets> read_expected(const std::string& path);
/// Every sample article's expected facets, by id.
std::map<std::string, ExpectedFacets> expected_facets();

/// A request for `query` with `filters`: a page of 100 and every facet value (1000 a facet).
SearchRequest request_for(const std::string& query, std::vector<std::pair<std::string, std::string>> filters = {});

/// Documents per facet value.
using Counts = std::map<std::string, Xapian::doccount>;
/// Every facet value of every document matching `query`, counted from the documents' own term lists (by the
/// facet table's term prefixes): a path that shares nothing with the columns (posting lists) or the value slots.
std::map<std::string, Counts> brute_force(const Xapian::Database& db, const Xapian::Query& query);
/// Facet counts as a map, value → count.
Counts as_counts(const std::vector<FacetCount>& counts);

/// Indexes `inputs` into a new database at `db` with the library (no program), returning it opened.
Xapian::Database index_into(const std::string& db, const std::vector<std::string>& inputs);
/// Indexes the JSON Lines `jsonl` (written to `dir`/articles.jsonl) into `dir`/db, and opens it.
Xapian::Database index_lines(const TempDir& dir, const std::string& jsonl);

/// The sample corpus indexed once per test program (read-only: do not modify).
const Xapian::Database& corpus_db();

}  // namespace geofacet::test
