#include "analysis/resources.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "names/name_normaliser.h"
#include "text/normaliser.h"
#include "text/segmenter.h"
#include "util/data_file.h"

#ifndef GEOFACET_INSTALL_SHARE_DIR
#error "GEOFACET_INSTALL_SHARE_DIR must be defined by the build"
#endif
#ifndef GEOFACET_IPADIC_DIR
#error "GEOFACET_IPADIC_DIR must be defined by the build"
#endif

namespace geofacet {

namespace {
std::string env_or(const char* name, const char* fallback) {
    const char* v = std::getenv(name);
    return (v && *v) ? v : fallback;
}

// share/geofacet beside the running program (bin/../share/geofacet), when it holds the data files.
std::string share_beside_program() {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    const std::filesystem::path share = exe.parent_path().parent_path() / "share" / "geofacet";
    return std::filesystem::exists(share / "data" / "actors.jsonl", ec) ? share.string() : std::string();
}

// The word lists of the data folder `dir` that tell English names by their shape.
// The country forms that are also given names ("person" lines of country-aliases.tsv: Jordan, Chad), lower case.
std::unordered_set<std::string> country_given_names(const std::string& dir) {
    std::unordered_set<std::string> out;
    read_data_file(dir + "/country-aliases.tsv", [&](const DataRecord& r) {
        if (r.field(1) == "person") out.insert(fold_case(r.field(2)));
    });
    return out;
}

NameFinderWords name_finder_words(const std::string& dir) {
    return NameFinderWords{read_word_list(dir + "/not-name-words.txt"), read_word_list(dir + "/organisation-heads.txt"),
                           read_word_list(dir + "/name-connectors.txt"), read_word_list(dir + "/place-prepositions.txt"),
                           read_word_list(dir + "/name-particles.txt"), read_word_list(dir + "/place-names.txt"),
                           read_word_list(dir + "/han-family-names.txt"), country_given_names(dir),
                           read_word_list(dir + "/vessel-words.txt"), read_word_list(dir + "/organisation-nouns.txt"),
                           read_word_list(dir + "/site-words.txt")};
}

// The word lists of the data folder `dir` by which the gazetteer reads Latin-script names.
GazetteerWords gazetteer_words(const std::string& dir) {
    return GazetteerWords{read_word_list(dir + "/family-name-first-countries.txt"),
                          read_word_list(dir + "/name-suffixes.txt")};
}

// The word lists of the data folder `dir` that decide whether a country form names the country.
CountryCueWords country_cue_words(const std::string& dir) {
    return CountryCueWords{read_word_list(dir + "/capitalised-function-words.txt"), read_word_list(dir + "/person-nouns.txt"),
                           read_word_list(dir + "/institution-words-ja.txt"),
                           read_word_list(dir + "/abbreviation-prefixes-ja.txt")};
}

}  // namespace

ResourcePaths ResourcePaths::defaults() {
    std::string share = env_or("GEOFACET_SHARE_DIR", "");
    if (share.empty()) share = share_beside_program();
    if (share.empty()) share = GEOFACET_INSTALL_SHARE_DIR;
    return ResourcePaths{env_or("GEOFACET_DATA_DIR", (share + "/data").c_str()),
                         env_or("GEOFACET_IPADIC_DIR", GEOFACET_IPADIC_DIR),
                         env_or("GEOFACET_DICT_DIR", (share + "/dict").c_str())};
}

std::shared_ptr<const Resources> Resources::load(const ResourcePaths& paths) {
    auto r = std::make_shared<Resources>();
    r->paths = paths;
    r->mecab = MecabModel::load(paths.ipadic_dir);
    r->names = NameDictionary::open(paths.dict_dir + "/names.tsv");
    r->edict_en = SortedTsv::open(paths.dict_dir + "/edict-en.tsv");
    r->edict_ja = SortedTsv::open(paths.dict_dir + "/edict-ja.tsv");
    r->name_finder = std::make_shared<NameFinder>(r->edict_en, r->names, name_finder_words(paths.data_dir));
    r->organisations = std::make_shared<OrganisationFinder>(
        std::make_shared<OrganisationDictionary>(SortedTsv::open(paths.dict_dir + "/names.tsv"), r->edict_ja),
        OrganisationWords::load(paths.data_dir));
    Segmenter segmenter(r->mecab);  // cuts the lexicons' forms exactly as text will be cut
    NameNormaliser names(r->names);  // gives the gazetteer's people their name keys
    r->countries = CountryLexicon::load(paths.data_dir + "/country-aliases.tsv", country_cue_words(paths.data_dir),
                                        segmenter);
    r->gazetteer = Gazetteer::load(paths.data_dir + "/actors.jsonl", segmenter, names, gazetteer_words(paths.data_dir));
    r->titles = TitleLexicon::load(paths.data_dir + "/titles.tsv", segmenter);
    r->percent_subjects = PercentSubjects::load(paths.data_dir + "/percent-subjects.tsv");
    r->stopwords = read_word_list(paths.data_dir + "/stopwords-en.txt");
    r->spellings = SpellingVariants::load(paths.data_dir + "/spelling-variants.tsv");
    r->korean = KoreanNames::load(paths.data_dir);
    TermFormer former(r->spellings);  // keys English forms by the stems queries make
    r->glossary = Glossary::load(paths.data_dir + "/glossary.tsv", segmenter, former);
    r->kana_sounds = KanaSounds::load(paths.data_dir + "/kana-sounds.tsv");
    r->taiwan = TaiwanSpelling::load(paths.data_dir + "/pinyin-taiwan.tsv");
    return r;
}

}  // namespace geofacet
