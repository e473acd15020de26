// The prefix analysis of grammars/vnplan/prefix.hpp: what it lets through on
// small rules; and that the filters generated from it for the extraction
// rules never refuse a position where the rule matches, on every position of
// every sample and seed.
#include "text/text.hpp"
#include "extract/filters.hpp"
#include "vnplan/filtered.hpp"
#include "vnplan/prefix.hpp"

#include <catch2/catch.hpp>
#include <tao/pegtl.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace pegtl = tao::pegtl;

// The filter of a rule, analysed here (the extraction rules' filters are
// generated at build time; the test below checks those).
template <typename Rule>
vnplan::grammar::prefix_view prefixes() {
    return vnplan::grammar::trie_of<Rule>().view();
}

struct kw_tren : TAO_PEGTL_STRING("trên") {};
struct kw_dat : TAO_PEGTL_STRING("đạt") {};
struct digits : pegtl::plus<pegtl::ascii::digit> {};
struct marked : pegtl::seq<pegtl::opt<pegtl::sor<kw_tren, kw_dat>, pegtl::one<' '>>, digits, pegtl::one<'%'>> {};
struct looked : pegtl::seq<pegtl::not_at<kw_dat>, pegtl::utf8::one<U'đ', U'x'>> {};
struct maybe_nothing : pegtl::star<pegtl::one<'a'>> {};
struct folded : pegtl::istring<'u', 'b'> {};
struct letters : pegtl::utf8::ranges<U'a', U'z', 0xC0, 0x24F> {};
struct unknown : pegtl::seq<pegtl::until<pegtl::one<';'>>, digits> {};

bool may(const vnplan::grammar::prefix_view& p, std::string_view s) { return p.may_start(s, 0); }

}  // namespace

TEST_CASE("prefix filters follow sequences, options and choices") {
    const auto p = prefixes<marked>();
    CHECK(may(p, "trên 90%"));
    CHECK(may(p, "đạt 90%"));
    CHECK(may(p, "90%"));
    CHECK(may(p, "9%"));
    CHECK_FALSE(may(p, "9"));  // a digit alone can start no match: `%` must follow one
    CHECK_FALSE(may(p, "thực hiện"));
    CHECK_FALSE(may(p, "tăng 5%"));
    CHECK_FALSE(may(p, "trong"));  // `tr` then `o`: only `trê` goes on
    CHECK_FALSE(may(p, "đồng"));   // `đ`, then `ồ` where only `ạ` goes on
    CHECK_FALSE(may(p, "trên"));   // the space must follow
    CHECK_FALSE(may(p, ""));
    CHECK_FALSE(p.all);
    // Anywhere in a text, not only at its start.
    const std::string_view text = "phấn đấu đạt 90%";
    CHECK(p.may_start(text, text.find("đạt")));
    CHECK_FALSE(p.may_start("phấn đấu đạt 90%", 0));
}

TEST_CASE("UTF-8 rules give their code points' bytes, lookaheads nothing") {
    const auto p = prefixes<looked>();
    CHECK(may(p, "đảng"));
    CHECK(may(p, "x"));
    CHECK_FALSE(may(p, "y"));
    CHECK_FALSE(may(p, "ảnh"));
    const auto l = prefixes<letters>();
    CHECK(may(l, "q"));
    CHECK(may(l, "ơn"));
    CHECK(may(l, "Ǝ"));  // U+018E, inside the range
    CHECK_FALSE(may(l, "1"));
    CHECK_FALSE(may(l, "ạ"));  // U+1EA1, outside it
}

TEST_CASE("istring takes both cases; rules that may match nothing, or that the analysis cannot read, let all through") {
    CHECK(may(prefixes<folded>(), "UB"));
    CHECK(may(prefixes<folded>(), "uB"));
    CHECK_FALSE(may(prefixes<folded>(), "va"));
    CHECK(prefixes<maybe_nothing>().all);
    CHECK(may(prefixes<maybe_nothing>(), "zzz"));
    CHECK(vnplan::grammar::first_set_of<unknown>().matches_anything());
    CHECK(prefixes<unknown>().all);
    CHECK(may(prefixes<unknown>(), "anything at all"));
}

