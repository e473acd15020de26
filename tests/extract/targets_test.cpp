// tests for lib/extract/targets.cpp
#include "extract/targets.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using vnplan::extract::find_targets;
using vnplan::extract::found_target;
using vnplan::extract::span;

namespace {

// The byte range of `needle` in `text`, for building skip spans.
span span_of(std::string_view text, std::string_view needle) {
    const auto at = text.find(needle);
    REQUIRE(at != std::string_view::npos);
    return {at, at + needle.size()};
}

void check_target(const found_target& f, std::string_view text, double value, std::string_view op, std::string_view unit) {
    INFO(f.value.text);
    CHECK(f.value.text == text);
    CHECK(f.value.value == Approx(value));
    CHECK(f.value.op == op);
    CHECK(f.value.unit == unit);
    if (op != "range") CHECK_FALSE(f.value.max.has_value());
}

}  // namespace

TEST_CASE("a sentence with no number has no target") {
    CHECK(find_targets("").empty());
    CHECK(find_targets("Tăng cường công tác kiểm tra, giám sát.").empty());
}

TEST_CASE("seed 001 line 77: a bare 100% and `từ 95% trở lên`") {
    const std::string text =
        "(1) Hàng năm, 100% tổ chức cơ sở đảng có Nghị quyết lãnh đạo cán bộ, đảng viên. Đối với tổ chức cơ sở đảng "
        "trong các cơ quan hành chính nhà nước lãnh đạo đạt tỷ lệ người dân hài lòng với sự phục vụ ở từng lĩnh vực "
        "từ 95% trở lên.";
    const auto found = find_targets(text);
    REQUIRE(found.size() == 2);
    check_target(found[0], "100%", 100, "=", "%");
    check_target(found[1], "từ 95% trở lên", 95, ">=", "%");
    // The span points at the phrase in the original text.
    CHECK(text.substr(found[1].where.begin, found[1].where.end - found[1].where.begin) == "từ 95% trở lên");
}

TEST_CASE("seed 001 line 85: `đạt 95% trở lên` and `xuống dưới 4%`") {
    const auto found = find_targets(
        "(4) Hàng năm, tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 95% trở lên, phần đầu năm sau cao hơn năm "
        "trước, giảm tỷ lệ tổ chức cơ sở đảng không hoàn thành nhiệm vụ xuống dưới 4%.");
    REQUIRE(found.size() == 2);
    check_target(found[0], "đạt 95% trở lên", 95, ">=", "%");
    check_target(found[1], "xuống dưới 4%", 4, "<", "%");
}

TEST_CASE("seed 001 line 87: `ít nhất đạt 98% trở lên` and a decimal comma") {
    const auto found = find_targets(
        "(5) Đảng viên hoàn thành tốt nhiệm vụ hàng năm tỷ lệ ít nhất đạt 98% trở lên, chất lượng ngày càng cao hơn; "
        "giảm tỷ lệ đảng viên không hoàn thành nhiệm vụ xuống dưới 0,4%.");
    REQUIRE(found.size() == 2);
    check_target(found[0], "ít nhất đạt 98% trở lên", 98, ">=", "%");
    check_target(found[1], "xuống dưới 0,4%", 0.4, "<", "%");
}

TEST_CASE("seed 001 line 89: admitting 2.000 members is a count of đảng viên") {
    const auto found = find_targets(
        "(6) Kết nạp 2.000 đảng viên mới, chất lượng ngày càng cao hơn, tỷ lệ đảng viên mới là Đoàn viên Thanh niên "
        "Cộng sản Hồ Chí Minh ưu tú đạt trên 40%.");
    REQUIRE(found.size() == 2);
    check_target(found[0], "Kết nạp 2.000 đảng viên", 2000, "=", "đảng viên");
    check_target(found[1], "đạt trên 40%", 40, ">", "%");
}

TEST_CASE("seed 003 line 35: `trên 90%` and the range `từ 3-4%`, not the term 2025 – 2030") {
    const auto found = find_targets(
        "Đến năm 2025 – 2030: Hằng năm có trên 90% tổ chức cơ sở đảng, đảng viên được đánh giá, xếp loại từ hoàn "
        "thành tốt nhiệm vụ trở lên. Tỷ lệ kết nạp đảng viên mới hằng năm đạt từ 3-4% tổng số đảng viên.");
    REQUIRE(found.size() == 2);
    check_target(found[0], "trên 90%", 90, ">", "%");
    check_target(found[1], "đạt từ 3-4%", 3, "range", "%");
    REQUIRE(found[1].value.max.has_value());
    CHECK(*found[1].value.max == Approx(4));
}

