// Tests for lib/extract/bodies.cpp. Sentences come from the seed documents
// (shared/seeds) and from the official corpus.
#include "extract/bodies.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace vnplan::extract;

namespace {

// The canonical names with a given role, in order.
std::vector<std::string> with_role(const std::vector<vnplan::model::body>& bodies, const std::string& role) {
    std::vector<std::string> out;
    for (const auto& b : bodies)
        if (b.role == role) out.push_back(b.canonical);
    return out;
}

}  // namespace

TEST_CASE("X chủ trì, phối hợp với Y, Z: X leads, Y and Z support", "[extract][bodies]") {
    const auto b = find_bodies(
        "Ban Tuyên giáo Đảng ủy Khối chủ trì, phối hợp với Văn phòng, Ủy ban kiểm tra Đảng ủy Khối đôn đốc, theo dõi việc "
        "xây dựng kế hoạch; báo cáo Ban Thường vụ tiến độ, kết quả triển khai.");
    CHECK(with_role(b, "lead") == std::vector<std::string>{"Ban Tuyên giáo Đảng ủy Khối"});
    CHECK(with_role(b, "support") == std::vector<std::string>{"Văn phòng", "Ủy ban Kiểm tra Đảng ủy Khối"});
    CHECK(with_role(b, "report_to") == std::vector<std::string>{"Ban Thường vụ"});
    REQUIRE(b.size() == 4);
    CHECK(b[2].name == "Ủy ban kiểm tra Đảng ủy Khối");  // the name as written
    CHECK(b[0].source == "text");
}

TEST_CASE("a paragraph that names thousands of bodies names each once, in order", "[extract][bodies]") {
    std::string text = "Sở Tư pháp chủ trì, phối hợp với ";
    std::vector<std::string> expected;
    for (int i = 0; i < 3000; ++i) {
        const std::string name = "Sở Ngành " + std::to_string(i % 2000);  // the last thousand repeat
        text += (i ? ", " : "") + name;
        if (i < 2000) expected.push_back(name);
    }
    text += ".";
    const auto b = find_bodies(text);
    CHECK(with_role(b, "lead") == std::vector<std::string>{"Sở Tư pháp"});
    CHECK(with_role(b, "support") == expected);
}

TEST_CASE("a subject at the start of the text leads", "[extract][bodies]") {
    CHECK(with_role(find_bodies("- Đảng ủy Khối chủ trì tọa đàm các vấn đề về hội nhập quốc tế"), "lead") ==
          std::vector<std::string>{"Đảng ủy Khối"});
    CHECK(with_role(find_bodies("2. Ban Thường vụ Đảng ủy Khối chỉ đạo triển khai thực hiện các nội dung Nghị quyết."), "lead") ==
          std::vector<std::string>{"Ban Thường vụ Đảng ủy Khối"});
    CHECK(with_role(find_bodies("Đoàn Thanh niên, Hội Cựu chiến binh Khối lãnh đạo, chỉ đạo các tổ chức đoàn, hội cơ sở"), "lead") ==
          std::vector<std::string>{"Đoàn Thanh niên", "Hội Cựu chiến binh Khối"});
    CHECK(with_role(find_bodies("- Sở Xây dựng: Chủ trì, phối hợp với các bộ, ngành, địa phương có liên quan triển khai"), "lead") ==
          std::vector<std::string>{"Sở Xây dựng"});
}

TEST_CASE("a plural subject and a report later in the text", "[extract][bodies]") {
    const auto b = find_bodies(
        "1. Các cấp ủy cơ sở tổ chức quán triệt, nắm vững Nghị quyết Đại hội đại biểu Đảng bộ Khối lần thứ VI để xây dựng kế "
        "hoạch cụ thể hóa Chương trình hành động của Đảng ủy Khối; báo cáo về Đảng ủy Khối trước ngày 31/12/2020.");
    CHECK(with_role(b, "lead") == std::vector<std::string>{"Cấp ủy cơ sở"});
    CHECK(with_role(b, "report_to") == std::vector<std::string>{"Đảng ủy Khối"});
    CHECK(b.size() == 2);  // `của Đảng ủy Khối` gives no role
}

