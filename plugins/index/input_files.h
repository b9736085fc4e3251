// The files an indexing input stands for: a file, standard input, or a folder walked safely.
#pragma once

#include <string>
#include <vector>

#include "index/article.h"

namespace geofacet {

/// A problem with the input: the article it concerns is skipped (or, for a warning, indexed anyway).
struct InputProblem {
    Origin origin;        ///< file and line (0 for a whole file or folder)
    std::string reason;   ///< what is wrong, e.g. "malformed JSON: ..."
    bool skipped = true;  ///< false for a warning (the article is still indexed)
};

/// The files of an input, and what could not be walked.
struct InputFiles {
    std::vector<std::string> files;       ///< in reading order (a folder's files sorted by path)
    std::vector<InputProblem> problems;   ///< entries not walked: links out of the folder, loops, unreadable ones
};

/// The files `input` stands for: "-" and a file stand for themselves; a folder for its *.jsonl, *.json and
/// *.txt files at any depth, hidden entries (".name") skipped. Symbolic links are followed only while they
/// stay inside the folder; a link leading out of it, a folder met twice (a loop) and an entry that cannot
/// be read are reported and skipped, and never stop the walk. Paths are the folder's path joined with the
/// entry's path inside it, as walked (never resolved through a link).
InputFiles input_files(const std::string& input);

}  // namespace geofacet
