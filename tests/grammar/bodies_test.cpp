// Tests for grammars/vnplan/bodies.hpp. Inputs are lower case: the extractor
// folds case with ICU before the grammar runs.
#include "vnplan/bodies.hpp"

#include "match.hpp"

#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

namespace b = vnplan::grammar::bodies;
using vnplan::test::match;
using vnplan::test::matches_all;

TEST_CASE("the bodies grammar has no infinite loops", "[grammar][bodies]") {
    REQUIRE(tao::pegtl::analyze<b::body_start>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<b::predicate_word>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<b::qualifier>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<b::support_marker>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<b::field_lead>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<b::field_support>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<b::list_separator>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<b::assign_marker>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<b::report_direction>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<b::word_marker>(-1) == 0);
}

TEST_CASE("word_marker is any role marker or determiner, and nothing else", "[grammar][bodies]") {
    for (const auto* s : {"giao cho", "đề nghị", "phối hợp với", "báo cáo", "tham mưu cho", "các", "tất cả các", "toàn thể"})
        CHECK(match<b::word_marker>(s).matched);
    for (const auto* s : {"chủ trì", "giáo dục", "cáo", "phối", "sở tư pháp", "ban tổ chức", ""})
        CHECK_FALSE(match<b::word_marker>(s).matched);
    CHECK(match<b::word_marker>("các sở").rest == " sở");
}

TEST_CASE("compound heads keep their verb-like second word", "[grammar][bodies]") {
    CHECK(matches_all<b::standing_head>("ban tổ chức"));
    CHECK(matches_all<b::standing_head>("ủy ban kiểm tra"));
    CHECK(matches_all<b::standing_head>("ban chỉ đạo"));
    CHECK(matches_all<b::standing_head>("ban tuyên giáo"));
    CHECK(matches_all<b::standing_head>("ban cán sự đảng"));
    CHECK(match<b::standing_head>("ban thường vụ đảng ủy khối").rest == " đảng ủy khối");
    CHECK(match<b::standing_head>("ban chấp hành trung ương đảng").rest == " đảng");
}

TEST_CASE("state and mass organisations are heads", "[grammar][bodies]") {
    CHECK(matches_all<b::standing_head>("ủy ban nhân dân"));
    CHECK(matches_all<b::standing_head>("hội đồng nhân dân"));
    CHECK(matches_all<b::standing_head>("mặt trận tổ quốc"));
    CHECK(matches_all<b::standing_head>("đoàn thanh niên"));
    CHECK(matches_all<b::standing_head>("liên đoàn lao động"));
    CHECK(matches_all<b::standing_head>("hội cựu chiến binh"));
    CHECK(matches_all<b::standing_head>("bộ chỉ huy quân sự"));
    CHECK(matches_all<b::standing_head>("thủ tướng chính phủ"));
    CHECK(match<b::standing_head>("công an tỉnh").rest == " tỉnh");
    CHECK(matches_all<b::standing_head>("văn phòng"));
}

TEST_CASE("named, generic and person heads", "[grammar][bodies]") {
    CHECK(match<b::named_head>("sở tư pháp").rest == " tư pháp");
    CHECK(match<b::named_head>("bộ giáo dục và đào tạo").rest == " giáo dục và đào tạo");
    CHECK(matches_all<b::named_head>("trung tâm"));
    CHECK(matches_all<b::generic_head>("cơ quan"));
    CHECK(matches_all<b::generic_head>("tổ chức cơ sở đảng"));
    CHECK(matches_all<b::person_head>("chủ tịch"));
    CHECK(matches_all<b::person_head>("cán bộ phụ trách"));
    CHECK(matches_all<b::abbreviation>("ubnd"));
    CHECK(matches_all<b::abbreviation>("đuk"));
    CHECK(match<b::body_start>("các cấp ủy cơ sở").rest == " cơ sở");
    CHECK(match<b::body_start>("ubkt đuk").rest == " đuk");
}

TEST_CASE("role markers and field labels", "[grammar][bodies]") {
    CHECK(matches_all<b::lead_marker>("chủ trì"));
    CHECK(matches_all<b::support_marker>("phối hợp với"));
    CHECK(matches_all<b::support_marker>("phối hợp chặt chẽ với"));
    CHECK(match<b::support_marker>("phối hợp các cơ quan").rest == " các cơ quan");
    CHECK(matches_all<b::report_marker>("báo cáo"));
    CHECK(matches_all<b::report_direction>("gửi về"));
    CHECK(matches_all<b::advise_marker>("tham mưu cho"));
    CHECK(matches_all<b::assign_marker>("giao cho"));
    CHECK(matches_all<b::field_lead>("cơ quan chủ trì:"));
    CHECK(matches_all<b::field_lead>("đơn vị chủ trì thực hiện: "));
    CHECK(matches_all<b::field_lead>("đơn vị chủ trì tham mưu thực hiện:"));
    CHECK(matches_all<b::field_support>("cơ quan phối hợp:"));
    CHECK(matches_all<b::field_support>("đơn vị phối hợp thực hiện:"));
}

TEST_CASE("predicate words, qualifiers and separators", "[grammar][bodies]") {
    CHECK(match<b::predicate_word>("chỉ đạo triển khai").rest == " triển khai");
    CHECK(matches_all<b::predicate_word>("có trách nhiệm"));
    CHECK(matches_all<b::predicate_word>("đôn đốc"));
    CHECK(matches_all<b::predicate_word>("căn cứ"));
    CHECK(matches_all<b::qualifier>("có liên quan"));
    CHECK(matches_all<b::qualifier>("cấp xã"));
    CHECK(matches_all<b::qualifier>("trực thuộc"));
    CHECK(matches_all<b::list_separator>(", "));
    CHECK(matches_all<b::list_separator>(" và "));
    CHECK(matches_all<b::list_separator>(", và "));
    CHECK(matches_all<b::name_dash>(" - "));
}

TEST_CASE("look-alike words are not heads or markers", "[grammar][bodies]") {
    // A head ends at a word boundary: `công tác`, `đoàn kết`, `hội nghị` start
    // with no head, and `báo cáo` / `hội nghị` are left to the capital check.
    CHECK_FALSE(match<b::standing_head>("công tác").matched);
    CHECK_FALSE(match<b::standing_head>("đảng viên").matched);
    CHECK_FALSE(match<b::standing_head>("văn hóa").matched);
    CHECK_FALSE(match<b::named_head>("sởi").matched);
    CHECK_FALSE(match<b::named_head>("bội chi").matched);
    CHECK_FALSE(match<b::generic_head>("cơ cấu").matched);
    CHECK_FALSE(match<b::person_head>("chủ trì").matched);
    CHECK_FALSE(match<b::abbreviation>("ubnds").matched);
    CHECK_FALSE(match<b::lead_marker>("chủ trương").matched);
    CHECK_FALSE(match<b::support_marker>("phối hợpx").matched);
    CHECK_FALSE(match<b::report_marker>("báo chí").matched);
    CHECK_FALSE(match<b::field_lead>("cơ quan chủ trì có trách nhiệm").matched);
    CHECK_FALSE(match<b::field_support>("phối hợp với sở").matched);
    CHECK_FALSE(match<b::qualifier>("cấp ủy").matched);
    CHECK_FALSE(match<b::predicate_word>("khối").matched);
    CHECK_FALSE(match<b::predicate_word>("tổ quốc").matched);
    CHECK_FALSE(match<b::determiner>("cách").matched);
    CHECK_FALSE(match<b::list_separator>("; ").matched);
}
