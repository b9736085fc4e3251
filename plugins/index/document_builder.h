// Makes an article into a Xapian document following the schema (schema/schema.h).
#pragma once

#include <atomic>
#include <stdexcept>
#include <string>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "analysis/language.h"
#include "index/article.h"

namespace geofacet {

/// An article made into a document, with what was extracted on the way.
struct BuiltDocument {
    Xapian::Document document;     ///< ready for WritableDatabase::replace_document
    std::string id_term;           ///< its unique "Q" term
    ArticleEntities entities;      ///< facet values found (title and body)
    LanguageProfile languages;     ///< languages present; primary is the declared one when given
};

/// Thrown by DocumentBuilder::build when its stop flag was set while the article was being analysed.
struct ArticleInterrupted : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// Builds documents. NOT thread-safe (uses an Analyzer): one per thread.
class DocumentBuilder {
  public:
    /// A builder analysing with `analyzer` (borrowed; must outlive the builder).
    explicit DocumentBuilder(Analyzer& analyzer) : analyzer_(analyzer) {}

    /// The document for `article` (whose id, text and fields were already validated). Throws
    /// ArticleInterrupted when the stop flag is set between two parts of its body.
    BuiltDocument build(const Article& article);

    /// A flag (owned by the caller) that, once set, stops a long article between two parts of its body.
    void set_stop(const std::atomic<bool>* stop) { stop_ = stop; }

  private:
    Analyzer& analyzer_;
    const std::atomic<bool>* stop_ = nullptr;
};

/// Adds the terms of an analysed text to `doc`: exact terms with positions from `pos` on (advanced past
/// the text), stems without positions, words of compounds at the compound's position, entity terms.
/// `wdf` weights every occurrence (titles count more); `prefix`, when not empty, also indexes the exact
/// terms under it (the title's "S").
void index_analysis(Xapian::Document& doc, const Analysis& analysis, TermFormer& terms, Xapian::termpos& pos,
                    Xapian::termcount wdf, const std::string& prefix);

/// The document data of an article in Omega's "name=value" lines.
std::string document_data(const Article& article, const ArticleEntities& entities, const LanguageProfile& langs);

}  // namespace geofacet
