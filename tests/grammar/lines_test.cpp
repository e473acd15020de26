#include "grammar/match.hpp"
#include "vnplan/lines.hpp"

#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

namespace g = vnplan::grammar::lines;
using vnplan::test::match;
using vnplan::test::matches_all;

TEST_CASE("the line grammar has no cycles without progress") {
    REQUIRE(tao::pegtl::analyze<g::any_line>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<g::motto>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<g::number_line>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<g::place_date>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<g::signature_head>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<g::kind_line>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<g::recipients_head>(-1) == 0);
}

TEST_CASE("Roman labels: I. I/ I- IV. and what is not one") {
    for (auto s : {"I. MỤC ĐÍCH", "I/ Tán thành", "II- NHIỆM VỤ", "IV. TỔ CHỨC", "XII. KHÁC", "III.", "VI.. X"})
        CHECK(match<g::roman_heading>(s).matched);
    CHECK(match<g::roman_heading>("IV. TỔ CHỨC").rest == "TỔ CHỨC");
    for (auto s : {"V/v triển khai", "I.Tổ chức", "Ikea", "IV", "C. Phần ba", "i. thấp"})
        CHECK_FALSE(match<g::roman_heading>(s).matched);
}

TEST_CASE("dotted labels take one or two digits per component") {
    for (auto s : {"1.1. Đảng ủy Khối", "2.10. Tham gia", "1.2.3 Chi tiết", "2.3.", "1.1 Về tổ chức"})
        CHECK(match<g::dotted_heading>(s).matched);
    CHECK(match<g::dotted_heading>("2.10. Tham gia").rest == "Tham gia");
    for (auto s : {"2.000 đảng viên", "1. Mục đích", "26/8/2020", "1.1.Tổ", "4.0 công nghiệp"})
        CHECK_FALSE(match<g::dotted_heading>(s).matched);
}

TEST_CASE("arabic labels: 1. 1/ 1- and not numbers or dates") {
    for (auto s : {"1. Mục đích", "12. Khác", "1/ Tán thành", "3- Các cấp ủy", "100. Điều cuối"})
        CHECK(match<g::arabic_heading>(s).matched);
    for (auto s : {"1.1. Đảng ủy", "26/8/2020", "1-2%", "100% tổ chức", "03 chương trình", "2025 – 2030", "1.Không cách"})
        CHECK_FALSE(match<g::arabic_heading>(s).matched);
}

TEST_CASE("parenthesised labels: (1) (9). (12):") {
    for (auto s : {"(1) Hàng năm", "(9). Hàng năm", "(12): Khác", "(3)", "(2)Liền"})
        CHECK(match<g::paren_heading>(s).matched);
    for (auto s : {"(a) chữ", "( 1) cách", "(1000) lớn", "1) khác", "(tám) quan điểm"})
        CHECK_FALSE(match<g::paren_heading>(s).matched);
    CHECK(match<g::arabic_paren_heading>("1) Cách khác").matched);
}

TEST_CASE("letter labels follow the Vietnamese alphabet") {
    for (auto s : {"a) Phát huy", "đ) Tiếp tục", "i) Sau h", "v) Sau u", "x) Sau v", "y) Cuối", "(b) Khác", "c. Chấm"})
        CHECK(match<g::letter_heading>(s).matched);
    for (auto s : {"f) Không có", "j) Không có", "w) Không có", "z) Không có", "ab) hai", "v.v... còn", "A) hoa"})
        CHECK_FALSE(match<g::letter_heading>(s).matched);
}

TEST_CASE("upper-case part letters, articles, parts and chapters") {
    for (auto s : {"A. PHẦN MỘT", "B/ Phần hai", "Đ. Năm"}) CHECK(match<g::upper_heading>(s).matched);
    for (auto s : {"A.B", "F. không", "Anh. x"}) CHECK_FALSE(match<g::upper_heading>(s).matched);
    for (auto s : {"Điều 1. Ban hành", "Điều 12: Hiệu lực", "ĐIỀU 3", "Điều 2 Chánh Văn phòng"})
        CHECK(match<g::article_heading>(s).matched);
    for (auto s : {"Điều lệ Đảng", "Điều kiện", "Điều 1000."}) CHECK_FALSE(match<g::article_heading>(s).matched);
    for (auto s : {"Phần I. TÌNH HÌNH", "PHẦN II", "Chương III QUY ĐỊNH CHUNG", "Mục 2. Thủ tục"})
        CHECK(match<g::line_start>(s).matched);
    for (auto s : {"Phần lớn cán bộ", "Mục tiêu chung", "Chương trình hành động"})
        CHECK_FALSE((match<g::part_heading>(s).matched || match<g::division_heading>(s).matched ||
                     match<g::chapter_heading>(s).matched));
}