TEST_CASE("báo cáo kết quả ... về X reports to X", "[extract][bodies]") {
    const auto b = find_bodies(
        "Các đảng bộ, chi bộ trực thuộc triển khai thực hiện nghiêm túc; Báo cáo kết quả thực hiện chủ đề năm 2024 về "
        "Văn phòng Đảng ủy *trước ngày 18 tháng 10 năm 2024.*");
    CHECK(with_role(b, "report_to") == std::vector<std::string>{"Văn phòng Đảng ủy"});
    CHECK(with_role(b, "lead") == std::vector<std::string>{"Đảng bộ, chi bộ trực thuộc"});
}

TEST_CASE("phối hợp với Y alone makes Y support and names no lead", "[extract][bodies]") {
    const auto b = find_bodies("- Phối hợp với Ban Tuyên giáo Đảng ủy Khối nghiên cứu, đổi mới nội dung, phương thức");
    CHECK(with_role(b, "support") == std::vector<std::string>{"Ban Tuyên giáo Đảng ủy Khối"});
    CHECK(with_role(b, "lead").empty());
}

TEST_CASE("a name with `và` is one body, a list splits at heads", "[extract][bodies]") {
    const auto b = find_bodies(
        "- Đảng ủy Khối phối hợp với Ban Cán sự đảng Bộ Giáo dục và Đào tạo, các Bộ, ngành, chỉ đạo cấp ủy các trường "
        "tăng cường sự lãnh đạo");
    CHECK(with_role(b, "lead") == std::vector<std::string>{"Đảng ủy Khối"});
    CHECK(with_role(b, "support") == std::vector<std::string>{"Ban Cán sự đảng Bộ Giáo dục và Đào tạo", "Bộ, ngành"});
    const auto c = find_bodies("c) Phối hợp với Sở Tư pháp và các cơ quan liên quan tổ chức phổ biến các chính sách");
    CHECK(with_role(c, "support") == std::vector<std::string>{"Sở Tư pháp", "Cơ quan liên quan"});
}

TEST_CASE("chủ trì with no subject leaves the lead to the heading", "[extract][bodies]") {
    const auto b = find_bodies("Chủ trì phối hợp các cơ quan liên quan tham mưu Ban Chấp hành Đảng bộ Khối, Ban Thường vụ Đảng ủy Khối:");
    CHECK(with_role(b, "lead").empty());
    CHECK(with_role(b, "support") == std::vector<std::string>{"Cơ quan liên quan"});
    CHECK(with_role(b, "report_to").empty());  // `tham mưu` X gives X no role
}

TEST_CASE("giao X chủ trì makes X the lead", "[extract][bodies]") {
    const auto b = find_bodies(
        "Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với cơ quan, đơn vị liên quan triển khai thực hiện nội dung Quy chế này.");
    CHECK(with_role(b, "lead") == std::vector<std::string>{"Sở Nông nghiệp và Môi trường"});
    CHECK(with_role(b, "support") == std::vector<std::string>{"Cơ quan, đơn vị liên quan"});
}

TEST_CASE("a body in the middle of a clause leads when chủ trì follows it", "[extract][bodies]") {
    const auto b = find_bodies("nhưng cử tri vẫn tiếp tục kiến nghị thì Văn phòng UBND tỉnh chủ trì, phối hợp với cơ quan, đơn vị liên quan rà soát");
    CHECK(with_role(b, "lead") == std::vector<std::string>{"Văn phòng Ủy ban nhân dân tỉnh"});
}

TEST_CASE("names with commas and dashes stay whole", "[extract][bodies]") {
    const auto b = find_bodies("5. Định kỳ hàng năm gửi báo cáo về Bộ Lao động - Thương binh và Xã hội về tình hình thực hiện.");
    CHECK(with_role(b, "report_to") == std::vector<std::string>{"Bộ Lao động - Thương binh và Xã hội"});
    const auto c = bodies_of_list("Sở Văn hóa, Thể thao và Du lịch, Sở Y tế", "support");
    REQUIRE(c.size() == 2);
    CHECK(c[0].canonical == "Sở Văn hóa, Thể thao và Du lịch");
}

