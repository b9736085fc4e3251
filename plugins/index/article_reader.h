// Reads articles from JSON Lines files, folders and standard input, reporting every bad one.
#pragma once

#include <cstddef>
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "index/article.h"
#include "index/input_files.h"

namespace geofacet {

/// Limits on what is accepted as an article.
struct ReaderLimits {
    std::size_t max_article_bytes = 8 * 1024 * 1024;  ///< larger articles are skipped as oversized
    std::size_t max_json_depth = 64;                  ///< JSON nested deeper is skipped as malformed
};

/// Reads articles. Inputs: a JSON Lines file (one article an object), a folder (walked for *.jsonl,
/// *.json holding one article or an array of them, and *.txt whose first line is the title), or "-"
/// for JSON Lines on standard input.
class ArticleReader {
  public:
    /// Called for each good article; return false to stop reading (an interrupt).
    using ArticleSink = std::function<bool(Article&&)>;
    /// Called for each problem.
    using ProblemSink = std::function<void(const InputProblem&)>;

    /// A reader applying `limits`.
    explicit ArticleReader(ReaderLimits limits = {}) : limits_(limits) {}

    /// Reads `input`; returns false when a sink asked to stop.
    bool read(const std::string& input, const ArticleSink& on_article, const ProblemSink& on_problem);

    /// Reads JSON Lines from `in`, named `name` in problems; returns false when a sink asked to stop.
    bool read_stream(std::istream& in, const std::string& name, const ArticleSink& on_article,
                     const ProblemSink& on_problem) {
        return read_json_lines(in, name, on_article, on_problem);
    }

    /// The files `input` stands for, in reading order (see input_files(); problems are reported by read()).
    static std::vector<std::string> files_of(const std::string& input);

    /// Bytes read so far (for progress reports).
    std::uint64_t bytes_read() const { return bytes_read_.load(); }

  private:
    bool read_json_lines(std::istream& in, const std::string& name, const ArticleSink&, const ProblemSink&);
    bool read_json_file(const std::string& path, const ArticleSink&, const ProblemSink&);
    bool read_text_file(const std::string& path, const std::string& id, const ArticleSink&, const ProblemSink&);
    /// Reads a whole file into `text`; reports and returns false when it cannot.
    bool slurp(const std::string& path, std::string& text, const ProblemSink& on_problem);
    /// Checks an article's raw bytes (size, UTF-8); reports and returns false when they are bad.
    bool raw_text_ok(const std::string& raw, const Origin& origin, const ProblemSink& on_problem) const;
    /// Validates and sinks one article from JSON text; returns false when the sink asked to stop.
    bool accept_json(const std::string& json, const Origin& origin, const ArticleSink&, const ProblemSink&);
    /// Validates and sinks one parsed article; returns false when the sink asked to stop.
    bool accept_object(const nlohmann::json& j, const Origin& origin, const ArticleSink&, const ProblemSink&);
    bool accept(Article&& a, const ArticleSink&, const ProblemSink&);

    ReaderLimits limits_;
    std::atomic<std::uint64_t> bytes_read_{0};  // read by the writer thread for progress reports
};

/// Normalises an ISO 8601 date or date-time ("2025-06-20", "2025-06-20T09:30:00Z") to YYYY-MM-DD;
/// returns "" when `text` is not one.
std::string normalise_date(const std::string& text);

}  // namespace geofacet
