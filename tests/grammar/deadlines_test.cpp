// tests for grammars/vnplan/deadlines.hpp
//
// The grammar reads ICU-lower-cased text, as the extractor gives it.
#include "vnplan/deadlines.hpp"

#include "match.hpp"

#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

namespace dl = vnplan::grammar::deadlines;
using vnplan::test::match;
using vnplan::test::matches_all;

TEST_CASE("the deadline grammar has no left recursion or empty loops", "[grammar][deadlines]") {
    REQUIRE(tao::pegtl::analyze<dl::deadline>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<dl::schedule_deadline>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<dl::scope_school_year>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<dl::anything_in_text>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<dl::anything_in_field>(-1) == 0);
}

TEST_CASE("anything_in_text and anything_in_field take what the kinds take, bare values in fields only", "[grammar][deadlines]") {
    for (const auto* s : {"trước ngày 31/12/2025", "hằng năm", "năm học 2024 - 2025", "thường xuyên"}) {
        CHECK(match<dl::anything_in_text>(s).matched);
        CHECK(match<dl::anything_in_field>(s).matched);
    }
    CHECK_FALSE(match<dl::anything_in_text>("năm 2025").matched);  // a bare year names a theme in running text
    CHECK(match<dl::anything_in_field>("năm 2025").matched);
    CHECK_FALSE(match<dl::anything_in_text>("thực hiện nghiêm túc").matched);
    CHECK_FALSE(match<dl::anything_in_field>("sở tư pháp").matched);
}

TEST_CASE("trước and chậm nhất before a day are before deadlines", "[grammar][deadlines]") {
    CHECK(matches_all<dl::deadline_before>("trước ngày 31/12/2020"));
    CHECK(matches_all<dl::deadline_before>("trước ngày 18 tháng 10 năm 2024"));
    CHECK(matches_all<dl::deadline_before>("hoàn thành trước ngày 05 tháng 12 năm 2025"));
    CHECK(matches_all<dl::deadline_before>("trước quý ii/2025"));
    CHECK(matches_all<dl::deadline_before>("chậm nhất ngày 17 tháng 12"));
    CHECK(matches_all<dl::deadline_before>("chậm nhất là ngày 5/1/2025"));
    CHECK_FALSE(match<dl::deadline_before>("trước khi tổ chức thi").matched);
    CHECK_FALSE(match<dl::deadline_before>("trước 10 giờ sáng").matched);
}

TEST_CASE("the on rule needs ngày before a day", "[grammar][deadlines]") {
    CHECK(matches_all<dl::deadline_on>("ngày 15/3/2024"));
    CHECK(matches_all<dl::deadline_on>("vào ngày 15 tháng 3 năm 2024"));
    CHECK_FALSE(match<dl::deadline_on>("15/3/2024").matched);  // bare only in a schedule field
    CHECK_FALSE(match<dl::deadline_on>("kể từ ngày sở nội vụ tiếp nhận").matched);
}

TEST_CASE("trong, vào and bare periods with a year are within deadlines", "[grammar][deadlines]") {
    CHECK(matches_all<dl::deadline_within>("trong năm 2023"));
    CHECK(matches_all<dl::deadline_within>("hoàn thành trong năm 2023"));
    CHECK(matches_all<dl::deadline_within>("vào năm 2023"));
    CHECK(matches_all<dl::deadline_within>("trong quý iii năm 2023"));
    CHECK(matches_all<dl::deadline_within>("xong trong tháng 12/2025"));
    CHECK(matches_all<dl::deadline_within>("trong quý i"));
    CHECK(matches_all<dl::deadline_within>("trong 6 tháng đầu năm 2024"));
    CHECK(matches_all<dl::deadline_within>("tháng 6/2024"));
    CHECK(matches_all<dl::deadline_within>("quí iv-2025"));
    CHECK(matches_all<dl::deadline_within>("6 tháng đầu năm 2024"));
    CHECK(matches_all<dl::deadline_within>("quý i, ii năm 2026"));
    CHECK(matches_all<dl::deadline_within>("trong năm học 2025 - 2026"));
    // A bare year, month or quarter without its year is no deadline in text.
    CHECK_FALSE(match<dl::deadline_within>("năm 2024").matched);
    CHECK_FALSE(match<dl::deadline_within>("quý iii đạt 6,26%").matched);
    CHECK_FALSE(match<dl::deadline_within>("tháng 6").matched);
    CHECK_FALSE(match<dl::deadline_within>("trong tháng").matched);
}

