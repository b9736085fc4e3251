// Finds the actors (people and organisations) a text names: known ones by the gazetteer's forms and
// name keys, unknown ones by their shape.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/mention.h"
#include "entities/name_finder.h"
#include "entities/organisation_finder.h"
#include "entities/person_reading.h"
#include "entities/text_view.h"
#include "entities/titles.h"
#include "names/name_normaliser.h"

namespace geofacet {

/// Extracts actor mentions. Immutable; thread-safe (the NameNormaliser passed in is per thread).
class ActorExtractor {
  public:
    /// An extractor over `gazetteer`, with `titles` for short forms and honorifics and `finder` for names
    /// the gazetteer lacks, `organisations` (may be null) for Japanese organisations by their head words.
    ActorExtractor(std::shared_ptr<const Gazetteer> gazetteer, std::shared_ptr<const TitleLexicon> titles,
                   std::shared_ptr<const NameFinder> finder,
                   std::shared_ptr<const OrganisationFinder> organisations = nullptr)
        : gazetteer_(std::move(gazetteer)), titles_(std::move(titles)), finder_(std::move(finder)),
          organisations_(std::move(organisations)) {}

    /// Appends the actor mentions of `view` to `out`. `countries` are the text's country mentions (for
    /// generic forms such as "Defence Ministry", and so that places are not taken for names); `names`
    /// romanises; `evidence` (may be empty) confirms readings. `query` ignores capitalisation and the
    /// title rule, and looks up every word as a possible name.
    void extract(const TextView& view, bool query, const std::vector<Mention>& countries, NameNormaliser& names,
                 const NameEvidence& evidence, std::vector<Mention>& out) const;

    /// The gazetteer in use.
    const Gazetteer& gazetteer() const { return *gazetteer_; }
    /// The name finder in use.
    const NameFinder& finder() const { return *finder_; }

    /// The people of the gazetteer that the name written in `text` (any script, any order, one or more
    /// parts separated by spaces or ・) may be; empty when none.
    std::vector<std::uint32_t> people_named(const std::string& text, NameNormaliser& names) const;

  private:
    struct Call;  // what one call of extract() reads and finds as it goes

    void add_gazetteer_forms(Call& call) const;
    bool form_names_actor(Call& call, const PhraseMatch& m, std::uint32_t& actor, std::string& rule) const;
    bool left_to_names(const Call& call, const PhraseMatch& m, std::uint32_t actor) const;
    bool family_name_beside_name(const Call& call, const PhraseMatch& m) const;
    bool given_to_another(const Call& call, const PhraseMatch& m) const;
    bool generic_form_actor(const Call& call, const PhraseMatch& m, std::uint32_t group, std::uint32_t& actor,
                            std::string& rule) const;
    bool inside_longer_name(const TextView& view, std::size_t first, std::size_t last,
                            const std::vector<bool>& covered) const;
    void add_query_names(Call& call) const;
    void add_japanese_organisations(Call& call) const;
    bool family_name_of_longer_name(const TextView& view, std::size_t t) const;
    void add_names_by_shape(Call& call) const;
    bool add_known_person(Call& call, const NameCandidate& c, const std::vector<std::vector<std::string>>& parts) const;
    static bool ends_a_name(const Call& call, const std::vector<std::string>& words);
    void add_unknown_person(Call& call, const NameCandidate& c, const std::vector<std::vector<std::string>>& parts,
                            bool taiwan = false) const;
    bool add_han_person(Call& call, const NameCandidate& c, HanContext context) const;
    bool add_korean_person(Call& call, const NameCandidate& c, const KoreanReading& r) const;
    bool join_korean_person(Call& call, const NameCandidate& c, const KoreanReading& r) const;
    void add_person_joined_by_sound(Call& call, const NameCandidate& c, const SoundJoin& joined) const;
    void remember_person(Call& call, const NameCandidate& c, Mention m) const;
    Mention person_mention(Call& call, std::uint32_t actor, std::size_t first, std::size_t last, std::string rule) const;

    std::shared_ptr<const Gazetteer> gazetteer_;
    std::shared_ptr<const TitleLexicon> titles_;
    std::shared_ptr<const NameFinder> finder_;
    std::shared_ptr<const OrganisationFinder> organisations_;
};

}  // namespace geofacet
