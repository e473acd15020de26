// tests for lib/extract/references.cpp
#include "extract/references.hpp"

#include <catch2/catch.hpp>

#include <string>

using vnplan::extract::find_named_periods;
using vnplan::extract::find_references;
using vnplan::extract::span;

namespace {

std::string cut(std::string_view text, const span& s) { return std::string(text.substr(s.begin, s.end - s.begin)); }

}  // namespace

TEST_CASE("a resolution with its spelled date", "[extract][references]") {
    const std::string text = "Tổ chức quán triệt Nghị quyết số 28-NQ/TW ngày 17 tháng 11 năm 2022 của Bộ Chính trị.";
    const auto r = find_references(text);
    REQUIRE(r.size() == 1);
    CHECK(r[0].value.type == "Nghị quyết");
    CHECK(r[0].value.number == "28-NQ/TW");
    CHECK(r[0].value.date == "2022-11-17");
    CHECK(r[0].value.text == "Nghị quyết số 28-NQ/TW ngày 17 tháng 11 năm 2022 của Bộ Chính trị");
    CHECK(cut(text, r[0].where) == r[0].value.text);
}

TEST_CASE("upper-case and lower-case citations are found alike", "[extract][references]") {
    const auto up = find_references("THỰC HIỆN NGHỊ QUYẾT SỐ 28-NQ/TW NGÀY 17/11/2022");
    REQUIRE(up.size() == 1);
    CHECK(up[0].value.type == "Nghị quyết");
    CHECK(up[0].value.number == "28-NQ/TW");
    CHECK(up[0].value.date == "2022-11-17");
    const auto low = find_references("theo nghị định số 99/2019/NĐ-CP ngày 30/12/2019 của Chính phủ");
    REQUIRE(low.size() == 1);
    CHECK(low[0].value.type == "Nghị định");
    CHECK(low[0].value.number == "99/2019/NĐ-CP");
    CHECK(low[0].value.date == "2019-12-30");
    CHECK(low[0].value.text == "nghị định số 99/2019/NĐ-CP ngày 30/12/2019 của Chính phủ");
}

TEST_CASE("several citations in one sentence", "[extract][references]") {
    const std::string text =
        "Tiếp tục thực hiện Quy định 228-QĐ/TW và Hướng dẫn số 30-HD/BTCTW. Triển khai Kế hoạch số 03-KH/TW³, "
        "Kế hoạch số 99-KH/TU⁴ và Chỉ thị 05-CT/TW.";
    const auto r = find_references(text);
    REQUIRE(r.size() == 5);
    CHECK(r[0].value.type == "Quy định");
    CHECK(r[0].value.number == "228-QĐ/TW");
    CHECK(r[1].value.type == "Hướng dẫn");
    CHECK(r[1].value.number == "30-HD/BTCTW");
    CHECK(r[2].value.number == "03-KH/TW");
    CHECK(r[3].value.number == "99-KH/TU");
    CHECK(r[4].value.type == "Chỉ thị");
    CHECK(r[4].value.number == "05-CT/TW");
    for (const auto& x : r) CHECK_FALSE(x.value.date.has_value());
}

TEST_CASE("a law with its name, number and date", "[extract][references]") {
    const std::string text =
        "Căn cứ Nghị quyết số 29-NQ/TW, Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019, Luật số 34/2018/QH14 sửa đổi, "
        "bổ sung một số điều của Luật Giáo dục đại học;";
    const auto r = find_references(text);
    REQUIRE(r.size() == 3);
    CHECK(r[0].value.number == "29-NQ/TW");
    CHECK(r[1].value.type == "Luật");
    CHECK(r[1].value.text == "Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019");
    CHECK(r[1].value.number == "43/2019/QH14");
    CHECK(r[1].value.date == "2019-06-14");
    CHECK(r[2].value.type == "Luật");
    CHECK(r[2].value.number == "34/2018/QH14");
    // The subject clause of the amending law runs to the `;`.
    CHECK(cut(text, r[2].where) == "Luật số 34/2018/QH14 sửa đổi, bổ sung một số điều của Luật Giáo dục đại học");
}

TEST_CASE("a law cited by name and year has no number", "[extract][references]") {
    const auto r = find_references("Triển khai Luật Nhà ở năm 2023; Bộ luật Lao động năm 2019 và Hiến pháp năm 2013.");
    REQUIRE(r.size() == 3);
    CHECK(r[0].value.type == "Luật");
    CHECK(r[0].value.text == "Luật Nhà ở năm 2023");
    CHECK_FALSE(r[0].value.number.has_value());
    CHECK_FALSE(r[0].value.date.has_value());
    CHECK(r[1].value.type == "Bộ luật");
    CHECK(r[2].value.type == "Hiến pháp");
}

TEST_CASE("law in general is not a citation", "[extract][references]") {
    CHECK(find_references("Tuyên truyền, phổ biến pháp luật năm 2025 cho đoàn viên.").empty());
    CHECK(find_references("Thực hiện đúng quy định của luật, Luật Giáo dục và các văn bản hướng dẫn.").empty());
    CHECK(find_references("Nghiên cứu luật doanh nghiệp năm 2020").empty());  // a name must be written with capitals
}