TEST_CASE("đến, đến hết and chậm nhất before a period are by deadlines", "[grammar][deadlines]") {
    CHECK(matches_all<dl::deadline_by>("đến năm 2025"));
    CHECK(matches_all<dl::deadline_by>("đến hết năm 2025"));
    CHECK(matches_all<dl::deadline_by>("chậm nhất năm 2025"));
    CHECK(matches_all<dl::deadline_by>("chậm nhất tháng 6"));
    CHECK(matches_all<dl::deadline_by>("từ nay đến hết năm 2025"));
    CHECK(matches_all<dl::deadline_by>("đến hết ngày 31/12/2026"));
    CHECK_FALSE(match<dl::deadline_by>("đến 2030").matched);
}

TEST_CASE("từ and open ends are from deadlines", "[grammar][deadlines]") {
    CHECK(matches_all<dl::deadline_from>("từ năm 2022"));
    CHECK(matches_all<dl::deadline_from>("thực hiện từ năm 2022"));
    CHECK(matches_all<dl::deadline_from>("từ tháng 10/2025"));
    CHECK(matches_all<dl::deadline_from>("kể từ ngày 01/01/2025"));
    CHECK(matches_all<dl::deadline_from>("từ tháng 11/2013 trở đi"));
    CHECK(matches_all<dl::deadline_from>("từ năm học 2025 - 2026"));
    CHECK(matches_all<dl::deadline_open_ended>("năm 2025 và các năm tiếp theo"));
    CHECK(matches_all<dl::deadline_open_ended>("giai đoạn 2026-2030 và những năm tiếp theo"));
    CHECK_FALSE(match<dl::deadline_from>("từ 05 ngày làm việc thành 03 ngày").matched);
    CHECK_FALSE(match<dl::deadline_from>("từ nay").matched);
}

TEST_CASE("stages, terms and ranges are period deadlines", "[grammar][deadlines]") {
    CHECK(matches_all<dl::deadline_period>("giai đoạn 2022 - 2026"));
    CHECK(matches_all<dl::deadline_period>("nhiệm kỳ 2020 - 2025"));
    CHECK(matches_all<dl::deadline_period>("nhiệm kì 2020-2025"));
    CHECK(matches_all<dl::deadline_period>("trong giai đoạn 2015 - 2030"));
    CHECK(matches_all<dl::deadline_period>("đến năm 2025 – 2030"));
    CHECK(matches_all<dl::deadline_period>("từ ngày 15/11/2025 đến ngày 15/12/2025"));
    CHECK(matches_all<dl::deadline_period>("từ tháng 3 đến tháng 10 năm 2026"));
    CHECK(matches_all<dl::deadline_period>("tháng 11 - 12/2025"));
    CHECK(matches_all<dl::deadline_period>("từ ngày 24 đến ngày 26 tháng 8 năm 2020"));
    CHECK(matches_all<dl::deadline_period>("quý iv/2025- quý ii/2026"));
    CHECK(matches_all<dl::deadline_period>("2026-2030"));
    CHECK_FALSE(match<dl::deadline_period>("giai đoạn 1").matched);
}

