// tests for grammars/vnplan/query.hpp
//
// Rules are matched alone here, with no actions: whether a field exists or a
// date is real is the builder's business (tests/query/query_test.cpp). The
// top rule `expression` raises on bad input (it has `must<>`), so it is
// checked through `well_formed`, which turns the exception into false.
#include "vnplan/query.hpp"

#include "match.hpp"

#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

namespace q = vnplan::grammar::query;
using vnplan::test::match;
using vnplan::test::matches_all;

namespace {

bool well_formed(std::string_view s) {
    try {
        return matches_all<q::expression>(s);
    } catch (const tao::pegtl::parse_error&) {
        return false;
    }
}

}  // namespace

TEST_CASE("the query grammar has no left recursion or empty loops", "[grammar][query]") {
    REQUIRE(tao::pegtl::analyze<q::expression>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<q::or_expr>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<q::value>(-1) == 0);
}

TEST_CASE("keywords are whole words in any ASCII case", "[grammar][query]") {
    CHECK(matches_all<q::kw_and>("and"));
    CHECK(matches_all<q::kw_and>("AND"));
    CHECK(matches_all<q::kw_or>("Or"));
    CHECK(matches_all<q::kw_not>("NOT"));
    CHECK(match<q::kw_and>("and(").rest == "(");
    CHECK(match<q::kw_not>("not deadline").rest == " deadline");
    CHECK_FALSE(match<q::kw_and>("android").matched);
    CHECK_FALSE(match<q::kw_or>("order").matched);
    CHECK_FALSE(match<q::kw_not>("notes").matched);
    CHECK_FALSE(match<q::kw_not>("not_yet").matched);
    CHECK_FALSE(match<q::kw_and>("andế").matched);  // a Vietnamese letter continues the word
    CHECK(matches_all<q::keyword>("or"));
    CHECK_FALSE(match<q::keyword>("lead").matched);
}

TEST_CASE("fields are words joined by dots, never a keyword", "[grammar][query]") {
    CHECK(matches_all<q::field_path>("lead"));
    CHECK(matches_all<q::field_path>("deadline.end"));
    CHECK(matches_all<q::field_path>("report_to"));
    CHECK(matches_all<q::field_path>("android"));
    CHECK(matches_all<q::field_path>("chủ_trì"));  // read whole, so the builder can name it
    CHECK(match<q::field_path>("lead~\"x\"").rest == "~\"x\"");
    CHECK(match<q::field_path>("line>=4").rest == ">=4");
    CHECK_FALSE(match<q::field_path>("and").matched);
    CHECK_FALSE(match<q::field_path>("NOT").matched);
    CHECK_FALSE(match<q::field_path>("2025").matched);
    CHECK_FALSE(match<q::field_path>("\"lead\"").matched);
    CHECK(matches_all<q::field_word>("_x1"));
    CHECK(matches_all<q::field_dot>("."));
    CHECK(matches_all<q::field_part>(".end"));
    // A dot commits to a field name after it.
    CHECK_THROWS_AS(match<q::field_path>("deadline."), tao::pegtl::parse_error);
    CHECK_THROWS_AS(match<q::field_path>("deadline.(x)"), tao::pegtl::parse_error);
}

TEST_CASE("operators: the longest first", "[grammar][query]") {
    CHECK(matches_all<q::op_regex>("=~"));
    CHECK(matches_all<q::op_eq>("="));
    CHECK(matches_all<q::op_eq>("=="));
    CHECK(matches_all<q::op_ne>("!="));
    CHECK(matches_all<q::op_le>("<="));
    CHECK(matches_all<q::op_ge>(">="));
    CHECK(matches_all<q::op_lt>("<"));
    CHECK(matches_all<q::op_gt>(">"));
    CHECK(matches_all<q::op_contains>("~"));
    CHECK(matches_all<q::compare_op>("<="));
    CHECK(matches_all<q::compare_op>(">="));
    CHECK(matches_all<q::compare_op>("=="));
    CHECK(match<q::compare_op>("=~").rest == "~");  // compare_op alone: `=~` is comparison_tail's job
    CHECK_FALSE(match<q::compare_op>("!").matched);
    CHECK(match<q::compare_op>("=>").rest == ">");  // `=>` is `=` then a stray `>`
    CHECK(matches_all<q::comparison_tail>("=~ \"x\""));
    CHECK(matches_all<q::comparison_tail>("~ \"x\""));
}