TEST_CASE("a number split by a page break and rejoined", "[extract][references]") {
    const auto joined = find_references("Quán triệt Nghị quyết số 18- NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương");
    REQUIRE(joined.size() == 1);
    CHECK(joined[0].value.number == "18-NQ/TW");
    const auto stray = find_references("thực hiện Nghị quyết số 27/NQ- TW của Bộ Chính trị");
    REQUIRE(stray.size() == 1);
    CHECK(stray[0].value.number == "27/NQ-TW");
}

TEST_CASE("short numbers are citations only as proper names", "[extract][references]") {
    const auto r = find_references("Nghị quyết 35, Kế hoạch 290-KH/TU gắn với Quy chế 827 của Ban Thường vụ Thành ủy.");
    REQUIRE(r.size() == 3);
    CHECK(r[0].value.number == "35");
    CHECK(r[1].value.number == "290-KH/TU");
    CHECK(r[2].value.type == "Quy chế");
    CHECK(r[2].value.number == "827");
    CHECK(r[2].value.text == "Quy chế 827 của Ban Thường vụ Thành ủy");
    CHECK(find_references("xây dựng kế hoạch 5 năm 2021 - 2025").empty());
    CHECK(find_references("thực hiện nghị quyết 35 của chi bộ").empty());
    CHECK(find_references("Xây dựng Kế hoạch 100 ngày đêm thi đua").empty());
    const auto with_so = find_references("thực hiện quy định số 1374 của Ban Thường vụ Thành ủy;");
    REQUIRE(with_so.size() == 1);
    CHECK(with_so[0].value.number == "1374");
}

TEST_CASE("a date inside the subject is masked up to the end of the clause", "[extract][references]") {
    const std::string text =
        "Tiếp tục thực hiện Chỉ thị 42-CT/TW ngày 24/3/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng "
        "đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ trong giai đoạn 2015 - 2030; "
        "hoàn thành trong năm 2024.";
    const auto r = find_references(text);
    REQUIRE(r.size() == 1);
    CHECK(r[0].value.date == "2015-03-24");
    CHECK(r[0].value.text == "Chỉ thị 42-CT/TW ngày 24/3/2015 của Ban Bí thư");
    const std::string masked = cut(text, r[0].where);
    CHECK(masked.find("2015 - 2030") != std::string::npos);
    CHECK(masked.find("năm 2024") == std::string::npos);
}

TEST_CASE("a quoted subject ends at its closing quote", "[extract][references]") {
    const std::string text =
        "gắn với thực hiện Nghị quyết số 04-NQ/ĐUK ngày 28/5/2021 về “Đẩy mạnh xây dựng, chỉnh đốn Đảng giai đoạn 2021 - 2025” "
        "trong năm 2023";
    const auto r = find_references(text);
    REQUIRE(r.size() == 1);
    CHECK(r[0].value.date == "2021-05-28");
    const std::string masked = cut(text, r[0].where);
    CHECK(masked.substr(masked.size() - 3) == "”");
    CHECK(text.substr(r[0].where.end) == " trong năm 2023");
}

TEST_CASE("a deadline after the citation is left to the deadline reader", "[extract][references]") {
    const std::string text =
        "Tổng kết Nghị quyết số 28-NQ/TW của Bộ Chính trị về đổi mới, hoàn thành trước ngày 31/12/2023.";
    const auto r = find_references(text);
    REQUIRE(r.size() == 1);
    CHECK(cut(text, r[0].where) == "Nghị quyết số 28-NQ/TW của Bộ Chính trị về đổi mới");
    const std::string plain = "Quán triệt Nghị quyết số 21-NQ/TW, ngày 16/6/2022, phấn đấu đến năm 2025 đạt 90%.";
    const auto p = find_references(plain);
    REQUIRE(p.size() == 1);
    CHECK(p[0].value.date == "2022-06-16");
    CHECK(cut(plain, p[0].where) == "Nghị quyết số 21-NQ/TW, ngày 16/6/2022");
}

TEST_CASE("a date that does not exist is no date", "[extract][references]") {
    const auto r = find_references("Kế hoạch số 12-KH/TU ngày 31/02/2024 của Thành ủy");
    REQUIRE(r.size() == 1);
    CHECK(r[0].value.number == "12-KH/TU");
    CHECK_FALSE(r[0].value.date.has_value());
}

TEST_CASE("footnote marks and old spellings do not hide a citation", "[extract][references]") {
    const auto r = find_references("Kết luận số 21-KL/TW² của Ban Chấp hành Trung ương Đảng khoá XIII; Kết luận số 567-KL/TU của Ban Thường vụ Thành uỷ⁵");
    REQUIRE(r.size() == 2);
    CHECK(r[0].value.type == "Kết luận");
    CHECK(r[0].value.number == "21-KL/TW");
    CHECK(r[1].value.number == "567-KL/TU");
    CHECK(r[1].value.text == "Kết luận số 567-KL/TU của Ban Thường vụ Thành uỷ⁵");
}

