// tests for grammars/vnplan/string.hpp: VNPLAN_STRING matches exactly what
// TAO_PEGTL_STRING matches, and PEGTL and the prefix analysis read it as
// that rule.
#include "vnplan/prefix.hpp"
#include "vnplan/string.hpp"

#include "match.hpp"

#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include <string>
#include <type_traits>

namespace {

namespace pegtl = tao::pegtl;
using vnplan::test::match;
using vnplan::test::matches_all;

struct lead_ours : VNPLAN_STRING("chủ trì") {};
struct lead_pegtl : TAO_PEGTL_STRING("chủ trì") {};
struct one_byte : VNPLAN_STRING("x") {};
struct two_bytes : VNPLAN_STRING("đ") {};
struct in_a_list : pegtl::seq<pegtl::sor<VNPLAN_STRING("trên"), VNPLAN_STRING("trong"), VNPLAN_STRING("tr")>, pegtl::eof> {};

}  // namespace

TEST_CASE("VNPLAN_STRING matches its bytes and nothing else", "[grammar][string]") {
    CHECK(matches_all<lead_ours>("chủ trì"));
    const auto r = match<lead_ours>("chủ trì, phối hợp");
    CHECK(r.matched);
    CHECK(r.rest == ", phối hợp");
    CHECK_FALSE(match<lead_ours>("chủ tịch").matched);  // differs past the second byte
    CHECK_FALSE(match<lead_ours>("chu tri").matched);   // differs at the third
    CHECK_FALSE(match<lead_ours>("ghủ trì").matched);   // at the first
    CHECK_FALSE(match<lead_ours>("cu").matched);        // at the second
    CHECK_FALSE(match<lead_ours>("chủ tr").matched);    // too short
    CHECK_FALSE(match<lead_ours>("").matched);
    CHECK(matches_all<one_byte>("x"));
    CHECK_FALSE(match<one_byte>("y").matched);
    CHECK(matches_all<two_bytes>("đ"));
    CHECK_FALSE(match<two_bytes>("\xC4").matched);  // the first byte of `đ` alone
    CHECK_FALSE(match<two_bytes>("ă").matched);     // the same first byte, another second
    // In an ordered choice, as the keyword lists use it.
    CHECK(matches_all<in_a_list>("trên"));
    CHECK(matches_all<in_a_list>("trong"));
    CHECK(matches_all<in_a_list>("tr"));
    CHECK_FALSE(match<in_a_list>("trước").matched);
}

TEST_CASE("VNPLAN_STRING agrees with TAO_PEGTL_STRING on every prefix and extension", "[grammar][string]") {
    const std::string word = "chủ trì";
    for (std::size_t n = 0; n <= word.size(); ++n) {
        for (const std::string tail : {"", " ", "x", "\xE1"}) {
            const std::string input = word.substr(0, n) + tail;
            const auto ours = match<lead_ours>(input);
            const auto theirs = match<lead_pegtl>(input);
            CHECK(ours.matched == theirs.matched);
            CHECK(ours.rest == theirs.rest);
        }
    }
}

TEST_CASE("PEGTL and the prefix analysis read VNPLAN_STRING as PEGTL's string", "[grammar][string]") {
    STATIC_REQUIRE(std::is_same_v<lead_ours::rule_t, lead_pegtl::rule_t>);
    STATIC_REQUIRE_FALSE(pegtl::internal::enable_control<vnplan::grammar::str<'a', 'b'>>);
    REQUIRE(pegtl::analyze<in_a_list>(-1) == 0);
    const auto ours = vnplan::grammar::trie_of<lead_ours>();
    const auto theirs = vnplan::grammar::trie_of<lead_pegtl>();
    CHECK(ours.strings == theirs.strings);
    CHECK(ours.edge_bytes == theirs.edge_bytes);
    CHECK(ours.edge_targets == theirs.edge_targets);
    CHECK(ours.root == theirs.root);
}