TEST_CASE("seed 004 line 23: the term and the congress number are not targets") {
    const auto found = find_targets(
        "(1) Phấn đấu hoàn thành trên 90% các chỉ tiêu về công tác xây dựng Đảng theo Nghị quyết Đại hội đại biểu Đảng "
        "bộ Thành phố lần thứ XI nhiệm kỳ 2020 - 2025¹.");
    REQUIRE(found.size() == 1);
    check_target(found[0], "trên 90%", 90, ">", "%");
}

TEST_CASE("seed 000 lines 99-100: a rate introduced by `phấn đấu đạt tỷ lệ`, and one after a year") {
    auto found = find_targets(
        "- Đẩy mạnh công tác phát triển đảng viên từ đoàn viên ưu tú. Phấn đấu đạt tỷ lệ 70% đảng viên mới được kết "
        "nạp từ đoàn viên ưu tú.");
    REQUIRE(found.size() == 1);
    check_target(found[0], "Phấn đấu đạt tỷ lệ 70%", 70, "=", "%");
    found = find_targets("Phấn đấu đến năm 2025, bảo đảm 80% cấp ủy cơ sở Đảng có cơ cấu Đoàn Thanh niên.");
    REQUIRE(found.size() == 1);
    check_target(found[0], "80%", 80, "=", "%");
}

TEST_CASE("comparison words set the operator, in any letter case") {
    struct row {
        const char* text;
        double value;
        const char* op;
    };
    for (const auto& r : std::vector<row>{{"Trên 90%", 90, ">"},
                                          {"HƠN 90%", 90, ">"},
                                          {"Đạt 95% trở lên", 95, ">="},
                                          {"Dưới 0,4%", 0.4, "<"},
                                          {"Tối thiểu 15%", 15, ">="},
                                          {"không quá 5%", 5, "<="},
                                          {"tối đa 10%", 10, "<="},
                                          {"không thấp hơn 50%", 50, ">="},
                                          {"có từ 15%", 15, ">="},
                                          {"đạt 50% trở xuống", 50, "<="},
                                          {"100%", 100, "="},
                                          {"12,5%", 12.5, "="}}) {
        const auto found = find_targets(r.text);
        INFO(r.text);
        REQUIRE(found.size() == 1);
        CHECK(found[0].value.value == Approx(r.value));
        CHECK(found[0].value.op == r.op);
        CHECK(found[0].value.unit == "%");
    }
}

TEST_CASE("ranges keep both ends whatever the dash or word between them") {
    for (const char* text : {"3-4%", "3 - 4%", "3 – 4%", "3% - 4%", "từ 3% đến 4%", "tăng bình quân 3 - 4%"}) {
        const auto found = find_targets(text);
        INFO(text);
        REQUIRE(found.size() == 1);
        CHECK(found[0].value.op == "range");
        CHECK(found[0].value.value == Approx(3));
        REQUIRE(found[0].value.max.has_value());
        CHECK(*found[0].value.max == Approx(4));
    }
    const auto found = find_targets("từ 85% đến 90%");
    REQUIRE(found.size() == 1);
    check_target(found[0], "từ 85% đến 90%", 85, "range", "%");
}

TEST_CASE("growth and cuts are targets whose direction stays in the text") {
    const auto found = find_targets("Doanh thu tăng 10%, chi phí giảm 5% so với năm trước.");
    REQUIRE(found.size() == 2);
    check_target(found[0], "tăng 10%", 10, "=", "%");
    check_target(found[1], "giảm 5%", 5, "=", "%");
}

TEST_CASE("counts after a marker carry their noun in lower case") {
    auto found = find_targets("Tổ chức ít nhất 5.000 lượt tuyên truyền.");
    REQUIRE(found.size() == 1);
    check_target(found[0], "ít nhất 5.000 lượt", 5000, ">=", "lượt");

    found = find_targets("Kim ngạch xuất khẩu đạt 2,6 tỷ USD.");
    REQUIRE(found.size() == 1);
    check_target(found[0], "đạt 2,6 tỷ USD", 2.6, "=", "tỷ usd");

    found = find_targets("Dân số đạt 1.500.000 người vào cuối kỳ.");
    REQUIRE(found.size() == 1);
    check_target(found[0], "đạt 1.500.000 người", 1500000, "=", "người");

    found = find_targets("Mỗi đoàn có từ 02 người trở lên.");
    REQUIRE(found.size() == 1);
    check_target(found[0], "từ 02 người trở lên", 2, ">=", "người");

    found = find_targets("Năm 2025 kết nạp 2.000, trong đó 60% là đoàn viên.");
    REQUIRE(found.size() == 2);
    check_target(found[0], "kết nạp 2.000", 2000, "=", "count");
    check_target(found[1], "60%", 60, "=", "%");
}