TEST_CASE("type words with no number are not citations", "[extract][references]") {
    CHECK(find_references("Thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI.").empty());
    CHECK(find_references("Chương trình hành động này được phổ biến đến chi bộ.").empty());
    CHECK(find_references("Đẩy mạnh chuyển đổi văn bản số hóa trong cơ quan").empty());
    CHECK(find_references("Quyết định số .../2025/QĐ-TTg ngày ... tháng ... năm 2025").empty());
}

TEST_CASE("programmes and state types", "[extract][references]") {
    const auto r = find_references(
        "Chương trình hành động số 24-CTr/TU, ngày 15/9/2022 của Ban Chấp hành Đảng bộ tỉnh; Quyết định số 2437/QĐ-TTg "
        "của Thủ tướng Chính phủ; Đề án số 02-ĐA/TU; Thông tư liên tịch số 38/2013/TTLT-BCT-BTC");
    REQUIRE(r.size() == 4);
    CHECK(r[0].value.type == "Chương trình hành động");
    CHECK(r[0].value.number == "24-CTr/TU");
    CHECK(r[0].value.date == "2022-09-15");
    CHECK(r[1].value.type == "Quyết định");
    CHECK(r[1].value.number == "2437/QĐ-TTg");
    CHECK(r[2].value.type == "Đề án");
    CHECK(r[3].value.type == "Thông tư liên tịch");
}

TEST_CASE("named periods: strategies, plans and congresses", "[extract][named_periods]") {
    const std::string text =
        "Thực hiện Chiến lược công tác kiểm tra, giám sát của Đảng đến năm 2030; chuẩn bị tốt Đại hội đại biểu Đảng bộ "
        "tỉnh lần thứ VI, nhiệm kỳ 2020 - 2025.";
    const auto s = find_named_periods(text);
    REQUIRE(s.size() == 2);
    CHECK(cut(text, s[0]) == "Chiến lược công tác kiểm tra, giám sát của Đảng đến năm 2030");
    CHECK(cut(text, s[1]) == "Đại hội đại biểu Đảng bộ tỉnh lần thứ VI, nhiệm kỳ 2020 - 2025");
}

TEST_CASE("named periods: planning with a vision, programmes, documents", "[extract][named_periods]") {
    const std::string plan = "Triển khai Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 gắn với địa phương.";
    auto s = find_named_periods(plan);
    REQUIRE(s.size() == 1);
    CHECK(cut(plan, s[0]) == "Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050");

    const std::string programme =
        "Lồng ghép các nguồn lực của Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 để hỗ trợ.";
    s = find_named_periods(programme);
    REQUIRE(s.size() == 1);
    CHECK(cut(programme, s[0]) == "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025");

    const std::string docs = "Cụ thể hóa Văn kiện Đại hội đại biểu lần thứ XI, nhiệm kỳ 2020-2025 và NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH NHIỆM KỲ 2020 - 2025";
    s = find_named_periods(docs);
    REQUIRE(s.size() == 2);
    CHECK(cut(docs, s[0]) == "Văn kiện Đại hội đại biểu lần thứ XI, nhiệm kỳ 2020-2025");
    CHECK(cut(docs, s[1]) == "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH NHIỆM KỲ 2020 - 2025");
}

TEST_CASE("named periods: the congress's term is not a deadline", "[extract][named_periods]") {
    const std::string text = "Lãnh đạo tổ chức thành công đại hội đảng các cấp nhiệm kỳ 2025 - 2030, hoàn thành trước ngày 30/6/2025.";
    const auto s = find_named_periods(text);
    REQUIRE(s.size() == 1);
    CHECK(cut(text, s[0]) == "đại hội đảng các cấp nhiệm kỳ 2025 - 2030");
}

TEST_CASE("named periods: schedules are left alone", "[extract][named_periods]") {
    CHECK(find_named_periods("Phấn đấu đến năm 2025, bảo đảm 80% cơ sở đảng đạt tiêu chuẩn.").empty());
    CHECK(find_named_periods("Trong giai đoạn 2026 - 2030 phấn đấu kết nạp 500 đảng viên.").empty());
    CHECK(find_named_periods("Thực hiện thắng lợi Nghị quyết Đại hội, phấn đấu đến năm 2025 hoàn thành.").empty());
    CHECK(find_named_periods("Triển khai Kế hoạch này đến năm 2025.").empty());
    CHECK(find_named_periods("Tổ chức thực hiện Chương trình hành động, trong giai đoạn 2026 - 2030 phấn đấu 100%.").empty());
}

TEST_CASE("named periods: the name inside a longer phrase is found", "[extract][named_periods]") {
    const std::string text = "Xây dựng Kế hoạch thực hiện Chiến lược phát triển ngành đến năm 2030, tầm nhìn đến năm 2045.";
    const auto s = find_named_periods(text);
    REQUIRE(s.size() == 1);
    CHECK(cut(text, s[0]) == "Chiến lược phát triển ngành đến năm 2030, tầm nhìn đến năm 2045");
}