TEST_CASE("strings: quotes, the two escapes, UTF-8, other backslashes kept", "[grammar][query]") {
    CHECK(matches_all<q::string_literal>("\"ban tuyên giáo\""));
    CHECK(matches_all<q::string_literal>("\"\""));
    CHECK(matches_all<q::string_literal>(R"("say \"hi\"")"));
    CHECK(matches_all<q::string_literal>(R"("a\\")"));
    CHECK(matches_all<q::string_literal>(R"("\d{4}")"));
    CHECK(match<q::string_literal>("\"a\" and").rest == " and");
    CHECK(matches_all<q::escaped>("\\\""));
    CHECK(matches_all<q::string_char>("x"));
    CHECK_FALSE(match<q::string_char>("\"").matched);
    CHECK(matches_all<q::string_body>("abc"));
    CHECK(matches_all<q::quote>("\""));
    CHECK(matches_all<q::string_close>("\""));
    CHECK_FALSE(match<q::string_literal>("abc").matched);
    // Once opened, a string must close.
    CHECK_THROWS_AS(match<q::string_literal>("\"abc"), tao::pegtl::parse_error);
    CHECK_THROWS_AS(match<q::string_literal>(R"("abc\")"), tao::pegtl::parse_error);
}

TEST_CASE("dates: ISO, day/month/year, months, with nothing glued after", "[grammar][query]") {
    CHECK(matches_all<q::date_literal>("2025-06-30"));
    CHECK(matches_all<q::date_literal>("2025-6-3"));
    CHECK(matches_all<q::date_literal>("30/6/2025"));
    CHECK(matches_all<q::date_literal>("01/07/2025"));
    CHECK(matches_all<q::date_literal>("2025-06"));
    CHECK(matches_all<q::date_literal>("6/2025"));
    CHECK(matches_all<q::date_literal>("31/02/2025"));  // syntax only: the builder rejects it
    CHECK(match<q::date_literal>("30/6/2025)").rest == ")");
    CHECK(matches_all<q::iso_date>("2025-06-30"));
    CHECK(matches_all<q::iso_month>("2025-06"));
    CHECK(matches_all<q::dmy_date>("30/6/2025"));
    CHECK(matches_all<q::my_month>("6/2025"));
    CHECK(matches_all<q::year_digits>("2025"));
    CHECK(matches_all<q::digits_1_2>("12"));
    CHECK_FALSE(match<q::year_digits>("20255").matched);
    CHECK_FALSE(match<q::date_literal>("2025").matched);  // a year is a number
    CHECK_FALSE(match<q::date_literal>("6/20255").matched);
    CHECK_FALSE(match<q::date_literal>("2025-06-30x").matched);
    CHECK_FALSE(match<q::date_literal>("25-06-30").matched);
    CHECK_FALSE(match<q::date_literal>("30/6/25").matched);
    CHECK_FALSE(match<q::date_literal>("2025/06/30").matched);
    CHECK(matches_all<q::value_end>(""));
}

TEST_CASE("numbers: integers, decimal point or comma, a per cent sign", "[grammar][query]") {
    CHECK(matches_all<q::number_literal>("95"));
    CHECK(matches_all<q::number_literal>("0.4"));
    CHECK(matches_all<q::number_literal>("0,4"));
    CHECK(matches_all<q::number_literal>("95%"));
    CHECK(matches_all<q::number_literal>("2025"));
    CHECK(matches_all<q::number_literal>("2.000"));  // syntax only: the builder calls it ambiguous
    CHECK(match<q::number_literal>("95)").rest == ")");
    CHECK_FALSE(match<q::number_literal>("1.2.3").matched);
    CHECK_FALSE(match<q::number_literal>("95abc").matched);
    CHECK_FALSE(match<q::number_literal>("28-NQ").matched);
    CHECK_FALSE(match<q::number_literal>("-5").matched);
    CHECK_FALSE(match<q::number_literal>(".5").matched);
}

TEST_CASE("bare words stand for strings after an operator", "[grammar][query]") {
    CHECK(matches_all<q::bare_word>("task"));
    CHECK(matches_all<q::bare_word>("III.1.2"));
    CHECK(matches_all<q::bare_word>("28-NQ/TW"));
    CHECK(matches_all<q::bare_word>("giáo"));
    CHECK(matches_all<q::bare_char>("-"));
    CHECK(match<q::bare_word>("task)").rest == ")");
    CHECK(match<q::bare_word>("task and x").rest == " and x");
    CHECK_FALSE(match<q::bare_word>("and").matched);
    CHECK_FALSE(match<q::bare_word>("\"x\"").matched);
    CHECK(matches_all<q::value>("\"x\""));
    CHECK(matches_all<q::value>("2025-06-30"));
    CHECK(matches_all<q::value>("0,4"));
    CHECK(matches_all<q::value>("task"));
    CHECK(matches_all<q::value>("1.2.3"));  // not a number: a word
    CHECK_FALSE(match<q::value>("(x)").matched);
}

TEST_CASE("regex literals: a string with an optional i flag", "[grammar][query]") {
    CHECK(matches_all<q::regex_literal>("\"^Tổ chức\""));
    CHECK(matches_all<q::regex_literal>("\"nq/tw$\"i"));
    CHECK(matches_all<q::regex_flag>("i"));
    CHECK(match<q::regex_literal>("\"x\" and y").rest == " and y");
    CHECK(match<q::regex_literal>("\"x\"ix").rest == "ix");  // `ix` is not the flag
    CHECK_FALSE(match<q::regex_literal>("x").matched);
    CHECK(matches_all<q::regex_tail>("=~ \"x\""));
    CHECK_THROWS_AS(match<q::regex_tail>("=~ x"), tao::pegtl::parse_error);
}

TEST_CASE("predicates: a field alone or a comparison", "[grammar][query]") {
    CHECK(matches_all<q::predicate>("deadline"));
    CHECK(matches_all<q::predicate>("lead ~ \"ban tuyen giao\""));
    CHECK(matches_all<q::predicate>("line>=40"));
    CHECK(matches_all<q::predicate>("deadline.end <= 2025"));
    CHECK(matches_all<q::compare_tail>("= task"));
    CHECK(match<q::predicate>("lead and x").rest == " and x");
    CHECK_THROWS_AS(match<q::predicate>("lead ~"), tao::pegtl::parse_error);
    CHECK_THROWS_AS(match<q::predicate>("kind = and"), tao::pegtl::parse_error);
}

TEST_CASE("expressions: not, and, or, parentheses", "[grammar][query]") {
    CHECK(well_formed("deadline"));
    CHECK(well_formed("  lead ~ \"x\"  "));
    CHECK(well_formed("not lead"));
    CHECK(well_formed("not not lead"));
    CHECK(well_formed("a and b or c and not d"));
    CHECK(well_formed("(a or b) and not (c)"));
    CHECK(well_formed("((a))"));
    CHECK(well_formed("not(a)"));
    CHECK(well_formed("a AND b OR NOT c"));
    CHECK(well_formed("android and order"));
    CHECK(well_formed("kind = task and\nline > 3"));
    CHECK(matches_all<q::ws>(" \t\n"));
    CHECK(matches_all<q::open_paren>("("));
    CHECK(matches_all<q::close_paren>(")"));
    CHECK(matches_all<q::group>("( a )"));
    CHECK(matches_all<q::primary>("a"));
    CHECK(matches_all<q::negation>("not a"));
    CHECK(matches_all<q::not_expr>("a"));
    CHECK(matches_all<q::and_tail>(" and a"));
    CHECK(matches_all<q::and_expr>("a and b"));
    CHECK(matches_all<q::or_tail>(" or a"));
    CHECK(matches_all<q::or_expr>("a or b"));
    CHECK(matches_all<q::end_of_expression>(""));
    // precedence is the nesting of the rules: `a or b and c` is one and_expr
    // after the or.
    CHECK(match<q::and_expr>("a or b and c").rest == " or b and c");
    CHECK(match<q::and_expr>("a and b or c").rest == " or c");
}

TEST_CASE("malformed expressions are rejected", "[grammar][query]") {
    CHECK_FALSE(well_formed(""));
    CHECK_FALSE(well_formed("   "));
    CHECK_FALSE(well_formed("and lead"));
    CHECK_FALSE(well_formed("lead and"));
    CHECK_FALSE(well_formed("lead or or text"));
    CHECK_FALSE(well_formed("not"));
    CHECK_FALSE(well_formed("(lead"));
    CHECK_FALSE(well_formed("lead)"));
    CHECK_FALSE(well_formed("()"));
    CHECK_FALSE(well_formed("lead ~"));
    CHECK_FALSE(well_formed("lead ~ ban tuyen"));
    CHECK_FALSE(well_formed("lead \"x\""));
    CHECK_FALSE(well_formed("lead ~ \"x"));
    CHECK_FALSE(well_formed("text =~ x"));
    CHECK_FALSE(well_formed("!lead"));
    CHECK_FALSE(well_formed("lead && text"));
    CHECK_FALSE(well_formed("\"x\""));
    CHECK_FALSE(well_formed("deadline."));
    CHECK_FALSE(well_formed("kind = not"));
}
