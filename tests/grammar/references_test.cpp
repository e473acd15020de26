// tests for grammars/vnplan/references.hpp
//
// The grammar reads lower-cased text (the driver lower-cases with ICU), so
// the inputs here are lower case.
#include "vnplan/references.hpp"

#include "grammar/match.hpp"

#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

namespace g = vnplan::grammar::references;
using vnplan::test::match;
using vnplan::test::matches_all;

TEST_CASE("references grammar has no cycles without progress", "[grammar][references]") {
    REQUIRE(tao::pegtl::analyze<g::reference>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<g::named_period>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<g::subject_body>(-1) == 0);
}

TEST_CASE("a subject clause takes runs of letters whole and stops where subject_char would", "[grammar][references]") {
    CHECK(matches_all<g::subject_letters>("triển"));
    CHECK(matches_all<g::subject_letters>("2025abc"));
    CHECK_FALSE(match<g::subject_letters>(" về").matched);
    CHECK_FALSE(match<g::subject_letters>("“đẩy").matched);
    CHECK(match<g::subject_letters>("đẩy mạnh").rest == " mạnh");
    // The body runs to the clause's stop, letters or not.
    CHECK(match<g::subject_body>("tăng cường công tác; phấn đấu").rest == "; phấn đấu");
    CHECK(match<g::subject_body>("công tác (khóa xii), hoàn thành trước").rest == ", hoàn thành trước");
    CHECK(match<g::subject_body>("việc a và nghị quyết số 5-nq/tw").rest == " và nghị quyết số 5-nq/tw");
}

TEST_CASE("document numbers in party and state style", "[grammar][references]") {
    CHECK(matches_all<g::full_number>("28-nq/tw"));
    CHECK(matches_all<g::full_number>("08-qđi/tw"));
    CHECK(matches_all<g::full_number>("1374-qđ/tu"));
    CHECK(matches_all<g::full_number>("120-kh/btctu"));
    CHECK(matches_all<g::full_number>("19-ctrhđ/tu"));
    CHECK(matches_all<g::full_number>("02-đa/tu"));
    CHECK(matches_all<g::full_number>("18- nq/tw"));
    CHECK(matches_all<g::full_number>("43/2019/qh14"));
    CHECK(matches_all<g::full_number>("99/2019/nđ-cp"));
    CHECK(matches_all<g::full_number>("27/nq- tw"));
    CHECK(matches_all<g::full_number>("2437/qđ-ttg"));
    CHECK(matches_all<g::full_number>("98/2023/qh15"));
    CHECK(matches_all<g::full_number>("38/2013/ttlt-bct-btc"));
    CHECK(matches_all<g::full_number>("1234/ubnd-kt"));
    CHECK(matches_all<g::full_number>("3169/ttr -stp"));
    CHECK(matches_all<g::full_number>("4104/snv- xdcq"));
}

TEST_CASE("what is not a document number", "[grammar][references]") {
    CHECK_FALSE(match<g::full_number>("12/2020").matched);       // a month
    CHECK_FALSE(match<g::full_number>("26/8/2020").matched);     // a date
    CHECK_FALSE(match<g::full_number>(".../2025/qđ-ttg").matched);  // a draft's blank
    CHECK_FALSE(match<g::full_number>("18-").matched);           // half a page split
    CHECK_FALSE(match<g::short_number>("80%").matched);
    CHECK_FALSE(match<g::short_number>("5 năm").matched);
    CHECK_FALSE(match<g::short_number>("100 ngày đêm").matched);
    CHECK_FALSE(match<g::short_number>("3,5").matched);
    CHECK(match<g::short_number>("100 ngày 12/3/2024").matched);
    CHECK(match<g::short_number>("35 của ban thường vụ").rest == " của ban thường vụ");
    // The number stops at the word: `- bổ sung` is not a code.
    CHECK(match<g::full_number>("99/2019/nđ-cp - bổ sung").rest == " - bổ sung");
    CHECK(match<g::full_number>("21-kl/tw² và").rest == "² và");
    CHECK(match<g::full_number>("99/2019/nđ-cp-bổ sung").rest == "-bổ sung");
    CHECK(match<g::full_number>("2437/qđ-ttg -").rest == " -");
}

