// Reading back the document data written by the indexer (Omega's "name=value" lines).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace geofacet {

/// The fields of a document's data, in order; a name may repeat.
class DocumentData {
  public:
    /// Parses Omega's format: one "name=value" a line.
    explicit DocumentData(std::string_view data);

    /// The first value of `name`, or "".
    std::string get(std::string_view name) const;
    /// Every value of `name`, in order.
    std::vector<std::string> all(std::string_view name) const;
    /// The body text with its line breaks restored.
    std::string body() const;

  private:
    std::vector<std::pair<std::string, std::string>> fields_;
};

/// Splits "a|b|c" into its parts (the actor and percent fields' format).
std::vector<std::string> split_bars(const std::string& value);

}  // namespace geofacet
