// Cross-lingual expansion of query words, by expression rather than by word: English words find Japanese
// articles and the reverse, through the glossary of news terms (analysis/glossary.h) first and EDICT after.
// Only forms the searched archive holds are used.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/glossary.h"

namespace geofacet {

/// Another form of a query unit: a translation, or a synonym in the unit's own language.
struct Translation {
    std::string text;      ///< the form ("防衛費", "tariff", "defense + budget" for a translation by parts)
    Xapian::Query query;   ///< how it is searched (a term, a stem, a phrase, or an AND of parts)
    bool synonym = false;  ///< in the unit's own language (a glossary synonym: "duties" for "tariff")
    Xapian::Query words;   ///< for a form searched by its expression term: its words, all in any order, which
                           ///< weigh an article by how much it speaks of them (read when rescoring); else empty
};

/// Translates query units with the glossary and EDICT (EDRDG, CC BY-SA 3.0). NOT thread-safe (uses an
/// Analyzer): one per thread.
class Translator {
  public:
    /// A translator analysing with `analyzer`, keeping forms present in `db`, reading `glossary`.
    Translator(Analyzer& analyzer, const Xapian::Database& db, std::shared_ptr<const Glossary> glossary)
        : analyzer_(analyzer), db_(db), glossary_(std::move(glossary)) {}

    /// The number of English words of `tokens` (of `text`) from `first` that make one expression the
    /// glossary or EDICT knows as a whole ("lower house", "house of representatives", "midterm elections"),
    /// or 0. Expressions have two words or more, separated by spaces or hyphens only; covered tokens end them.
    std::size_t english_expression(const std::string& text, const std::vector<Token>& tokens, std::size_t first,
                                   const std::vector<bool>& covered);

    /// The other forms of `unit` (tokens of one concept; `text` as typed, NFKC): the glossary's forms when
    /// it knows the unit, else EDICT's, else a Japanese compound translated by its known parts. Among
    /// EDICT's glosses, those that share articles with `context` (the other concepts' query; may be empty)
    /// are preferred, then EDICT's order; at most two of them.
    std::vector<Translation> translate(const std::vector<const Token*>& unit, const std::string& text,
                                       const Xapian::Query& context);

    /// The glossary's forms of `unit` (as typed: `text`) other than the unit itself, or none.
    std::vector<Translation> glossary_forms(const std::vector<const Token*>& unit, const std::string& text);

    /// How `text` (a word or expression in either language) is searched, cut and stemmed as the index was:
    /// a glossary form indexed whole by its expression term, an English word by its stem, other words as a
    /// phrase (the last word also in its other number), a Japanese compound as a phrase of its words or as one
    /// word. Empty when the archive lacks it.
    Xapian::Query form_query(const std::string& text);
    /// form_query of `text` already cut (Segmenter::segment).
    Xapian::Query form_query(const std::vector<Token>& tokens);

    /// The words of `text` (a form of several words, cut as the index was), all of them anywhere in an article:
    /// empty for one word, or when the archive lacks one of them.
    Xapian::Query words_query(const std::string& text);
    /// words_query of `text` already cut (Segmenter::segment).
    Xapian::Query words_query(const std::vector<Token>& tokens);

    /// The expression term of `tokens` (consecutive) when the glossary indexes them whole (see
    /// Glossary::indexed), else nullopt.
    std::optional<std::string> indexed_form(const std::vector<const Token*>& tokens) const;

  private:
    std::vector<Translation> date_forms(const std::vector<const Token*>& unit);
    std::vector<Translation> amount_forms(const std::vector<const Token*>& unit);
    std::vector<Translation> from_glossary(const GlossaryEntry& entry, bool english_unit);
    std::vector<Translation> edict_japanese(const std::string& english, const Xapian::Query& context);
    std::vector<Translation> edict_english(const std::string& japanese, const Xapian::Query& context);
    std::vector<Translation> japanese_parts(const std::vector<const Token*>& unit, const std::string& text,
                                            const Xapian::Query& context);
    std::vector<Translation> japanese_piece(const std::string& surface, const Xapian::Query& context);
    void prefer_context(std::vector<Translation>& candidates, const Xapian::Query& context, std::size_t max);
    const GlossaryEntry* glossary_entry(const std::vector<const Token*>& unit, const std::string& text);

    Analyzer& analyzer_;
    const Xapian::Database& db_;
    std::shared_ptr<const Glossary> glossary_;
};

}  // namespace geofacet