TEST_CASE("citations the grammar accepts", "[grammar][references]") {
    CHECK(matches_all<g::reference>("nghị quyết số 28-nq/tw ngày 17 tháng 11 năm 2022"));
    CHECK(matches_all<g::reference>("chỉ thị 05-ct/tw"));
    CHECK(matches_all<g::reference>("quy định số 1374-qđ/tu"));
    CHECK(matches_all<g::reference>("kế hoạch số 366-kh/tu ngày 12 tháng 7 năm 2024 của thành ủy"));
    CHECK(matches_all<g::reference>("nghị định số 99/2019/nđ-cp ngày 30/12/2019 của chính phủ"));
    CHECK(matches_all<g::reference>("nghị quyết số 21-nq/tw, ngày 16/6/2022"));
    CHECK(matches_all<g::reference>("quy định 228-qđ/tw"));
    CHECK(matches_all<g::reference>("nghị quyết 35"));
    CHECK(matches_all<g::reference>("kết luận số 21-kl/tw²"));
    CHECK(matches_all<g::reference>("luật giáo dục số 43/2019/qh14"));
    CHECK(matches_all<g::reference>("luật giáo dục số 43/2019/qh14 ngày 14/6/2019"));
    CHECK(matches_all<g::reference>("luật số 34/2018/qh14"));
    CHECK(matches_all<g::reference>("bộ luật lao động năm 2019"));
    CHECK(matches_all<g::reference>("luật cán bộ, công chức ngày 13 tháng 11 năm 2008"));
    CHECK(matches_all<g::reference>("hiến pháp năm 2013"));
    CHECK(matches_all<g::reference>("thông tư liên tịch số 38/2013/ttlt-bct-btc"));
    CHECK(matches_all<g::reference>("chương trình hành động số 19-ctrhđ/tu"));
    CHECK(matches_all<g::reference>("đề án số 02-đa/tu của ban thường vụ thành ủy"));
    CHECK(matches_all<g::reference>("quyết định số 2437/qđ-ttg"));
    CHECK(matches_all<g::reference>("nghị quyết số 27/nq- tw"));
    CHECK(matches_all<g::reference>("nghị quyết số 18-nq/tw"));
    CHECK(matches_all<g::reference>("quyết định số: 12/qđ-ubnd"));
    CHECK(matches_all<g::reference>("quy chế phối hợp số 01-qc/tu"));
    CHECK(matches_all<g::reference>("công văn số 1234/ubnd-kt"));
    CHECK(matches_all<g::reference>("nghị quyết số 19-nq/tw hội nghị lần thứ sáu ban chấp hành trung ương khóa xii"));
    CHECK(matches_all<g::reference>("chỉ thị 42-ct/tw ngày 24/3/2015 của ban bí thư về tăng cường trong giai đoạn 2015 - 2030"));
    CHECK(matches_all<g::reference>("nghị quyết số 04-nq/đuk ngày 28/5/2021 về “đẩy mạnh xây dựng, chỉnh đốn đảng”"));
    CHECK(matches_all<g::reference>("nghị quyết 98/2023/qh15 của quốc hội"));
}

TEST_CASE("where a citation ends", "[grammar][references]") {
    // The subject clause runs to `;` and to the end of the sentence.
    CHECK(match<g::reference>("chỉ thị 05-ct/tw về đẩy mạnh học tập; tổ chức").rest == "; tổ chức");
    CHECK(match<g::reference>("kết luận số 21-kl/tw. triển khai").rest == ". triển khai");
    // A closing quote that the citation did not open ends it.
    CHECK(match<g::reference>("nghị quyết 98/2023/qh15 của quốc hội”;").rest == "”;");
    // The issuer ends before the sentence goes on.
    CHECK(match<g::reference>("quy định số 1374 của ban thường vụ thành ủy, đảng viên").rest == ", đảng viên");
    CHECK(match<g::reference>("nghị quyết số 28-nq/tw, ban thường vụ đảng ủy khối").rest == ", ban thường vụ đảng ủy khối");
    // The next citation is a citation of its own.
    CHECK(match<g::reference>("chỉ thị 05-ct/tw về học tập và quy định 228-qđ/tw").rest == " và quy định 228-qđ/tw");
    // A clause that may carry the item's own deadline is not the subject.
    CHECK(match<g::reference>("nghị quyết số 28-nq/tw về đổi mới, hoàn thành trước ngày 31/12/2023").rest ==
          ", hoàn thành trước ngày 31/12/2023");
    // `Luật Giáo dục, Nghị định số ...`: the law has no number of its own.
    CHECK(match<g::reference>("luật giáo dục đại học, nghị định số 99/2019/nđ-cp").rest.empty() == false);
    CHECK(match<g::reference>("luật giáo dục số 43/2019/qh14 ngày 14/6/2019, luật số 34/2018/qh14").rest == ", luật số 34/2018/qh14");
}