TEST_CASE("the issuer of a skipped reference is no body", "[extract][bodies]") {
    const std::string text = "- Đảng ủy Khối phối hợp với Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương";
    const auto at = text.find("Nghị quyết");
    const auto b = find_bodies(text, {span{at, text.size()}});
    CHECK(with_role(b, "lead") == std::vector<std::string>{"Đảng ủy Khối"});
    CHECK(with_role(b, "support").empty());
    const std::string report = "báo cáo Ủy ban nhân dân tỉnh";
    CHECK(find_bodies(report, {span{report.find("Ủy"), report.size()}}).empty());
}

TEST_CASE("text that names no body in a role gives nothing", "[extract][bodies]") {
    CHECK(find_bodies("- Tiếp tục tham mưu việc đẩy mạnh công tác tuyên truyền, nghiên cứu, quán triệt Nghị quyết số 28-NQ/TW.").empty());
    CHECK(find_bodies("Tổ chức hội nghị quán triệt, triển khai Nghị quyết đến toàn thể cán bộ, đảng viên.").empty());
    CHECK(find_bodies("Hội nghị Ban Chấp hành Đảng bộ lần thứ 5 đã thông qua Nghị quyết.").empty());
    CHECK(find_bodies("Báo cáo tình hình thực hiện theo quy định.").empty());
    CHECK(find_bodies("Phối hợp thực hiện các nhiệm vụ được giao.").empty());
    CHECK(find_bodies("").empty());
}

TEST_CASE("spellings of one body have one canonical name", "[extract][bodies]") {
    CHECK(canonical_body("Ủy Ban Kiểm tra Đảng ủy Khối") == "Ủy ban Kiểm tra Đảng ủy Khối");
    CHECK(canonical_body("Uỷ ban kiểm tra Đảng ủy Khối") == "Ủy ban Kiểm tra Đảng ủy Khối");
    CHECK(canonical_body("UBKT ĐUK") == "Ủy ban Kiểm tra Đảng ủy Khối");
    CHECK(canonical_body("BTV ĐUK") == "Ban Thường vụ Đảng ủy Khối");
    CHECK(canonical_body("Đảng ủy khối") == "Đảng ủy Khối");
    CHECK(canonical_body("BAN TỔ CHỨC ĐẢNG ỦY KHỐI") == "Ban Tổ chức Đảng ủy Khối");
    CHECK(canonical_body("SỞ GIÁO DỤC VÀ ĐÀO TẠO") == "Sở Giáo dục và Đào tạo");
    CHECK(canonical_body("UBND các huyện, thành phố") == "Ủy ban nhân dân các huyện, thành phố");
    CHECK(canonical_body("VP Đảng ủy") == "Văn phòng Đảng ủy");
    CHECK(canonical_body("MTTQ tỉnh") == "Mặt trận Tổ quốc tỉnh");
    CHECK(canonical_body("HĐND tỉnh") == "Hội đồng nhân dân tỉnh");
    CHECK(canonical_body("Ban Cán sự đảng Bộ Giáo dục và Đào tạo") == "Ban Cán sự đảng Bộ Giáo dục và Đào tạo");
}

TEST_CASE("a leading các is dropped from the canonical name", "[extract][bodies]") {
    CHECK(canonical_body("Các cấp ủy cơ sở") == "Cấp ủy cơ sở");
    CHECK(canonical_body("các cấp ủy cơ sở") == canonical_body("Cấp ủy cơ sở"));
    CHECK(canonical_body("Các Sở, ngành") == "Sở, ngành");
}

