#include "search/suggest.h"

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "index/document_data.h"
#include "names/name_normaliser.h"
#include "schema/facets.h"
#include "schema/schema.h"
#include "text/normaliser.h"
#include "text/script.h"
#include "util/utf8.h"

namespace geofacet {

namespace {

constexpr std::size_t kMaxCandidates = 200;  // values counted per request, the best known first

// Case, accents and the kana scripts folded, so that "Ōno", "ono", "オノ" and "おの" compare as typed.
std::string fold(std::string_view text) {
    std::string out;
    const std::string s = fold_case(strip_latin_diacritics(text));
    for (std::size_t i = 0; i < s.size();) {
        char32_t c = utf8::next(s, i);
        if (c >= 0x3041 && c <= 0x3096) c += 0x60;  // hiragana → katakana
        utf8::append(out, c);
    }
    return out;
}

// The probes of what was typed: itself folded, and for Latin or kana text its canonical romaji too.
std::vector<std::string> probes(const std::string& prefix, Analyzer& analyzer) {
    std::vector<std::string> out{fold(prefix)};
    if (prefix.empty()) return out;
    if (all_kana(prefix)) out.push_back(analyzer.names().kana_romaji(prefix));
    else if (is_ascii(prefix)) out.push_back(analyzer.names().latin_part(prefix));
    return out;
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// The first document holding `term` that `reader` may read.
std::optional<Xapian::Document> readable_document(const Xapian::Database& db, const std::string& term, const Reader& reader) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(term), readable_by(reader)));
    const Xapian::MSet mset = enquire.get_mset(0, 1);
    if (mset.empty()) return std::nullopt;
    return mset.begin().get_document();
}

// Labels the table lacks (actors found by their shape, sources) from a document the reader may read, so that
// nothing shown comes from one they may not.
void label_from_documents(Suggestion& s, const std::string& facet, const std::string& term, const Reader& reader,
                          const Xapian::Database& db) {
    const std::optional<Xapian::Document> doc = readable_document(db, term, reader);
    if (!doc) return;
    const DocumentData data(doc->get_data());
    if (facet == schema::facet(schema::FacetId::Source).name) {
        s.value = s.label = s.matched = data.get(schema::kFieldSource);
        return;
    }
    for (const std::string& field : data.all(schema::kFieldActor)) {
        const auto parts = split_bars(field);
        if (parts[0] != s.value) continue;
        s.label = parts.size() > 1 ? parts[1] : s.value;
        s.label_ja = parts.size() > 2 ? parts[2] : "";
        s.matched = s.label;
    }
}

}  // namespace

const std::vector<std::string>& suggestible_facets() {
    using schema::FacetId;
    static const std::vector<std::string> facets{std::string(schema::facet(FacetId::Actor).name),
                                                 std::string(schema::facet(FacetId::Country).name),
                                                 std::string(schema::facet(FacetId::Source).name)};
    return facets;
}

std::string suggestible_facet_names() {
    std::string out;
    for (const std::string& f : suggestible_facets()) out += (out.empty() ? "" : ", ") + f;
    return out;
}

void SuggestIndex::add_key(Entry& e, Analyzer& analyzer, const std::string& text) {
    if (text.empty()) return;
    // Every word start is a key ("shigeru ishiba", "ishiba"), and so is each part's canonical romaji.
    const std::string folded = fold(text);
    e.keys.emplace_back(folded, text);
    for (std::size_t i = 0; i < folded.size(); ++i)
        if ((folded[i] == ' ' || folded[i] == '-') && i + 1 < folded.size()) e.keys.emplace_back(folded.substr(i + 1), text);
    for (const std::string& part : split_name(text)) {
        if (all_kana(part)) e.keys.emplace_back(analyzer.names().kana_romaji(part), text);
        else if (is_ascii(part)) e.keys.emplace_back(analyzer.names().latin_part(part), text);
        if (part != text) e.keys.emplace_back(fold(part), text);
    }
}