TEST_CASE("frequencies are counts per period") {
    auto found = find_targets("Chi bộ sinh hoạt chuyên đề 01 lần/quý; Đảng ủy sơ kết 02 lần/năm.");
    REQUIRE(found.size() == 2);
    check_target(found[0], "01 lần/quý", 1, "=", "lần/quý");
    check_target(found[1], "02 lần/năm", 2, "=", "lần/năm");

    found = find_targets("Kiểm tra ít nhất 01 lần / năm.");
    REQUIRE(found.size() == 1);
    check_target(found[0], "ít nhất 01 lần / năm", 1, ">=", "lần/năm");
}

TEST_CASE("numbers of documents, dates, terms and labels are never targets") {
    for (const char* text : {
             "Thực hiện Nghị quyết số 28-NQ/TW ngày 31/12/2020 của Bộ Chính trị.",
             "Căn cứ Luật số 43/2019/QH14 ngày 25 tháng 10 năm 2018.",
             "Quán triệt 08 (tám) quan điểm và 03 chương trình đột phá.",
             "Nghị quyết Đại hội lần thứ VI, nhiệm kỳ 2020 - 2025.",
             "Thực hiện Quy định số 1374 của Ban Thường vụ.",
             "Hoàn thành trước ngày 31/12/2025.",
             "2.3. VỀ NHIỆM VỤ, GIẢI PHÁP CƠ BẢN",
             "Giải quyết trong thời hạn tối đa 03 ngày làm việc.",
             "Có ít nhất 02 năm kinh nghiệm; trẻ em dưới 6 tuổi.",
             "được ít nhất 2/3 tổng số thành viên tán thành.",
         }) {
        INFO(text);
        CHECK(find_targets(text).empty());
    }
}

TEST_CASE("numbers inside skip spans are not targets, but targets beside them are") {
    const std::string text = "Thực hiện Nghị quyết số 95% trở lên, đạt trên 90%.";
    const std::vector<span> skip{span_of(text, "Nghị quyết số 95%")};
    const auto found = find_targets(text, skip);
    REQUIRE(found.size() == 1);
    check_target(found[0], "đạt trên 90%", 90, ">", "%");

    // A reference that ends just before a target does not hide it.
    const std::string text2 = "Theo Kế hoạch số 12-KH/ĐU, 100% chi bộ học tập.";
    const auto found2 = find_targets(text2, {span_of(text2, "Kế hoạch số 12-KH/ĐU")});
    REQUIRE(found2.size() == 1);
    check_target(found2[0], "100%", 100, "=", "%");
}

TEST_CASE("matches never overlap and keep document order") {
    const auto found = find_targets("đạt 95% trở lên 100% trên 90% 3-4% 01 lần/quý");
    REQUIRE(found.size() == 5);
    for (std::size_t i = 1; i < found.size(); ++i) CHECK(found[i - 1].where.end <= found[i].where.begin);
}

TEST_CASE("spans and text come from the original even when lower-casing changes letters") {
    const std::string text = "TỶ LỆ ĐẠT TRÊN 90% VÀ KẾT NẠP 50 ĐẢNG VIÊN.";
    const auto found = find_targets(text);
    REQUIRE(found.size() == 2);
    check_target(found[0], "ĐẠT TRÊN 90%", 90, ">", "%");
    check_target(found[1], "KẾT NẠP 50 ĐẢNG VIÊN", 50, "=", "đảng viên");
}

TEST_CASE("conversion debris and table bars do not hide a target") {
    auto found = find_targets("**100%** chi bộ |95% trở lên| (trên 90%) “dưới 5%”");
    REQUIRE(found.size() == 4);
    check_target(found[0], "100%", 100, "=", "%");
    check_target(found[1], "95% trở lên", 95, ">=", "%");
    check_target(found[2], "trên 90%", 90, ">", "%");
    check_target(found[3], "dưới 5%", 5, "<", "%");
}

TEST_CASE("a letter whose lower case is longer falls back to ASCII lower-casing") {
    // `İ` lowers to two code points, so offsets would drift; `Trên` still matches.
    const std::string text = "İstanbul: Trên 90% hộ dân.";
    const auto found = find_targets(text);
    REQUIRE(found.size() == 1);
    check_target(found[0], "Trên 90%", 90, ">", "%");
}

TEST_CASE("a year after a marker is not a count") {
    CHECK(find_targets("Phấn đấu đạt 2025: hoàn thành.").empty());
    CHECK(find_targets("Kết nạp 2020 - 2025.").empty());
}
