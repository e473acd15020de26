// tests for grammars/vnplan/targets.hpp (inputs are lower case: the extractor
// lower-cases with ICU before it runs these rules)
#include "grammar/match.hpp"
#include "vnplan/targets.hpp"

#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include <string>

namespace g = vnplan::grammar::targets;
using vnplan::test::match;
using vnplan::test::matches_all;

TEST_CASE("the target grammar has no rule that can loop without consuming") {
    REQUIRE(tao::pegtl::analyze<g::target>(-1) == 0);
}

TEST_CASE("numbers are read the Vietnamese way") {
    CHECK(matches_all<g::number>("2.000"));
    CHECK(matches_all<g::number>("1.500.000"));
    CHECK(matches_all<g::number>("0,4"));
    CHECK(matches_all<g::number>("12,5"));
    CHECK(matches_all<g::number>("1.219,11"));
    CHECK(matches_all<g::number>("12.5"));
    CHECK(matches_all<g::number>("01"));
    // `2.0000` is no thousands group; the number stops before the dot.
    CHECK(match<g::number>("2.0000").rest == ".0000");
    CHECK(match<g::number>("31/12/2020").rest == "/12/2020");
    CHECK_FALSE(match<g::number>("năm").matched);
}

TEST_CASE("percentages with and without a comparison match whole") {
    for (const std::string input : {
             "100%",
             "12,5%",
             "95 %",
             "70 phần trăm",
             "đạt 95% trở lên",
             "từ 95% trở lên",
             "95% trở lên",
             "trên 90%",
             "hơn 90%",
             "đạt trên 40%",
             "dưới 0,4%",
             "xuống dưới 4%",
             "tối thiểu 15%",
             "ít nhất đạt 98% trở lên",
             "không quá 5%",
             "không vượt quá 2,5%",
             "tối đa 10%",
             "không thấp hơn 50%",
             "phấn đấu đạt tỷ lệ 70%",
             "tăng 10%",
             "giảm 5%",
             "tăng bình quân 10 - 12%",
             "đạt 50% trở xuống",
         }) {
        INFO(input);
        CHECK(matches_all<g::percent_target>(input));
        CHECK(matches_all<g::target>(input));
    }
}

TEST_CASE("percentage ranges match whole") {
    for (const std::string input : {"3-4%", "3 - 4%", "85 - 90%", "1% – 3%", "95% - 100%", "từ 3-4%", "đạt từ 3-4%",
                                    "từ 85% đến 90%", "từ trên 10% đến 50%"}) {
        INFO(input);
        CHECK(matches_all<g::percent_range>(input.substr(input.find_first_of("0123456789"))));
        CHECK(matches_all<g::target>(input));
    }
}

TEST_CASE("a percentage stops where the phrase stops") {
    CHECK(match<g::target>("100% tổ chức cơ sở đảng").rest == " tổ chức cơ sở đảng");
    CHECK(match<g::target>("trên 90% tổ chức cơ sở đảng, đảng viên").rest == " tổ chức cơ sở đảng, đảng viên");
    CHECK(match<g::target>("đạt từ 3-4% tổng số đảng viên.").rest == " tổng số đảng viên.");
    // `đến` opens a range only when a number follows.
    CHECK(match<g::target>("từ trên 15% đến không quá 30%").rest == " đến không quá 30%");
}

TEST_CASE("counts match after a promise or comparison marker, with their noun") {
    for (const std::string input : {
             "kết nạp 2.000 đảng viên",
             "ít nhất 5.000 lượt",
             "đạt 50.000 lượt người",
             "đạt 2,6 tỷ usd",
             "đạt 61,3 nghìn tỷ đồng",
             "không quá 03 người",
             "tối thiểu là 15 viên chức",
             "từ 02 người trở lên",
             "10 người trở lên",
             "kết nạp từ 3 đến 5 quần chúng",
         }) {
        INFO(input);
        CHECK(matches_all<g::count_target>(input));
    }
    // The noun has at most two syllables and stops at `mới`.
    CHECK(match<g::count_target>("kết nạp 2.000 đảng viên mới").rest == " mới");
    // With no noun, the count still stands when the clause ends.
    CHECK(match<g::count_target>("kết nạp 2.000, trong đó").rest == ", trong đó");
}

TEST_CASE("frequencies match as N lần per period") {
    for (const std::string input : {"01 lần/quý", "02 lần/năm", "2 lần / tháng", "ít nhất 01 lần/năm", "1 lần/6 tháng",
                                    "02 lần/nhiệm kỳ"}) {
        INFO(input);
        CHECK(matches_all<g::frequency_target>(input));
        CHECK(matches_all<g::target>(input));
    }
}

TEST_CASE("bare counts, durations, dates and document numbers are not targets") {
    for (const std::string input : {
             "08 (tám) quan điểm",
             "03 chương trình đột phá",
             "100 đảng viên",
             "2025",
             "31/12/2020",
             "28-nq/tw",
             "lần thứ vi",
             "số 1374",
             "tối đa 03 ngày làm việc",
             "ít nhất 02 năm",
             "trên 28 ngày tuổi",
             "ít nhất 2/3 tổng số",
             "ít nhất 01 trong 02 tiêu chí",
             "đạt 2025 – 2030",
             "trên địa bàn",
             "tỷ lệ 70%",  // a filler does not open a target (the number alone is found later)
             "trênh 90%",
         }) {
        INFO(input);
        CHECK_FALSE(match<g::target>(input).matched);
    }
    // `2025 – 2030` is a period, not a range of percentages.
    CHECK_FALSE(match<g::target>("2025 – 2030: 100%").matched);
}

TEST_CASE("markers match only as whole words") {
    CHECK(matches_all<g::more_than_marker>("trên"));
    CHECK_FALSE(matches_all<g::more_than_marker>("trênh"));
    CHECK(matches_all<g::at_most_marker>("không vượt quá"));
    CHECK(matches_all<g::less_than_marker>("xuống dưới"));
    CHECK(matches_all<g::at_least_marker>("ít nhất"));
    CHECK(matches_all<g::or_more_suffix>("trở lên"));
    CHECK_FALSE(match<g::or_more_suffix>("trở lênh").matched);
}
