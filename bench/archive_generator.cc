#include "archive_generator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "schema/schema.h"

namespace geofacet::bench {

namespace {

// splitmix64: a small, fast, well-mixed generator; seeded per article so any article is computed alone.
class Random {
  public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, n).
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    /// Skewed towards the first items: item i with weight about 1/(i+1) (Zipf), as popularity is in news.
    std::size_t skewed(std::size_t n) {
        const double u = static_cast<double>(next() >> 11) / 9007199254740992.0;
        return std::min(n - 1, static_cast<std::size_t>(std::exp(u * std::log(static_cast<double>(n) + 1.0)) - 1.0));
    }
    bool chance(double p) { return static_cast<double>(next() >> 11) / 9007199254740992.0 < p; }

  private:
    std::uint64_t state_;
};

// Countries named in the archive, the most written about first. Forms with caveats (Georgia, Jordan,
// Chad, Turkey) are left out: the generator writes plain news, not traps.
const char* const kCountryCodes[] = {"JP", "US", "CN", "KR", "AU", "GB", "FR", "DE", "IN", "RU", "UA", "TW", "PH",
                                     "VN", "ID", "TH", "SG", "NZ", "CA", "BR", "MX", "IT", "ES", "NL", "PL", "SE",
                                     "NO", "FI", "IL", "IR", "SA", "EG", "ZA", "NG", "KE", "PK", "BD", "MY", "AR", "CL"};

const char* const kTopicsEn[] = {"defence spending", "tariffs on cars", "the trade deal", "the budget",
                                 "the election", "energy prices", "the summit", "export controls",
                                 "semiconductor supplies", "the alliance", "missile tests", "sanctions",
                                 "climate policy", "food prices", "the shipping lanes", "interest rates"};
const char* const kTopicsJa[] = {"防衛費", "自動車関税", "貿易協定", "予算案", "選挙", "エネルギー価格", "首脳会議",
                                 "輸出規制", "半導体の供給", "同盟関係", "ミサイル発射", "制裁", "気候変動対策",
                                 "食料価格", "海上交通路", "金利"};
const char* const kSourcesEn[] = {"Pacific Wire", "Geofacet Daily", "Harbour Times", "Capital Report"};
const char* const kSourcesJa[] = {"東亜通信", "Geofacet Japan", "港湾新報", "首都日報"};
const char* const kFillerEn[] = {
    "Officials said talks would continue next week.", "Markets were calm after the announcement.",
    "Analysts expect a decision before the end of the year.", "Critics said the plan lacked detail.",
    "The ministry declined to comment on the report.", "Lawmakers are due to debate the measure in committee.",
    "Diplomats described the meeting as constructive.", "The opposition called for a full inquiry."};
const char* const kFillerJa[] = {"関係者によると、協議は来週も続く見通しだ。", "発表の後、市場は落ち着いた動きを見せた。",
                                 "専門家は年内に結論が出るとみている。", "野党は詳しい説明を求めた。",
                                 "省は報道へのコメントを控えた。", "国会の委員会で審議が始まる予定だ。"};

template <typename T, std::size_t N>
const T& pick(Random& r, const T (&items)[N]) {
    return items[r.below(N)];
}

std::string percent_text_en(Random& r, double v) {
    const std::string n = schema::format_percent(v);
    switch (r.below(3)) {
        case 0: return n + " percent";
        case 1: return n + "%";
        default: return n + " per cent";
    }
}

// A percentage people write: whole numbers mostly, some halves, skewed towards small values.
double draw_percent(Random& r) {
    static const double kCommon[] = {2, 1, 3, 5, 3.5, 10, 1.5, 25, 4, 2.5, 20, 15, 0.5, 7, 30, 50};
    return kCommon[r.skewed(std::size(kCommon))];
}

using Entities = std::vector<const ArchiveGenerator::Entity*>;

// The title and body of an English article naming `actors` and `countries` (at least one of each).
void write_english(Random& r, const Entities& actors, const Entities& countries, const std::string& topic,
                   GeneratedArticle& g) {
    const auto actor = [&](std::size_t i) -> const std::string& { return actors[i % actors.size()]->en; };
    const auto country = [&](std::size_t i) -> const std::string& { return countries[i % countries.size()]->en; };
    g.article.title = actor(0) + " and " + country(0) + " at odds over " + topic;
    std::string body;
    if (r.chance(0.7)) body += "The government of " + country(0) + " said on Monday that " + topic + " would be reviewed. ";
    body += actor(0) + " met officials from " + country(1) + " to discuss " + topic + ". ";
    if (actors.size() > 1) body += actor(1) + " told reporters that the two sides had made progress. ";
    for (double v : g.percentages)
        body += "The plan would raise " + std::string(pick(r, kTopicsEn)) + " by " + percent_text_en(r, v) + ". ";
    if (countries.size() > 2) body += "Observers in " + country(2) + " followed the talks closely. ";
    body += pick(r, kFillerEn);
    body += " ";
    body += pick(r, kFillerEn);
    g.article.body = body;
}

// The same in Japanese.
void write_japanese(Random& r, const Entities& actors, const Entities& countries, const std::string& topic,
                    GeneratedArticle& g) {
    const auto actor = [&](std::size_t i) -> const std::string& { return actors[i % actors.size()]->ja; };
    const auto country = [&](std::size_t i) -> const std::string& { return countries[i % countries.size()]->ja; };
    g.article.title = actor(0) + "氏、" + country(0) + "と" + topic + "で協議";
    std::string body;
    if (r.chance(0.7)) body += country(0) + "政府は、" + topic + "を見直す方針を明らかにした。";
    body += actor(0) + "氏は" + country(1) + "の当局者と会談し、" + topic + "について話し合った。";
    if (actors.size() > 1) body += actor(1) + "氏は記者団に対し、協議は前進したと述べた。";
    for (double v : g.percentages)
        body += std::string(pick(r, kTopicsJa)) + "を" + schema::format_percent(v) + "％引き上げる案が示された。";
    if (countries.size() > 2) body += country(2) + "でも協議の行方が注目されている。";
    body += pick(r, kFillerJa);
    body += pick(r, kFillerJa);
    g.article.body = body;
}

}  // namespace