TEST_CASE("big classes and long repetitions stay within the bounds of the analysis") {
    using vnplan::grammar::first_set_of;
    const auto& digits_set = first_set_of<digits>();
    CHECK(digits_set.complete.size() + digits_set.open.size() <= vnplan::grammar::prefix_max_strings);
    CHECK(may(prefixes<digits>(), "2025"));
    CHECK_FALSE(may(prefixes<digits>(), "x2025"));
    // Strings are cut at prefix_bytes: a longer keyword lets through what
    // shares its first bytes.
    struct long_word : TAO_PEGTL_STRING("không được thấp hơn nữa") {};
    CHECK(may(prefixes<long_word>(), "không được thấp hơn nữa"));
    CHECK(may(prefixes<long_word>(), std::string("không được thấp hơn nữa").substr(0, vnplan::grammar::prefix_bytes)));
    CHECK_FALSE(may(prefixes<long_word>(), "không được"));
}

namespace {

std::vector<std::string> sample_lines() {
    std::vector<std::string> out;
    for (const auto* dir : {VNPLAN_SOURCE_DIR "/samples", VNPLAN_SHARED_DIR "/seeds"}) {
        if (!std::filesystem::is_directory(dir)) continue;
        for (const auto& f : std::filesystem::recursive_directory_iterator(dir)) {
            if (f.path().extension() != ".txt") continue;
            std::ifstream in(f.path(), std::ios::binary);
            std::stringstream ss;
            ss << in.rdbuf();
            vnplan::text::source_text src;
            if (vnplan::text::decode(ss.str(), src)) continue;
            for (const auto& l : src.lines) {
                const auto clean = vnplan::text::strip_debris(l.raw);
                out.push_back(clean);
                out.push_back(vnplan::text::lower_same_length(clean));
            }
        }
    }
    return out;
}

// Positions where the rule matches but the generated filter says no (must be
// none), positions where the generated filter and the analysis run here
// disagree (must be none: the generator printed what it computed), and the
// share of word starts the filter refuses.
template <typename Rule>
void check_filter(const std::vector<std::string>& lines, const char* name) {
    static_assert(vnplan::extract::filters::of<Rule>::known);
    const auto& generated = vnplan::extract::filters::of<Rule>::get();
    const auto analysed = prefixes<Rule>();
    std::size_t refused = 0, starts = 0, wrong = 0, differ = 0;
    for (const auto& s : lines) {
        for (std::size_t i = 0; i < s.size(); ++i) {
            const bool allowed = generated.may_start(s, i);
            if (allowed != analysed.may_start(s, i)) ++differ;
            if (i == 0 || s[i - 1] == ' ') {
                ++starts;
                if (!allowed) ++refused;
            }
            if (allowed) continue;
            pegtl::memory_input in(s.data() + i, s.size() - i, "");
            if (pegtl::parse<Rule>(in)) {
                ++wrong;
                UNSCOPED_INFO(name << " matches at " << i << " of: " << s);
            }
        }
    }
    INFO(name << ": " << refused << " of " << starts << " word starts refused");
    CHECK(wrong == 0);
    CHECK(differ == 0);
    // Every filter refuses most words: a rule whose filter lets most through
    // has lost its prefixes to the analysis' limits.
    if (starts > 1000) CHECK(static_cast<double>(refused) >= 0.75 * static_cast<double>(starts));
}

}  // namespace

TEST_CASE("the generated filters never refuse a match, on every sample and seed") {
    const auto lines = sample_lines();
    if (lines.empty()) {
        WARN("no samples or seeds found: skipped");
        return;
    }
#define VNPLAN_CHECK_FILTER(name, rule) check_filter<rule>(lines, #name);
    VNPLAN_FILTERED_RULES(VNPLAN_CHECK_FILTER)
#undef VNPLAN_CHECK_FILTER
}