TEST_CASE("type words with nothing to cite", "[grammar][references]") {
    CHECK_FALSE(match<g::reference>("nghị quyết đại hội đảng bộ tỉnh").matched);
    CHECK_FALSE(match<g::reference>("luật giáo dục").matched);
    CHECK_FALSE(match<g::reference>("kế hoạch này").matched);
    CHECK_FALSE(match<g::reference>("văn bản số hóa").matched);
    CHECK_FALSE(match<g::reference>("báo cáo số liệu").matched);
    CHECK_FALSE(match<g::reference>("kế hoạch 5 năm 2021 - 2025").matched);
    CHECK_FALSE(match<g::reference>("kế hoạch 100 ngày đêm").matched);
    CHECK_FALSE(match<g::reference>("báo cáo 6 tháng đầu năm").matched);
    CHECK_FALSE(match<g::reference>("kế hoạch số 12/2020").matched);
    CHECK_FALSE(match<g::reference>("quyết định số .../2025/qđ-ttg").matched);
    CHECK_FALSE(match<g::reference>("nghị quyết trung ương 4 khóa xii").matched);
    CHECK_FALSE(match<g::reference>("luật sửa đổi, bổ sung một số điều").matched);
    CHECK_FALSE(match<g::reference>("chương trình 2 lần/năm").matched);
    CHECK_FALSE(match<g::reference>("nghị quyếts 28-nq/tw").matched);
}

TEST_CASE("names that carry a period", "[grammar][references]") {
    CHECK(matches_all<g::named_period>("chiến lược công tác kiểm tra, giám sát của đảng đến năm 2030"));
    CHECK(matches_all<g::named_period>("đại hội đại biểu đảng bộ tỉnh lần thứ vi, nhiệm kỳ 2020 - 2025"));
    CHECK(matches_all<g::named_period>("nghị quyết đại hội đảng bộ tỉnh lần thứ xvi, nhiệm kỳ 2020 - 2025"));
    CHECK(matches_all<g::named_period>("chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025"));
    CHECK(matches_all<g::named_period>("quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"));
    CHECK(matches_all<g::named_period>("văn kiện đại hội đại biểu lần thứ xi, nhiệm kỳ 2020-2025"));
    CHECK(matches_all<g::named_period>("đại hội đảng các cấp nhiệm kỳ 2025 - 2030"));
    CHECK(matches_all<g::named_period>("ban chấp hành đảng bộ tỉnh khóa xv, nhiệm kỳ 2020 – 2025"));
    CHECK(matches_all<g::named_period>("chương trình “mỗi xã một sản phẩm” giai đoạn 2021 - 2025"));
    CHECK(match<g::named_period>("chiến lược phát triển đến năm 2030; tổ chức").rest == "; tổ chức");
}

TEST_CASE("schedules are not names", "[grammar][references]") {
    CHECK_FALSE(match<g::named_period>("phấn đấu đến năm 2025, bảo đảm 80%").matched);
    CHECK_FALSE(match<g::named_period>("trong giai đoạn 2026 - 2030 phấn đấu").matched);
    CHECK_FALSE(match<g::named_period>("kế hoạch này đến năm 2025").matched);
    CHECK_FALSE(match<g::named_period>("chương trình hành động, trong giai đoạn 2026 - 2030").matched);
    CHECK_FALSE(match<g::named_period>("nghị quyết đại hội đảng bộ tỉnh, phấn đấu đến năm 2025").matched);
    CHECK_FALSE(match<g::named_period>("đề án số 5, đến năm 2025 hoàn thành").matched);
    CHECK_FALSE(match<g::named_period>("kế hoạch thực hiện chiến lược đến năm 2030").matched);  // the inner name is found on its own
    CHECK_FALSE(match<g::named_period>("ban chấp hành đảng bộ tỉnh đến năm 2025").matched);
    CHECK_FALSE(match<g::named_period>("chiến lược. đến năm 2030").matched);
}

TEST_CASE("a named head with a number is left to the citation", "[grammar][references]") {
    CHECK_FALSE(match<g::named_period>("nghị quyết số 57-nq/tw của bộ chính trị về phát triển đến năm 2030").matched);
    CHECK_FALSE(match<g::named_period>("dự án 1, dự án 2 chương trình mục tiêu quốc gia giai đoạn 2021 - 2030").matched);
    CHECK_FALSE(match<g::named_period>("chiến lược chuyển đổi số, mục tiêu phủ sóng đến năm 2030").matched);
}