ArchiveGenerator::ArchiveGenerator(const Resources& resources, std::uint64_t seed) : seed_(seed) {
    for (const Actor& a : resources.gazetteer->actors())
        if (!a.label_en.empty() && !a.label_ja.empty()) actors_.push_back(Entity{a.id, a.label_en, a.label_ja});
    for (const char* code : kCountryCodes)
        if (const Country* c = resources.countries->by_code(code)) countries_.push_back(Entity{c->code, c->label_en, c->label_ja});
    for (const Country& c : resources.countries->countries()) all_countries_.push_back(Entity{c.code, c.label_en, c.label_ja});
}

GeneratedArticle ArchiveGenerator::article(std::uint64_t n) const {
    Random r(seed_ ^ (n * 0xD1B54A32D192ED03ULL));
    GeneratedArticle g;
    Article& a = g.article;
    const bool japanese = r.below(10) < 4;
    char id[32];
    std::snprintf(id, sizeof id, "gen-%07llu", static_cast<unsigned long long>(n));
    a.id = id;
    a.lang = japanese ? "ja" : "en";
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2024 + static_cast<int>(r.below(2)), 1 + static_cast<int>(r.below(12)),
                  1 + static_cast<int>(r.below(28)));
    a.date = date;
    a.source = japanese ? pick(r, kSourcesJa) : pick(r, kSourcesEn);

    const auto draw = [&](const std::vector<Entity>& from, std::size_t count, std::vector<std::string>& ids) {
        std::vector<const Entity*> out;
        for (std::size_t i = 0; i < count; ++i) {
            const Entity& e = from[r.skewed(from.size())];
            if (std::find(ids.begin(), ids.end(), e.id) != ids.end()) continue;
            ids.push_back(e.id);
            out.push_back(&e);
        }
        return out;
    };
    const auto actors = draw(actors_, 1 + r.below(3), g.actors);
    const auto countries = draw(countries_, 1 + r.below(3), g.countries);
    for (std::size_t i = 0, n_pct = r.below(3); i < n_pct; ++i) {
        const double v = draw_percent(r);
        if (std::find(g.percentages.begin(), g.percentages.end(), v) == g.percentages.end()) g.percentages.push_back(v);
    }
    const std::string topic_en = pick(r, kTopicsEn), topic_ja = pick(r, kTopicsJa);
    if (japanese)
        write_japanese(r, actors, countries, topic_ja, g);
    else
        write_english(r, actors, countries, topic_en, g);
    return g;
}

GeneratedArticle ArchiveGenerator::entity_rich_article(unsigned actors, unsigned percentages) const {
    Random r(seed_ ^ 0xE17E57ULL);
    static const char* const kSyllables[] = {"ka", "ren", "mo", "tal", "vi", "sor", "den", "lu", "bra", "nex",
                                             "qui", "zar", "pel", "tor", "mi", "gan", "sil", "dro", "fen", "wu"};
    const auto made_up_word = [&] {
        std::string w;
        for (std::size_t i = 0, n = 2 + r.below(2); i < n; ++i) w += kSyllables[r.below(std::size(kSyllables))];
        w[0] = static_cast<char>(w[0] - 'a' + 'A');
        return w;
    };
    GeneratedArticle g;
    g.article.id = "gen-entity-rich";
    g.article.lang = "en";
    g.article.date = "2025-06-30";
    g.article.source = "Pacific Wire";
    g.article.title = "Everyone, everywhere, every number";
    std::string body;
    for (unsigned i = 0; i < actors; ++i) {
        body += "Professor " + made_up_word() + " " + made_up_word() + " spoke. ";
        g.actors.push_back("made-up-" + std::to_string(i));
    }
    for (const Entity& c : all_countries_) {
        body += "Delegates from " + c.en + " attended. ";
        g.countries.push_back(c.id);
    }
    for (unsigned i = 0; i < percentages; ++i) {
        const double v = 0.25 * (i + 1);
        body += "One figure was " + schema::format_percent(v) + " percent. ";
        g.percentages.push_back(v);
    }
    g.article.body = body;
    return g;
}

std::string to_json_line(const Article& a) {
    nlohmann::json j{{"id", a.id}, {"title", a.title}, {"body", a.body}, {"lang", a.lang}, {"date", a.date},
                     {"source", a.source}};
    return j.dump();
}

}  // namespace geofacet::bench
