#include "entities/gazetteer.h"

#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "text/segmenter.h"

namespace geofacet {

namespace {

std::string string_field(const nlohmann::json& j, const char* name, bool required) {
    const auto it = j.find(name);
    if (it == j.end() || it->is_null()) {
        if (required) throw std::invalid_argument(std::string("missing \"") + name + "\"");
        return {};
    }
    if (!it->is_string()) throw std::invalid_argument(std::string("\"") + name + "\" is not a string");
    return it->get<std::string>();
}

bool valid_id(const std::string& id) {
    if (id.empty()) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

}  // namespace

void Gazetteer::add_form(Segmenter& segmenter, const std::string& form, FormKind kind, std::uint32_t index) {
    matcher_.add(pieces_of(segmenter, form), (static_cast<std::uint32_t>(kind) << 30) | index);
}

std::shared_ptr<const Gazetteer> Gazetteer::load(const std::string& file, Segmenter& segmenter) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error(file + ": cannot read the actor gazetteer");
    auto g = std::make_shared<Gazetteer>();
    std::string line;
    for (int lineno = 1; std::getline(in, line); ++lineno) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const std::string where = file + ":" + std::to_string(lineno) + ": ";
        Actor a;
        try {
            const auto j = nlohmann::json::parse(line);
            a.id = string_field(j, "id", true);
            a.kind = string_field(j, "kind", true);
            a.label_en = string_field(j, "en", true);
            a.label_ja = string_field(j, "ja", false);
            a.reading = string_field(j, "reading", false);
            a.country = string_field(j, "country", false);
            a.role = string_field(j, "role", false);
            const auto list = [&](const char* name) {
                return j.contains(name) ? j.at(name).get<std::vector<std::string>>() : std::vector<std::string>{};
            };
            a.aliases = list("aliases");
            a.short_forms = list("short");
            a.generic = list("generic");
            a.not_forms = list("not");
        } catch (const std::exception& e) {
            throw std::runtime_error(where + e.what());
        }
        if (!valid_id(a.id)) throw std::runtime_error(where + "bad id '" + a.id + "' (use a-z, 0-9 and -)");
        if (a.kind != "person" && a.kind != "org") throw std::runtime_error(where + "kind must be person or org");
        if (g->by_id_.count(a.id)) throw std::runtime_error(where + "duplicate id '" + a.id + "'");
        const auto index = static_cast<std::uint32_t>(g->actors_.size());
        g->by_id_[a.id] = index;
        g->add_form(segmenter, a.label_en, FormKind::Full, index);
        if (!a.label_ja.empty()) g->add_form(segmenter, a.label_ja, FormKind::Full, index);
        for (const std::string& alias : a.aliases) g->add_form(segmenter, alias, FormKind::Full, index);
        for (const std::string& form : a.short_forms) g->add_form(segmenter, form, FormKind::Short, index);
        for (const std::string& form : a.not_forms) g->add_form(segmenter, form, FormKind::Not, 0);
        for (const std::string& form : a.generic) {
            // One group per distinct form: "Defence Ministry" may be Japan's, Australia's, Britain's ...
            std::string key;
            for (const Piece& p : pieces_of(segmenter, form)) key += p.key + " ";
            auto [it, fresh] = g->generic_by_key_.emplace(key, static_cast<std::uint32_t>(g->generic_groups_.size()));
            if (fresh) {
                g->generic_groups_.emplace_back();
                g->add_form(segmenter, form, FormKind::Generic, it->second);
            }
            g->generic_groups_[it->second].push_back(index);
        }
        g->actors_.push_back(std::move(a));
    }
    return g;
}

const Actor* Gazetteer::by_id(std::string_view id) const {
    const auto it = by_id_.find(std::string(id));
    return it == by_id_.end() ? nullptr : &actors_[it->second];
}

}  // namespace geofacet
