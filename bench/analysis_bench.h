// The analysis benchmark: MB/s of the normaliser and of the whole analysis on English and on Japanese text,
// beside plain Xapian TermGenerator indexing of the same text in the same run; whole indexing runs.
#pragma once

#include <memory>
#include <string>

#include "analysis/resources.h"

namespace geofacet::bench {

/// Prints the analysis figures for about `megabytes` of each language of the corpus in `corpus_dir`
/// (sample-corpus/: en.jsonl, ja.jsonl); returns the process exit status.
int run_analysis_bench(std::shared_ptr<const Resources> resources, const std::string& corpus_dir, double megabytes);

}  // namespace geofacet::bench
