#include "util/command_line.h"

namespace geofacet {

bool parse_whole_number(const std::string& text, std::uint64_t min, std::uint64_t max, std::uint64_t& out) {
    if (text.empty() || text.size() > 20) return false;
    std::uint64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        const std::uint64_t digit = static_cast<std::uint64_t>(c - '0');
        if (value > (UINT64_MAX - digit) / 10) return false;
        value = value * 10 + digit;
    }
    if (value < min || value > max) return false;
    out = value;
    return true;
}

CommandLine::CommandLine(std::string program, std::string usage) : program_(std::move(program)), usage_(std::move(usage)) {}

CommandLine& CommandLine::flag(const std::string& name, bool* target, const std::string& short_name) {
    options_.push_back(Option{name, short_name, false, [target](const std::string&) {
                                  *target = true;
                                  return std::string();
                              }});
    return *this;
}

CommandLine& CommandLine::text(const std::string& name, std::string* target) {
    return option(name, [target](const std::string& v) {
        *target = v;
        return std::string();
    });
}

CommandLine& CommandLine::texts(const std::string& name, std::vector<std::string>* target) {
    return option(name, [target](const std::string& v) {
        target->push_back(v);
        return std::string();
    });
}

CommandLine& CommandLine::number(const std::string& name, std::uint64_t* target, std::uint64_t min, std::uint64_t max) {
    return option(name, [=](const std::string& v) {
        if (parse_whole_number(v, min, max, *target)) return std::string();
        return "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    });
}

CommandLine& CommandLine::option(const std::string& name, Setter set) {
    options_.push_back(Option{name, "", true, std::move(set)});
    return *this;
}

const CommandLine::Option* CommandLine::find(const std::string& name) const {
    for (const Option& o : options_)
        if (o.name == name || (!o.short_name.empty() && o.short_name == name)) return &o;
    return nullptr;
}

int CommandLine::usage_error(const std::string& message, std::ostream& err) const {
    err << program_ << ": " << message << "\n" << usage_;
    return 2;
}

std::optional<int> CommandLine::parse(int argc, const char* const* argv, std::vector<std::string>& positional,
                                      std::ostream& out, std::ostream& err) const {
    bool options_ended = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        // A single dash starts a short option only when one is declared: "-tariff" is a query's word.
        const bool short_form = arg.size() > 1 && arg[0] == '-' && arg[1] != '-';
        if (options_ended || arg.size() < 2 || arg[0] != '-' || (short_form && arg != "-h" && !find(arg))) {
            positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            options_ended = true;
            continue;
        }
        if (arg == "--help" || arg == "-h") {
            out << usage_;
            return 0;
        }
        const std::size_t eq = arg.find('=');
        const std::string name = arg.substr(0, eq);
        const Option* o = find(name);
        if (!o) return usage_error("unknown option " + name, err);
        if (!o->takes_value) {
            if (eq != std::string::npos) return usage_error(name + " takes no value", err);
            o->set("");
            continue;
        }
        std::string value;
        if (eq != std::string::npos)
            value = arg.substr(eq + 1);
        else if (i + 1 < argc)
            value = argv[++i];
        else
            return usage_error(name + " needs a value", err);
        const std::string need = o->set(value);
        if (!need.empty()) return usage_error(name + " needs " + need + ", not '" + value + "'", err);
    }
    return std::nullopt;
}

}  // namespace geofacet
