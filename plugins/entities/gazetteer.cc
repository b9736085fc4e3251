#include "entities/gazetteer.h"

#include <algorithm>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "names/kana_latin.h"
#include "names/name_normaliser.h"
#include "text/script.h"
#include "text/segmenter.h"
#include "util/data_file.h"
#include "util/utf8.h"

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

namespace {

// `form` without the name dots between two katakana words, or "" when it has none: the press writes a
// foreign name both ways (ロッキード・マーチン, ロッキードマーチン; ゴールドマン・サックス, ゴールドマンサックス), and the
// text's katakana run is then one unit that the dotted form, two units, does not match.
std::string without_name_dots(const std::string& form) {
    std::string out;
    bool dropped = false;
    char32_t before = 0;
    for (std::size_t i = 0; i < form.size();) {
        const std::size_t at = i;
        const char32_t c = utf8::next(form, i);
        std::size_t next = i;
        if (c == U'\u30FB' && is_katakana(before) && i < form.size() && is_katakana(utf8::next(form, next))) {
            dropped = true;
            continue;
        }
        out.append(form, at, i - at);
        before = c;
    }
    return dropped ? out : std::string();
}

}  // namespace

void Gazetteer::add_form(Segmenter& segmenter, const std::string& form, FormKind kind, std::uint32_t index) {
    const std::uint32_t value = (static_cast<std::uint32_t>(kind) << 30) | index;
    matcher_.add(pieces_of(segmenter, form), value);
    const std::string undotted = without_name_dots(form);
    if (!undotted.empty()) matcher_.add(pieces_of(segmenter, undotted), value);
}

namespace {

// One line of the gazetteer: {"id","kind","en","ja","reading","country","role","aliases","short","generic","not"}.
Actor actor_of(const DataRecord& r) {
    Actor a;
    const auto j = nlohmann::json::parse(r.text);
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
    if (!valid_id(a.id)) throw r.error("bad id '" + a.id + "' (use a-z, 0-9 and -)");
    if (a.kind != "person" && a.kind != "org") throw r.error("kind must be person or org");
    return a;
}

}  // namespace

void Gazetteer::add_actor(Segmenter& segmenter, NameNormaliser& names, Actor a) {
    if (by_id_.count(a.id)) throw std::invalid_argument("duplicate id '" + a.id + "'");
    const auto index = static_cast<std::uint32_t>(actors_.size());
    by_id_[a.id] = index;
    add_form(segmenter, a.label_en, FormKind::Full, index);
    if (!a.label_ja.empty()) add_form(segmenter, a.label_ja, FormKind::Full, index);
    for (const std::string& alias : a.aliases) add_form(segmenter, alias, FormKind::Full, index);
    for (const std::string& form : a.short_forms) add_form(segmenter, form, FormKind::Short, index);
    for (const std::string& form : a.not_forms) add_form(segmenter, form, FormKind::Not, 0);
    for (const std::string& form : a.generic) {
        // One group per distinct form: "Defence Ministry" may be Japan's, Australia's, Britain's ...
        std::string key;
        for (const Piece& p : pieces_of(segmenter, form)) key += p.key + " ";
        auto [it, fresh] = generic_by_key_.emplace(key, static_cast<std::uint32_t>(generic_groups_.size()));
        if (fresh) generic_groups_.emplace_back();
        // Each spelling once: "foreign ministry" in lower case matches where "Foreign Ministry" does not.
        if (generic_written_.insert(form).second) add_form(segmenter, form, FormKind::Generic, it->second);
        generic_groups_[it->second].push_back(index);
    }
    actors_.push_back(std::move(a));
    add_name_keys(names, index);
}

std::shared_ptr<const Gazetteer> Gazetteer::load(const std::string& file, Segmenter& segmenter, NameNormaliser& names,
                                                 GazetteerWords words) {
    auto g = std::make_shared<Gazetteer>();
    g->words_ = std::move(words);
    read_data_file(file, [&](const DataRecord& r) { g->add_actor(segmenter, names, actor_of(r)); });
    return g;
}