TEST_CASE("a heading that names a body leads its bullets", "[extract][bodies]") {
    const auto b = body_of_heading("1. Ban Tổ chức Đảng ủy Khối");
    REQUIRE(b);
    CHECK(b->name == "Ban Tổ chức Đảng ủy Khối");
    CHECK(b->role == "lead");
    CHECK(b->source == "heading");
    CHECK(body_of_heading("3. Ủy Ban Kiểm tra Đảng ủy Khối")->canonical == "Ủy ban Kiểm tra Đảng ủy Khối");
    CHECK(body_of_heading("4. Cán bộ phụ trách công tác dân vận")->name == "Cán bộ phụ trách công tác dân vận");
    CHECK(body_of_heading("6. Cấp ủy các cơ sở đảng trực thuộc Đảng bộ Khối")->name == "Cấp ủy các cơ sở đảng trực thuộc Đảng bộ Khối");
    CHECK(body_of_heading("1.2. Cấp ủy các trường")->name == "Cấp ủy các trường");
    CHECK(body_of_heading("Đảng ủy Khối"));
    CHECK(body_of_heading("5. Văn phòng Đảng ủy Khối")->name == "Văn phòng Đảng ủy Khối");
    CHECK(body_of_heading("3. Các cấp ủy cơ sở trực thuộc Khối")->canonical == "Cấp ủy cơ sở trực thuộc Khối");
    CHECK(body_of_heading("Công đoàn"));
    CHECK(body_of_heading("Đoàn Thanh niên Cộng sản Hồ Chí Minh")->name == "Đoàn Thanh niên Cộng sản Hồ Chí Minh");
    CHECK(body_of_heading("Hội cựu chiến binh")->canonical == "Hội Cựu chiến binh");
    CHECK(body_of_heading("BAN TỔ CHỨC ĐẢNG ỦY KHỐI")->canonical == "Ban Tổ chức Đảng ủy Khối");
    CHECK(body_of_heading("2. Trách nhiệm của Sở Y tế")->name == "Sở Y tế");
}

TEST_CASE("a heading that names a topic is no body", "[extract][bodies]") {
    CHECK_FALSE(body_of_heading("Lãnh đạo cán bộ, đảng viên thực hiện tốt Nghị quyết"));
    CHECK_FALSE(body_of_heading("1. Mục đích"));
    CHECK_FALSE(body_of_heading("Về tổ chức bộ máy"));
    CHECK_FALSE(body_of_heading("Đổi mới công tác cán bộ"));
    CHECK_FALSE(body_of_heading("III. TỔ CHỨC THỰC HIỆN"));
    CHECK_FALSE(body_of_heading("Tổ chức bộ máy"));
    CHECK_FALSE(body_of_heading("Hội nghị sơ kết"));
    CHECK_FALSE(body_of_heading("Ban hành văn bản"));
    CHECK_FALSE(body_of_heading(""));
}

TEST_CASE("a field value splits into its bodies", "[extract][bodies]") {
    const auto a = bodies_of_list("Sở Nội vụ, UBND các huyện, thành phố", "lead");
    REQUIRE(a.size() == 2);
    CHECK(a[0].name == "Sở Nội vụ");
    CHECK(a[1].name == "UBND các huyện, thành phố");
    CHECK(a[1].canonical == "Ủy ban nhân dân các huyện, thành phố");
    CHECK(a[1].role == "lead");
    const auto b = bodies_of_list("Các Sở, ngành, đơn vị, UBND cấp xã.", "lead");
    REQUIRE(b.size() == 2);
    CHECK(b[0].name == "Các Sở, ngành, đơn vị");
    CHECK(b[1].name == "UBND cấp xã");
    const auto c = bodies_of_list("Sở Tư pháp.", "support");
    REQUIRE(c.size() == 1);
    CHECK(c[0].name == "Sở Tư pháp");
    CHECK(c[0].role == "support");
    const auto d = bodies_of_list("Sở Tư pháp; các cơ quan, đơn vị, địa phương liên quan.", "support");
    REQUIRE(d.size() == 2);
    CHECK(d[1].name == "các cơ quan, đơn vị, địa phương liên quan");
    const auto e = bodies_of_list("Văn phòng Chính phủ, Bộ Tư pháp và các cơ quan có liên quan.", "support");
    CHECK(e.size() == 3);
    CHECK(bodies_of_list("", "lead").empty());
}