TEST_CASE("hằng, hàng and định kỳ make recurring deadlines", "[grammar][deadlines]") {
    CHECK(matches_all<dl::deadline_recurring>("hằng năm"));
    CHECK(matches_all<dl::deadline_recurring>("hàng năm"));
    CHECK(matches_all<dl::deadline_recurring>("định kỳ hằng năm"));
    CHECK(matches_all<dl::deadline_recurring>("định kì hàng quý"));
    CHECK(matches_all<dl::deadline_recurring>("hằng quý"));
    CHECK(matches_all<dl::deadline_recurring>("hằng tháng"));
    CHECK(matches_all<dl::deadline_recurring>("định kỳ 6 tháng"));
    CHECK(matches_all<dl::deadline_recurring>("quý iv hằng năm"));
    CHECK(matches_all<dl::deadline_recurring>("hoàn thành trong quý iv hằng năm"));
    CHECK(matches_all<dl::deadline_recurring>("trước ngày 20 hằng tháng"));
    CHECK(matches_all<dl::deadline_recurring>("trước ngày 30 tháng 11 hàng năm"));
    CHECK(matches_all<dl::deadline_recurring>("từ tháng 3 đến tháng 11 hằng năm"));
    CHECK_FALSE(match<dl::deadline_recurring>("hằng tuần").matched);
    CHECK_FALSE(match<dl::deadline_recurring>("hằng ngày").matched);
    CHECK_FALSE(match<dl::deadline_recurring>("hàng hóa").matched);
    CHECK_FALSE(match<dl::deadline_recurring>("định kỳ").matched);
}

TEST_CASE("thường xuyên is matched everywhere; the extractor decides", "[grammar][deadlines]") {
    CHECK(matches_all<dl::deadline_ongoing>("thường xuyên"));
    CHECK(matches_all<dl::deadline_ongoing>("thực hiện thường xuyên"));
    CHECK(matches_all<dl::deadline_ongoing>("thường xuyên, liên tục"));
    const auto r = match<dl::deadline_ongoing>("thường xuyên kiểm tra");
    CHECK(r.matched);
    CHECK(r.rest == " kiểm tra");
    CHECK_FALSE(match<dl::deadline_ongoing>("thường xuyênx").matched);
}

TEST_CASE("khi có and khi được open a conditional clause", "[grammar][deadlines]") {
    CHECK(matches_all<dl::deadline_conditional>("sau khi có hướng dẫn của tỉnh"));
    CHECK(matches_all<dl::deadline_conditional>("khi có yêu cầu của thành ủy"));
    CHECK(matches_all<dl::deadline_conditional>("khi được yêu cầu"));
    const auto r = match<dl::deadline_conditional>("khi có yêu cầu của thành ủy).");
    CHECK(r.matched);
    CHECK(r.rest == ").");
    const auto s = match<dl::deadline_conditional>("khi được yêu cầu để tổng hợp báo cáo");
    CHECK(s.matched);
    CHECK(s.rest == " để tổng hợp báo cáo");
    CHECK_FALSE(match<dl::deadline_conditional>("theo hướng dẫn của tỉnh").matched);
    CHECK_FALSE(match<dl::deadline_conditional>("khi cần thiết").matched);
}

TEST_CASE("the top rule reads every kind and rejects plain words", "[grammar][deadlines]") {
    CHECK(matches_all<dl::deadline>("trước ngày 31/12/2020"));
    CHECK(matches_all<dl::deadline>("hằng năm"));
    CHECK(matches_all<dl::deadline>("giai đoạn 2022 - 2026"));
    CHECK(matches_all<dl::deadline>("sau khi có hướng dẫn của tỉnh"));
    CHECK(matches_all<dl::deadline>("thực hiện thường xuyên"));
    CHECK_FALSE(match<dl::deadline>("chủ đề năm 2024").matched);
    CHECK_FALSE(match<dl::deadline>("năm 2024").matched);
    CHECK_FALSE(match<dl::deadline>("31/12/2025").matched);
    CHECK_FALSE(match<dl::deadline>("nhiệm vụ").matched);
    CHECK_FALSE(match<dl::deadline>("").matched);
}

TEST_CASE("a schedule field also reads a bare year, period or day", "[grammar][deadlines]") {
    CHECK(matches_all<dl::schedule_deadline>("năm 2025"));
    CHECK(matches_all<dl::schedule_deadline>("quý ii"));
    CHECK(matches_all<dl::schedule_deadline>("tháng 6"));
    CHECK(matches_all<dl::schedule_deadline>("31/12/2025"));
    CHECK(matches_all<dl::schedule_deadline>("năm học 2025 - 2026"));
    CHECK_FALSE(match<dl::schedule_deadline>("theo yêu cầu nhiệm vụ").matched);
}
