// tests for grammars/vnplan/date_checks.hpp: the date forms validate checks
// for existence, on lower-cased raw lines.
#include "vnplan/date_checks.hpp"

#include "match.hpp"

#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

namespace dc = vnplan::grammar::date_checks;
using vnplan::test::match;
using vnplan::test::matches_all;

TEST_CASE("date_checks grammar has no problems", "[grammar][date_checks]") {
    REQUIRE(tao::pegtl::analyze<dc::numeric_dmy>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<dc::verbal_dmy>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<dc::verbal_dm>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<dc::month_year>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<dc::month_alone>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<dc::quarter>(-1) == 0);
}

TEST_CASE("white space between a keyword and its number", "[grammar][date_checks]") {
    CHECK(matches_all<dc::sp>(" "));
    CHECK(matches_all<dc::sp>(" \t "));
    CHECK(matches_all<dc::sp>("\xC2\xA0"));      // no-break space
    CHECK(matches_all<dc::sp>("\xE2\x80\x89"));  // thin space
    CHECK(matches_all<dc::sp>("\xE3\x80\x80"));  // ideographic space
    CHECK_FALSE(match<dc::sp>("").matched);
    CHECK_FALSE(match<dc::sp>("_").matched);
    CHECK_FALSE(match<dc::sp>("\xE2\x80\x8B").matched);  // zero-width space is not white space
}

TEST_CASE("numeric day-month-year with one separator", "[grammar][date_checks]") {
    CHECK(matches_all<dc::numeric_dmy>("31/02/2024"));
    CHECK(matches_all<dc::numeric_dmy>("1.2.2024"));
    CHECK(matches_all<dc::numeric_dmy>("30-13-2025"));
    CHECK(matches_all<dc::numeric_dmy>("31/12/3000"));  // any four digits: existence is the question
    CHECK(match<dc::numeric_dmy>("31/12/20245").rest == "5");  // the caller refuses what follows
    CHECK_FALSE(match<dc::numeric_dmy>("31/12-2024").matched);  // two separators
    CHECK_FALSE(match<dc::numeric_dmy>("31/12/24").matched);    // two-digit year
    CHECK_FALSE(match<dc::numeric_dmy>("131/12/2024").matched);
    CHECK_FALSE(match<dc::numeric_dmy>("31 12 2024").matched);
    CHECK_FALSE(match<dc::numeric_dmy>("\xEF\xBC\x93\xEF\xBC\x91/12/2024").matched);  // fullwidth digits
}

TEST_CASE("verbal days", "[grammar][date_checks]") {
    CHECK(matches_all<dc::verbal_dmy>("ngày 31 tháng 2 năm 2024"));
    CHECK(matches_all<dc::verbal_dmy>("ngày  5\xC2\xA0tháng 13 năm 2025"));
    CHECK_FALSE(match<dc::verbal_dmy>("ngày 31 tháng 2").matched);
    CHECK_FALSE(match<dc::verbal_dmy>("ngày 31 tháng 2 năm 24").matched);
    CHECK_FALSE(match<dc::verbal_dmy>("ngày31 tháng 2 năm 2024").matched);
    CHECK(matches_all<dc::verbal_dm>("ngày 30 tháng 2"));
    CHECK(match<dc::verbal_dm>("ngày 30 tháng 2 năm 2024").rest == " năm 2024");
    CHECK_FALSE(match<dc::verbal_dm>("ngày 300 tháng 2").matched);
    CHECK_FALSE(match<dc::verbal_dm>("ngay 30 thang 2").matched);  // the words keep their accents
}

TEST_CASE("months", "[grammar][date_checks]") {
    CHECK(matches_all<dc::month_year>("tháng 13/2025"));
    CHECK(matches_all<dc::month_year>("tháng 13 năm 2025"));
    CHECK(matches_all<dc::month_year>("tháng 13 - 2025"));
    CHECK(matches_all<dc::month_year>("tháng 13-2025"));
    CHECK_FALSE(match<dc::month_year>("tháng 13").matched);
    CHECK_FALSE(match<dc::month_year>("tháng 13.2025").matched);
    CHECK_FALSE(match<dc::month_year>("tháng 123/2025").matched);
    CHECK(matches_all<dc::month_alone>("tháng 13"));
    CHECK(match<dc::month_alone>("tháng 6 năm 2025").rest == " năm 2025");
    CHECK_FALSE(match<dc::month_alone>("tháng sáu").matched);
    CHECK_FALSE(match<dc::month_alone>("thang 6").matched);
}

TEST_CASE("quarters", "[grammar][date_checks]") {
    CHECK(matches_all<dc::quarter>("quý 5"));
    CHECK(matches_all<dc::quarter>("quí v"));
    CHECK(matches_all<dc::quarter>("quy iiii"));
    CHECK(matches_all<dc::quarter>("quý xiv"));
    CHECK_FALSE(match<dc::quarter>("quý iiiii").matched);  // rep_min_max refuses a fifth
    CHECK(match<dc::quarter>("quý 12").rest == "2");
    CHECK_FALSE(match<dc::quarter>("quý năm").matched);
    CHECK_FALSE(match<dc::quarter>("quỹ 5").matched);  // a fund, not a quarter
    CHECK_FALSE(match<dc::quarter>("quý").matched);
}
