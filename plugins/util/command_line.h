// The one parser of the tools' command lines: options declared as a table, values checked the same way
// in every program, errors that name the option and say what it takes.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace geofacet {

/// A program's command line. Declare the options, then parse(); positional arguments are collected in
/// order. `--name VALUE` and `--name=VALUE` both work; `--` ends the options; a lone `-`, and a word after
/// one dash that is no declared short option (a query's "-tariff"), are positional.
class CommandLine {
  public:
    /// Receives an option's value; returns "" when it is good, else what the option needs ("a number").
    using Setter = std::function<std::string(const std::string& value)>;

    /// A parser for `program` ("geofacet-index") whose usage text (printed with errors and --help) is `usage`.
    CommandLine(std::string program, std::string usage);

    /// `--name`: sets `*target`. `short_name` ("-q") is an optional alias.
    CommandLine& flag(const std::string& name, bool* target, const std::string& short_name = "");
    /// `--name TEXT`: sets `*target` (the last one wins).
    CommandLine& text(const std::string& name, std::string* target);
    /// `--name TEXT`, repeatable: appends to `*target`.
    CommandLine& texts(const std::string& name, std::vector<std::string>* target);
    /// `--name N`: a whole number written in digits, from `min` to `max`.
    CommandLine& number(const std::string& name, std::uint64_t* target, std::uint64_t min, std::uint64_t max);
    /// `--name VALUE` checked and stored by `set`.
    CommandLine& option(const std::string& name, Setter set);

    /// Parses `argv`. Returns an exit status when the program should stop now: 0 after printing the usage
    /// for --help to `out`, 2 after printing an error and the usage to `err`; nullopt to go on.
    std::optional<int> parse(int argc, const char* const* argv, std::vector<std::string>& positional,
                             std::ostream& out, std::ostream& err) const;

    /// Prints "PROGRAM: message" and the usage to `err`; returns 2, the exit status of a usage error.
    int usage_error(const std::string& message, std::ostream& err) const;

  private:
    struct Option {
        std::string name, short_name;
        bool takes_value;
        Setter set;
    };
    const Option* find(const std::string& name) const;

    std::string program_, usage_;
    std::vector<Option> options_;
};

/// Reads a whole number written only in digits, from `min` to `max`; false otherwise (a sign, a space,
/// an overflow or anything after the digits).
bool parse_whole_number(const std::string& text, std::uint64_t min, std::uint64_t max, std::uint64_t& out);

}  // namespace geofacet
