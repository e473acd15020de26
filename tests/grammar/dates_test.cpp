// tests for grammars/vnplan/dates.hpp
//
// The grammar reads ICU-lower-cased text (the extractor lowers it first), so
// the Vietnamese words here are in lower case; ASCII Roman numerals may be in
// either case.
#include "vnplan/dates.hpp"

#include "match.hpp"

#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

namespace dates = vnplan::grammar::dates;
using vnplan::test::match;
using vnplan::test::matches_all;

TEST_CASE("the date grammar has no left recursion or empty loops", "[grammar][dates]") {
    REQUIRE(tao::pegtl::analyze<dates::any_date>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<dates::single_date>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<dates::year_range>(-1) == 0);
}

TEST_CASE("numeric days with slashes, hyphens or dots are dates", "[grammar][dates]") {
    CHECK(matches_all<dates::any_date>("31/12/2020"));
    CHECK(matches_all<dates::any_date>("31-12-2020"));
    CHECK(matches_all<dates::any_date>("31.12.2020"));
    CHECK(matches_all<dates::any_date>("1/7/2025"));
    CHECK(matches_all<dates::any_date>("01/07/2025"));
    CHECK(matches_all<dates::day_date>("ngày 18/10/2024"));
    // A day that does not exist is still read: the extractor reports it.
    CHECK(matches_all<dates::day_date>("31/02/2024"));
}

TEST_CASE("days written in words, with or without the year", "[grammar][dates]") {
    CHECK(matches_all<dates::any_date>("ngày 18 tháng 10 năm 2024"));
    CHECK(matches_all<dates::any_date>("ngày 05 tháng 01 năm 2026"));
    CHECK(matches_all<dates::any_date>("ngày 18 tháng 10"));
    CHECK(matches_all<dates::any_date>("ngày 31/12"));
    // `năm nay` is not a year: the day stops before it.
    const auto r = match<dates::any_date>("ngày 15 tháng 11 năm nay");
    CHECK(r.matched);
    CHECK(r.rest == " năm nay");
}

TEST_CASE("months with a year after a slash, a hyphen or năm", "[grammar][dates]") {
    CHECK(matches_all<dates::any_date>("tháng 6/2025"));
    CHECK(matches_all<dates::any_date>("tháng 6 năm 2025"));
    CHECK(matches_all<dates::any_date>("tháng 12/2025"));
    CHECK(matches_all<dates::any_date>("tháng 12-2025"));
    CHECK(matches_all<dates::any_date>("tháng 01 năm 2025"));
    CHECK(matches_all<dates::any_date>("tháng 6"));
    CHECK(matches_all<dates::month_with_year>("tháng 6/2024"));
    CHECK_FALSE(matches_all<dates::month_with_year>("tháng 6"));
    CHECK(matches_all<dates::month_range>("tháng 11 - 12/2025"));
    CHECK(matches_all<dates::any_date>("tháng 11 - 12/2025"));
    CHECK(matches_all<dates::any_date>("tháng 13"));  // read, reported invalid later
}

TEST_CASE("quarters in Roman or Arabic numerals, quý or quí", "[grammar][dates]") {
    CHECK(matches_all<dates::any_date>("quý ii/2025"));
    CHECK(matches_all<dates::any_date>("quý II/2025"));
    CHECK(matches_all<dates::any_date>("quý iii năm 2023"));
    CHECK(matches_all<dates::any_date>("quý 3/2025"));
    CHECK(matches_all<dates::any_date>("quí iv-2025"));
    CHECK(matches_all<dates::any_date>("quý iv – 2025"));
    CHECK(matches_all<dates::any_date>("quý i, ii năm 2026"));
    CHECK(matches_all<dates::any_date>("quý i và ii năm 2026"));
    CHECK(matches_all<dates::any_date>("quý iv"));
    CHECK(matches_all<dates::quarter_with_year>("quý iv/2025"));
    CHECK_FALSE(matches_all<dates::quarter_with_year>("quý iv"));
    // A list separator not followed by a quarter is left alone.
    const auto r = match<dates::any_date>("quý ii, chậm nhất tháng 6");
    CHECK(r.matched);
    CHECK(r.rest == ", chậm nhất tháng 6");
}

TEST_CASE("half years, school years, years and year ranges", "[grammar][dates]") {
    CHECK(matches_all<dates::any_date>("6 tháng đầu năm 2024"));
    CHECK(matches_all<dates::any_date>("6 tháng cuối năm 2025"));
    CHECK(matches_all<dates::any_date>("06 tháng đầu năm"));
    CHECK(matches_all<dates::any_date>("9 tháng đầu năm 2025"));
    CHECK(matches_all<dates::any_date>("năm 2025"));
    CHECK(matches_all<dates::any_date>("năm học 2025 - 2026"));
    CHECK(matches_all<dates::any_date>("năm học 2025-2026"));
    CHECK(matches_all<dates::any_date>("năm 2025 – 2030"));
    CHECK(matches_all<dates::year_range>("2022 - 2026"));
    CHECK(matches_all<dates::year_range>("2026-2030"));
    CHECK(matches_all<dates::year_range>("2020 – 2025"));
    CHECK(matches_all<dates::year_range>("2020 —2025"));
    // single_date has no ranges: it stops after the first year.
    const auto r = match<dates::single_date>("năm 2025 - 2030");
    CHECK(r.matched);
    CHECK(r.rest == " - 2030");
    const auto s = match<dates::any_date>("năm 2025, bảo đảm");
    CHECK(s.matched);
    CHECK(s.rest == ", bảo đảm");
}

TEST_CASE("numbers that only look like dates are not dates", "[grammar][dates]") {
    CHECK_FALSE(match<dates::any_date>("12/2020").matched);  // a document number, `Nghị định 15/2020`
    CHECK_FALSE(match<dates::any_date>("15/2020/NĐ-CP").matched);
    CHECK_FALSE(match<dates::any_date>("2.000 đảng viên").matched);
    CHECK_FALSE(match<dates::any_date>("31/12/20").matched);  // two-digit year
    CHECK_FALSE(match<dates::any_date>("năm 3000").matched);
    CHECK_FALSE(match<dates::any_date>("năm 20255").matched);
    CHECK_FALSE(match<dates::any_date>("năm nay").matched);
    CHECK_FALSE(match<dates::any_date>("18 tháng 10").matched);  // no `ngày`: a duration
    CHECK_FALSE(match<dates::any_date>("6 tháng").matched);
    CHECK_FALSE(match<dates::any_date>("05 ngày làm việc").matched);
    CHECK_FALSE(match<dates::any_date>("ngày làm việc").matched);
    CHECK_FALSE(match<dates::any_date>("quý v/2025").matched);
    CHECK_FALSE(match<dates::any_date>("quý 5/2025").matched);
    CHECK_FALSE(match<dates::any_date>("quý iib").matched);
    CHECK_FALSE(match<dates::any_date>("tháng").matched);
    CHECK_FALSE(match<dates::year_range>("2022 - 26").matched);
    CHECK_FALSE(match<dates::year_range>("3-4%").matched);
    // Upper case is lowered by the extractor, not read by the grammar.
    CHECK_FALSE(match<dates::any_date>("Năm 2025").matched);
}
