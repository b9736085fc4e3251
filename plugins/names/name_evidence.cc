#include "names/name_evidence.h"

#include <algorithm>

#include "names/sound_match.h"
#include "schema/schema.h"
#include "text/normaliser.h"

namespace geofacet {

namespace {
// Lower-case ASCII letters, hyphens and single spaces, without possessives: "Lee Jae-yong's" → "lee jae-yong".
std::string plain_written(const std::string& written) {
    std::string out;
    const std::string folded = strip_latin_diacritics(fold_case(written));
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const char c = folded[i];
        const bool possessive = c == '\'' && i + 1 < folded.size() && folded[i + 1] == 's' &&
                                (i + 2 == folded.size() || folded[i + 2] == ' ');
        if (possessive) ++i;
        else if ((c >= 'a' && c <= 'z') || c == '-') out += c;
        else if (c == ' ' && !out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}
}  // namespace

std::vector<std::string> name_sound_entries(const std::string& id, const std::string& written,
                                            const std::vector<std::string>& parts) {
    std::vector<std::string> out;
    const auto add = [&](const std::string& sound, const std::string& value) {
        std::string entry = sound + "|" + value;
        if (!sound.empty() && std::find(out.begin(), out.end(), entry) == out.end()) out.push_back(std::move(entry));
    };
    const std::string plain = plain_written(written);
    // The whole name only when the text wrote it whole ("Lavrov" alone is not "sergei-lavrov=lavrov").
    if (parts.size() > 1 && static_cast<std::size_t>(std::count(plain.begin(), plain.end(), ' ')) + 1 >= parts.size())
        for (const std::string& sound : sound_keys(plain, false)) add(sound, id + "=" + plain);
    for (const std::string& part : parts)
        for (const std::string& sound : sound_keys(part, false)) add(sound, part);
    return out;
}

std::optional<WholeNameEntry> whole_name_entry(const std::string& entry) {
    const std::size_t eq = entry.find('=');
    if (eq == std::string::npos) return std::nullopt;
    return WholeNameEntry{entry.substr(0, eq), entry.substr(eq + 1)};
}

SoundSpellings::SoundSpellings(std::vector<std::pair<std::string, Xapian::doccount>> counted)
    : by_count_(std::move(counted)) {
    std::stable_sort(by_count_.begin(), by_count_.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    for (std::size_t i = 0; i < by_count_.size(); ++i) position_.emplace(by_count_[i].first, i);
}

void SoundSpellings::add(const std::string& entry) {
    const auto [it, fresh] = position_.emplace(entry, by_count_.size());
    if (fresh) {
        by_count_.emplace_back(entry, 1);  // every count is at least 1: the end keeps the order
        return;
    }
    // The entry trades places with the first of those written as often as it, then counts one more.
    const std::size_t at = it->second;
    const Xapian::doccount count = by_count_[at].second;
    const auto first = std::partition_point(by_count_.begin(), by_count_.begin() + static_cast<std::ptrdiff_t>(at),
                                            [count](const auto& e) { return e.second > count; });
    const std::size_t to = static_cast<std::size_t>(first - by_count_.begin());
    std::swap(by_count_[to], by_count_[at]);
    position_[by_count_[at].first] = at;
    it->second = to;
    ++by_count_[to].second;
}

std::vector<std::string> SoundSpellings::most_written(std::size_t limit) const {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < by_count_.size() && i < limit; ++i) out.push_back(by_count_[i].first);
    return out;
}

std::vector<std::string> sound_spellings(const Xapian::Database& db, const std::string& sound) {
    const std::string prefix = schema::name_sound_term(sound + "|");
    std::vector<std::pair<std::string, Xapian::doccount>> counted;
    for (Xapian::TermIterator t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t)
        counted.emplace_back((*t).substr(prefix.size()), t.get_termfreq());
    return SoundSpellings(std::move(counted)).most_written();
}

NameEvidence database_evidence(const Xapian::Database& db) {
    return NameEvidence([db](const std::string& key) { return db.term_exists(schema::latin_name_term(key)); },
                        [db](const std::string& sound) { return sound_spellings(db, sound); });
}

}  // namespace geofacet