void SuggestIndex::add_actor(Analyzer& analyzer, const Xapian::Database& db, const std::string& id) {
    Entry e{std::string(schema::facet(schema::FacetId::Actor).name), id, schema::actor_term(id), {}, {}, {}};
    if (const Actor* a = analyzer.resources().gazetteer->by_id(id)) {
        e.label = a->label_en;
        e.label_ja = a->label_ja;
        for (const std::string* form : {&a->label_en, &a->label_ja, &a->reading}) add_key(e, analyzer, *form);
        for (const std::string& alias : a->aliases) add_key(e, analyzer, alias);
    } else {
        // Found by its shape: the labels the documents give it, and the id, which is its name key.
        add_key(e, analyzer, id);
        for (Xapian::PostingIterator it = db.postlist_begin(e.term); it != db.postlist_end(e.term); ++it) {
            for (const std::string& field : DocumentData(db.get_document(*it).get_data()).all(schema::kFieldActor)) {
                const auto parts = split_bars(field);
                if (parts[0] != id) continue;
                for (std::size_t i = 1; i < parts.size(); ++i) add_key(e, analyzer, parts[i]);
            }
            break;
        }
    }
    entries_.push_back(std::move(e));
}

SuggestIndex::SuggestIndex(Analyzer& analyzer, const Xapian::Database& db) {
    const std::string actor = schema::kActorPrefix, country = schema::kCountryPrefix, source = schema::kSourcePrefix;
    for (Xapian::TermIterator it = db.allterms_begin(actor); it != db.allterms_end(actor); ++it)
        add_actor(analyzer, db, (*it).substr(actor.size()));
    for (Xapian::TermIterator it = db.allterms_begin(country); it != db.allterms_end(country); ++it) {
        std::string code = (*it).substr(country.size());
        std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::toupper(c); });
        const Country* c = analyzer.resources().countries->by_code(code);
        if (!c) continue;
        Entry e{std::string(schema::facet(schema::FacetId::Country).name), code, *it, c->label_en, c->label_ja, {}};
        for (const std::string& form : {c->label_en, c->label_ja, code}) add_key(e, analyzer, form);
        entries_.push_back(std::move(e));
    }
    for (Xapian::TermIterator it = db.allterms_begin(source); it != db.allterms_end(source); ++it) {
        Entry e{std::string(schema::facet(schema::FacetId::Source).name), "", *it, {}, {}, {}};
        add_key(e, analyzer, (*it).substr(source.size()));
        entries_.push_back(std::move(e));
    }
}

std::vector<Suggestion> SuggestIndex::suggest(const std::string& facet, const std::string& prefix, const Reader& reader,
                                              Analyzer& analyzer, const Xapian::Database& db, std::size_t limit) const {
    const auto& facets = suggestible_facets();
    if (std::find(facets.begin(), facets.end(), facet) == facets.end())
        throw std::invalid_argument("facet: one of " + suggestible_facet_names());
    const std::vector<std::string> typed = probes(prefix, analyzer);
    std::vector<std::pair<const Entry*, std::string>> candidates;  // (entry, key matched)
    for (const Entry& e : entries_) {
        if (e.facet != facet) continue;
        for (const auto& key : e.keys)  // (folded key, as shown)
            if (std::any_of(typed.begin(), typed.end(), [&key](const std::string& p) { return !p.empty() && starts_with(key.first, p); }) ||
                typed.front().empty()) {
                candidates.emplace_back(&e, key.second);
                break;
            }
    }
    // The values the archive holds most first, so that the bound on candidates keeps the likely ones.
    std::stable_sort(candidates.begin(), candidates.end(), [&](const auto& a, const auto& b) {
        return db.get_termfreq(a.first->term) > db.get_termfreq(b.first->term);
    });
    if (candidates.size() > kMaxCandidates) candidates.resize(kMaxCandidates);
    std::vector<Suggestion> out;
    std::vector<const Entry*> sources;
    for (const auto& [entry, matched] : candidates) {
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(entry->term), readable_by(reader)));
        const Xapian::doccount count = enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
        if (count == 0) continue;
        out.push_back(Suggestion{entry->value, entry->label, entry->label_ja, matched, count});
        sources.push_back(entry);
    }
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return out[a].count > out[b].count; });
    std::vector<Suggestion> best;
    for (std::size_t i = 0; i < order.size() && best.size() < limit; ++i) {
        best.push_back(out[order[i]]);
        if (sources[order[i]]->label.empty()) label_from_documents(best.back(), facet, sources[order[i]]->term, reader, db);
    }
    return best;
}

}  // namespace geofacet