namespace {

// The words of a Latin-script name, without `suffixes` and initials ("Ferdinand Marcos Jr." → Ferdinand Marcos).
std::vector<std::string> name_words(const std::string& name, const std::unordered_set<std::string>& suffixes) {
    std::vector<std::string> words;
    std::string word;
    for (std::size_t i = 0; i <= name.size(); ++i) {
        const char c = i < name.size() ? name[i] : ' ';
        if (c == ' ') {
            const bool suffix = suffixes.count(word) > 0;
            const bool initial = word.size() <= 2 && !word.empty() && word.back() == '.';
            if (!word.empty() && !suffix && !initial) words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    return words;
}

bool latin(const std::string& s) { return !has_japanese(s); }

std::string form_without_separators(const std::string& form) {
    std::string out;
    for (const std::string& p : split_name(form)) out += p;
    return out;
}

// The parts of a multi-part form: Latin words, or katakana words joined by ・ (ドナルド・トランプ).
std::vector<std::vector<std::string>> form_parts(NameNormaliser& names, const std::string& form,
                                                 const std::unordered_set<std::string>& suffixes) {
    std::vector<std::vector<std::string>> parts;
    if (latin(form)) {
        for (const std::string& w : name_words(form, suffixes)) parts.push_back({names.latin_part(w)});
        return parts;
    }
    if (!all_kana(form_without_separators(form))) return parts;  // kanji forms go by their reading
    for (const std::string& part : split_name(form)) parts.push_back(names.kana_part(part));
    return parts;
}

}  // namespace

void Gazetteer::add_name_keys(NameNormaliser& names, std::uint32_t index) {
    names_.emplace_back();
    const Actor& a = actors_[index];
    if (!a.is_person()) return;
    ActorName& name = names_.back();
    const auto add = [](std::unordered_map<std::string, std::vector<std::uint32_t>>& map, const std::string& key,
                        std::uint32_t actor) {
        if (key.empty()) return;
        auto& list = map[key];
        if (std::find(list.begin(), list.end(), actor) == list.end()) list.push_back(actor);
    };
    // The family name: from the reading of Japanese people (family first), else from the English label.
    const std::size_t space = a.reading.find(' ');
    if (space != std::string::npos) {
        name.family = names.kana_romaji(a.reading.substr(0, space));
        name.given.push_back(names.kana_romaji(a.reading.substr(space + 1)));
    } else {
        std::vector<std::string> words = name_words(a.label_en, words_.name_suffixes);
        if (!words.empty()) {
            // The English press writes some countries' people family name first (Xi Jinping, Lee Jae-myung).
            const std::size_t family = words_.family_first_countries.count(a.country) ? 0 : words.size() - 1;
            name.family = names.latin_part(words[family]);
            for (std::size_t i = 0; i < words.size(); ++i)
                if (i != family) name.given.push_back(names.latin_part(words[i]));
        }
    }
    std::vector<std::string> whole = name.given;
    whole.push_back(name.family);
    if (whole.size() > 1) add(by_full_name_, name_id(whole), index);
    add(by_family_name_, name.family, index);
    // Every other form: several parts give a whole-name key, one part a family-name key.
    std::vector<std::string> forms = a.aliases;
    forms.push_back(a.label_en);
    forms.push_back(a.label_ja);
    for (const std::string& form : forms) {
        const auto parts = form_parts(names, form, words_.name_suffixes);
        for (const auto& combo : all_combinations(parts)) {
            if (combo.size() > 1)
                add(by_full_name_, name_id(combo), index);
            else if (combo.size() == 1)
                add(by_family_name_, combo.front(), index);
        }
    }
}

const std::vector<std::uint32_t>* Gazetteer::by_full_name(const std::string& key) const {
    const auto it = by_full_name_.find(key);
    return it == by_full_name_.end() ? nullptr : &it->second;
}

const std::vector<std::uint32_t>* Gazetteer::by_family_name(const std::string& part) const {
    const auto it = by_family_name_.find(part);
    return it == by_family_name_.end() ? nullptr : &it->second;
}

long Gazetteer::index_of(std::string_view id) const {
    const auto it = by_id_.find(std::string(id));
    return it == by_id_.end() ? -1 : static_cast<long>(it->second);
}

const Actor* Gazetteer::by_id(std::string_view id) const {
    const auto it = by_id_.find(std::string(id));
    return it == by_id_.end() ? nullptr : &actors_[it->second];
}

}  // namespace geofacet