TEST_CASE("bullets need a space after the mark") {
    for (auto s : {"- Tiếp tục", "– Gạch ngang", "+ Cơ quan phối hợp", "• Chấm", "\xEF\x82\xB7 Symbol"})
        CHECK(match<g::line_start>(s).matched);
    for (auto s : {"-CTrHD/ĐUK", "+5%", "--"}) CHECK_FALSE(match<g::line_start>(s).matched);
}

TEST_CASE("footnote text starts with superscript digits and a space") {
    CHECK(match<g::footnote_text>("¹ Tại trang 167").matched);
    CHECK(match<g::footnote_text>("¹² Hai chữ số").matched);
    CHECK_FALSE(match<g::footnote_text>("¹Liền").matched);
    CHECK_FALSE(match<g::footnote_text>("1 Không phải").matched);
}

TEST_CASE("header lines, matched upper-cased") {
    CHECK(matches_all<g::motto>("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    CHECK(matches_all<g::motto>("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    CHECK(matches_all<g::motto>("ĐỘC LẬP - TỰ DO - HẠNH PHÚC"));
    CHECK(matches_all<g::motto>("ĐẢNG CỘNG SẢN VIỆT NAM"));
    CHECK_FALSE(match<g::motto>("ĐẢNG BỘ KHỐI").matched);

    for (auto s : {"SỐ: 141/KH-UBND", "SỐ 19 -CTRHD/ĐUK", "SỐ 974-CV/ĐU", "SỐ: 12/2025/QĐ-UBND"})
        CHECK(matches_all<g::number_line>(s));
    for (auto s : {"SỐ LƯỢNG ĐẢNG VIÊN", "SỐ 12 NGƯỜI", "SỐ:"}) CHECK_FALSE(match<g::number_line>(s).matched);

    for (auto s : {"TP. HỒ CHÍ MINH, NGÀY 26 THÁNG 10 NĂM 2020", "HÀ NỘI, NGÀY 09 THÁNG 01 NĂM 2025",
                   "BẮC NINH, NGÀY    THÁNG   NĂM 2025"})
        CHECK(matches_all<g::place_date>(s));
    for (auto s : {"NGÀY 26 THÁNG 10 NĂM 2020", "HÀ NỘI, THÁNG 10 NĂM 2020", "HÀ NỘI, NGÀY 26 THÁNG 10"})
        CHECK_FALSE(match<g::place_date>(s).matched);

    for (auto s : {"T/M BAN CHẤP HÀNH", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG", "TM BAN THƯỜNG VỤ"})
        CHECK(matches_all<g::signature_head>(s));
    for (auto s : {"TMĐT", "KTXH PHÁT TRIỂN", "T/M"}) CHECK_FALSE(match<g::signature_head>(s).matched);

    for (auto s : {"CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH", "NGHỊ QUYẾT", "QUYẾT ĐỊNH:", "CHỈ THỊ", "KẾT LUẬN"})
        CHECK(matches_all<g::kind_line>(s));
    for (auto s : {"KẾ HOẠCH SỐ 12", "NGHỊ QUYẾT ĐẠI HỘI", "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA ĐẢNG ỦY"})
        CHECK_FALSE(match<g::kind_line>(s).matched);

    CHECK(matches_all<g::recipients_head>("NƠI NHẬN:"));
    CHECK(matches_all<g::addressee_line>("KÍNH GỬI: CÁC ĐẢNG BỘ"));
    CHECK(matches_all<g::subject_line>("V/V TRIỂN KHAI"));
    CHECK(matches_all<g::subject_line>("VỀ VIỆC THỰC HIỆN KẾ HOẠCH"));
    CHECK_FALSE(match<g::subject_line>("VỀ TỔ CHỨC").matched);
}

TEST_CASE("a number alone after `Số:` and appendix headings") {
    CHECK(matches_all<g::number_head>("SỐ:"));
    CHECK(matches_all<g::number_head>("SỐ"));
    CHECK_FALSE(match<g::number_head>("SỐ: 12/KH").matched);
    CHECK(matches_all<g::bare_number>("2682/QĐ-UBND"));
    CHECK(matches_all<g::bare_number>("19-CTR/ĐUK"));
    CHECK_FALSE(match<g::bare_number>("2682 QĐ").matched);
    CHECK_FALSE(match<g::bare_number>("QĐ-UBND").matched);
    for (auto s : {"PHỤ LỤC", "PHỤ LỤC I", "PHỤ LỤC SỐ 02", "PHỤ LỤC: DANH MỤC NHIỆM VỤ", "PHỤ LỤC 3 DANH MỤC"})
        CHECK(matches_all<g::appendix_line>(s));
    for (auto s : {"PHỤ LỤC KÈM THEO", "PHỤ LỤCX", "CÁC PHỤ LỤC"}) CHECK_FALSE(match<g::appendix_line>(s).matched);
    REQUIRE(tao::pegtl::analyze<g::appendix_line>(-1) == 0);
    REQUIRE(tao::pegtl::analyze<g::bare_number>(-1) == 0);
}
