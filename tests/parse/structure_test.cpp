#include "parse/classify.hpp"
#include "parse/parse.hpp"
#include "text/text.hpp"
#include "vnplan.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace vnplan;

namespace {

model::document parsed(std::string_view text) {
    auto r = parse_document(text, "test.txt");
    REQUIRE(r.doc.has_value());
    return std::move(*r.doc);
}

std::vector<const model::section*> flat(const model::document& d) {
    std::vector<const model::section*> out;
    auto walk = [&](auto& self, const std::vector<model::section>& v) -> void {
        for (const auto& s : v) {
            out.push_back(&s);
            self(self, s.children);
        }
    };
    walk(walk, d.sections);
    return out;
}

// Every non-blank line must end up somewhere: metadata, a section title, an
// item, a footnote or a diagnostic.
std::vector<int> lost_lines(const std::string& bytes, const model::document& d) {
    text::source_text src;
    REQUIRE_FALSE(text::decode(bytes, src).has_value());
    std::set<int> seen(d.meta_lines.begin(), d.meta_lines.end());
    for (const auto* s : flat(d)) {
        seen.insert(s->line);
        for (const auto& it : s->items) seen.insert(it.lines.begin(), it.lines.end());
    }
    for (const auto& it : d.preamble) seen.insert(it.lines.begin(), it.lines.end());
    for (const auto& f : d.footnotes) seen.insert(f.line);
    for (const auto& g : d.diagnostics) seen.insert(g.line);
    std::vector<int> lost;
    for (const auto& l : src.lines)
        if (!text::strip_debris(l.raw).empty() && !seen.count(l.number)) lost.push_back(l.number);
    return lost;
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("labels are classified with style, key and ordinal") {
    using parse::classify;
    auto c = classify("1.2. Cấp ủy các trường");
    CHECK(c.kind == parse::line_kind::label);
    CHECK(c.style == "dotted");
    CHECK(c.key == "dotted-2");
    CHECK(c.ordinal == 2);
    CHECK(c.norm == "1.2");
    CHECK(c.rest == "Cấp ủy các trường");
    c = classify("(9). Hàng năm");
    CHECK(c.style == "paren");
    CHECK(c.label == "(9).");
    CHECK(c.ordinal == 9);
    c = classify("đ) Tiếp tục");
    CHECK(c.style == "letter");
    CHECK(c.ordinal == 5);
    c = classify("IV/ Thông qua");
    CHECK(c.style == "roman");
    CHECK(c.ordinal == 4);
    CHECK(classify("IIII. Không hợp lệ").kind == parse::line_kind::text);
    CHECK(classify("- Gạch đầu dòng").kind == parse::line_kind::bullet);
    CHECK(classify("quyết chuyên đề").kind == parse::line_kind::text);
    CHECK(classify("Điều 3. Hiệu lực").style == "article");
    CHECK(parse::roman_value("XIV") == 14);
    CHECK(parse::roman_value("IC") == 0);
}

TEST_CASE("a numbering system seen first under a parent becomes its child level") {
    const auto d = parsed(
        "I. MỤC ĐÍCH\n1. Một\n2. Hai\nII. NHIỆM VỤ\n1. Ba\n1.1. Ban Tổ chức\n- Làm việc.\n1.2. Ban Tuyên giáo\n"
        "2. Bốn\na) Năm\nb) Sáu\n");
    const auto s = flat(d);
    REQUIRE(s.size() == 10);
    CHECK(s[0]->id == "I");
    CHECK(s[1]->id == "I.1");
    CHECK(s[1]->level == 2);
    CHECK(s[5]->id == "II.1.1");
    CHECK(s[5]->level == 3);
    CHECK(s[7]->id == "II.2");
    CHECK(s[8]->id == "II.2.a");
    CHECK(s[8]->level == 3);
    CHECK(s[5]->items.size() == 1);
    CHECK(s[5]->items[0].id == "II.1.1/1");
    CHECK(s[5]->items[0].kind == "task");
}

TEST_CASE("2.1. nests under the open 2. even below a deeper level") {
    const auto d = parsed("1. Một\n(1) Con\n(2) Con\n2. Hai\n2.1. Cháu\n(1) Chắt\n2.2. Cháu hai\n");
    const auto s = flat(d);
    REQUIRE(s.size() == 7);
    CHECK(s[4]->id == "2.1");
    CHECK(s[4]->level == 2);
    CHECK(s[6]->id == "2.2");
    CHECK(s[6]->level == 2);
}

TEST_CASE("a statement heading is also the first item of its section") {
    const auto d = parsed("IV. TỔ CHỨC THỰC HIỆN\n1. Các cấp ủy cơ sở báo cáo về Đảng ủy Khối trước ngày 31/12/2020.\n"
                          "Tiếp theo là đoạn văn.\n2. Ban Tuyên giáo Đảng ủy Khối\n- Theo dõi.\n");
    const auto s = flat(d);
    REQUIRE(s.size() == 3);
    REQUIRE(s[1]->items.size() == 2);
    CHECK(s[1]->items[0].line == 2);
    CHECK(s[1]->items[1].line == 3);
    REQUIRE(s[2]->items.size() == 1);
    CHECK(s[2]->items[0].line == 5);
    CHECK(s[1]->items[0].kind == "task");
    CHECK(s[0]->role == "implementation");
}

TEST_CASE("a numbered line with neither children nor items is its own item") {
    const auto d = parsed("I. NHIỆM VỤ\n2.1. Tập trung lãnh đạo\n2.2. Tổ chức khảo sát\n");
    const auto s = flat(d);
    REQUIRE(s.size() == 3);
    CHECK(s[1]->items.size() == 1);
    CHECK(s[1]->items[0].text == "Tập trung lãnh đạo");
    CHECK(s[0]->items.empty());
}

TEST_CASE("paragraphs split by page breaks are joined, over footnote text") {
    const auto d = parsed(
        "I. NHIỆM VỤ\n- Tăng cường lãnh đạo thực hiện Kế hoạch số 198-KH/TU của Ban Thường vụ Thành ủy về Nghị quyết số 18-\n"
        "\nNQ/TW ngày 25 tháng 10 năm 2017\n- Kịp thời phát hiện hành vi thiếu gương mẫu của cán bộ, đảng\n\n"
        "¹ Kế hoạch số 03-KH/TW ngày 01 tháng 12 năm 2021.\n\nviên, viên chức.\n- Mục mới.\n");
    const auto& items = d.sections.at(0).items;
    REQUIRE(items.size() == 3);
    CHECK(items[0].text.ends_with("Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017"));
    CHECK(items[0].end_line == 4);
    CHECK(items[1].text == "Kịp thời phát hiện hành vi thiếu gương mẫu của cán bộ, đảng viên, viên chức.");
    CHECK(items[1].line == 5);
    CHECK(items[1].end_line == 9);
    REQUIRE(d.footnotes.size() == 1);
    CHECK(d.footnotes[0].mark == "1");
    CHECK(d.footnotes[0].line == 7);
}

TEST_CASE("a bold heading glued to the end of a paragraph is split off") {
    const auto d = parsed("2.2. CHỈ TIÊU\n(9). Hàng năm đạt 95% trở lên. **2.3. VỀ NHIỆM VỤ, GIẢI PHÁP**\n(1) Lãnh đạo\n");
    const auto s = flat(d);
    REQUIRE(s.size() == 4);
    CHECK(s[1]->label == "(9).");
    CHECK(s[1]->line == 2);
    CHECK(s[2]->label == "2.3.");
    CHECK(s[2]->line == 2);
    CHECK(s[2]->title == "VỀ NHIỆM VỤ, GIẢI PHÁP");
    CHECK(s[3]->level == 2);
    CHECK(s[1]->items.at(0).kind == "target");
}

TEST_CASE("field lines belong to the item above") {
    const auto d = parsed("II. NHIỆM VỤ\n1. Rà soát văn bản\n- Thường xuyên rà soát các văn bản.\n"
                          "- Cơ quan chủ trì: Sở Tư pháp.\n+ Cơ quan phối hợp: Sở Nội vụ.\nThời gian hoàn thành: Quý II/2025.\n");
    const auto s = flat(d);
    REQUIRE(s[1]->items.size() == 1);
    const auto& it = s[1]->items[0];
    CHECK(it.line == 3);
    CHECK(it.end_line == 6);
    REQUIRE(it.fields.size() == 3);
    CHECK(it.fields[0] == "Cơ quan chủ trì: Sở Tư pháp.");
    CHECK(parse::field_name("Đơn vị chủ trì thực hiện: Các Sở") == "don vi chu tri thuc hien");
    CHECK(parse::field_name("Nội dung: khác").empty());
}

TEST_CASE("header and footer fill the metadata") {
    const auto d = parsed(
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN HÀ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 87/KH-UBND\nSơn Hà, ngày 14 tháng 4 năm 2025\n\nKẾ HOẠCH\nTriển khai công tác năm 2025\n\n"
        "Thực hiện chỉ đạo của tỉnh, UBND tỉnh ban hành kế hoạch như sau:\nI. MỤC ĐÍCH\n- Bảo đảm tiến độ.\n"
        "Nơi nhận:\n- Sở Tư pháp;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nLê Văn An\n");
    CHECK(d.meta.kind == "ke-hoach");
    CHECK(d.meta.number == "87/KH-UBND");
    CHECK(d.meta.date == "2025-04-14");
    CHECK(d.meta.place == "Sơn Hà");
    CHECK(d.meta.issuer == "ỦY BAN NHÂN DÂN TỈNH SƠN HÀ");
    CHECK(d.meta.title == "Triển khai công tác năm 2025");
    REQUIRE(d.meta.signer.has_value());
    CHECK(d.meta.signer->on_behalf == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH");
    CHECK(d.meta.signer->title == "PHÓ CHỦ TỊCH");
    CHECK(d.meta.signer->name == "Lê Văn An");
    CHECK(d.meta.recipients == std::vector<std::string>{"Sở Tư pháp", "Lưu: VT"});
    REQUIRE(d.preamble.size() == 1);
    CHECK(d.preamble[0].line == 12);
    CHECK(lost_lines(
              "ỦY BAN NHÂN DÂN\nTỈNH SƠN HÀ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 87/KH-UBND\nSơn Hà, ngày 14 tháng 4 năm 2025\n\nKẾ HOẠCH\nTriển khai công tác năm 2025\n\n"
              "Thực hiện chỉ đạo của tỉnh, UBND tỉnh ban hành kế hoạch như sau:\nI. MỤC ĐÍCH\n- Bảo đảm tiến độ.\n"
              "Nơi nhận:\n- Sở Tư pháp;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nLê Văn An\n",
              d)
              .empty());
}

TEST_CASE("the kind comes from the number when no kind line is there") {
    const auto d = parsed("Số 974 -CV/ĐU\nVề việc thực hiện kế hoạch\nKính gửi: Các đảng bộ\nI. MỤC ĐÍCH\n- Một.\n");
    CHECK(d.meta.kind == "cong-van");
    CHECK(d.meta.number == "974-CV/ĐU");
    CHECK(d.meta.title == "thực hiện kế hoạch");
    CHECK(d.meta.addressees == std::vector<std::string>{"Các đảng bộ"});
}

TEST_CASE("a document with no numbered structure parses with a diagnostic") {
    const auto d = parsed("Một đoạn văn.\nHai đoạn văn.\n");
    CHECK(d.sections.empty());
    CHECK(d.preamble.size() == 2);
    REQUIRE_FALSE(d.diagnostics.empty());
    CHECK(d.diagnostics[0].rule == "no-structure");
}

TEST_CASE("no line is lost in any sample or seed") {
    std::vector<std::filesystem::path> files;
    for (const auto* dir : {VNPLAN_SOURCE_DIR "/samples", VNPLAN_SHARED_DIR "/seeds"}) {
        if (!std::filesystem::is_directory(dir)) continue;
        for (const auto& f : std::filesystem::directory_iterator(dir))
            if (f.path().extension() == ".txt") files.push_back(f.path());
    }
    if (files.empty()) {
        WARN("no samples or seeds found: skipped");
        return;
    }
    for (const auto& f : files) {
        const auto bytes = slurp(f);
        auto r = parse_document(bytes, f.string());
        REQUIRE(r.doc.has_value());
        INFO(f.string());
        CHECK(lost_lines(bytes, *r.doc) == std::vector<int>{});
    }
}

TEST_CASE("the number may stand on the line after `Số:`") {
    const auto d = parsed("ỦY BAN NHÂN DÂN\nTỈNH SƠN HÀ\nSố:\n2682/QĐ-UBND\nSơn Hà, ngày 20 tháng 11 năm 2025\n"
                          "QUYẾT ĐỊNH\nVề việc công bố thủ tục\nĐiều 1. Công bố kèm theo Quyết định này.\n");
    CHECK(d.meta.number == "2682/QĐ-UBND");
    CHECK(d.meta.kind == "quyet-dinh");
    CHECK(d.meta.date == "2025-11-20");
}

TEST_CASE("an appendix after the signature is a section of its own") {
    const std::string text =
        "KẾ HOẠCH\nThử nghiệm\nI. NHIỆM VỤ\n1. Rà soát thủ tục.\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
        "Nguyễn Văn An\nPHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n1. Cập nhật cơ sở dữ liệu.\n2. Tập huấn cán bộ.\n";
    const auto d = parsed(text);
    REQUIRE(d.sections.size() == 2);
    const auto& a = d.sections[1];
    CHECK(a.style == "appendix");
    CHECK(a.label == "PHỤ LỤC I");
    CHECK(a.line == 10);
    CHECK(a.children.size() == 2);
    CHECK(d.meta.signer->name == "Nguyễn Văn An");
    CHECK(lost_lines(text, d).empty());
    // A title in capitals after the signature starts an unlabelled appendix.
    const auto e = parsed("I. NHIỆM VỤ\n1. Một.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTRẦN VĂN BÌNH\nDANH MỤC VĂN BẢN\n1. Văn bản A.\n");
    REQUIRE(e.sections.size() == 2);
    CHECK(e.meta.signer->name == "TRẦN VĂN BÌNH");
    CHECK(e.sections[1].title == "DANH MỤC VĂN BẢN");
    CHECK(e.sections[1].children.size() == 1);
}

TEST_CASE("a signature without T/M, endnotes and an attached program after it") {
    const std::string text =
        "CHÍNH PHỦ\nSố: 03/NQ-CP\nHà Nội, ngày 09 tháng 01 năm 2025\nNGHỊ QUYẾT\nBan hành Chương trình hành động\n"
        "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.\nNơi nhận:\n- Các Bộ;\n- Lưu: VT,\nTH (2b).\n"
        "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nPhạm Văn Minh\n[1] Nghị quyết số 57-NQ/TW ngày 22/12/2024.\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ Thực hiện Nghị quyết số 57-NQ/TW\n(Kèm theo Nghị quyết số 03/NQ-CP)\n"
        "I. MỤC TIÊU\n1. Tổ chức thực hiện đầy đủ.\n";
    const auto d = parsed(text);
    REQUIRE(d.meta.signer.has_value());
    CHECK(d.meta.signer->on_behalf == "TM. CHÍNH PHỦ");
    CHECK(d.meta.signer->title == "THỦ TƯỚNG");
    CHECK(d.meta.signer->name == "Phạm Văn Minh");
    CHECK(d.meta.recipients == std::vector<std::string>{"Các Bộ", "Lưu: VT", "TH (2b)"});
    REQUIRE(d.footnotes.size() == 1);
    CHECK(d.footnotes[0].mark == "1");
    REQUIRE(d.sections.size() == 2);
    CHECK(d.sections[1].label == "I.");
    CHECK(d.sections[1].level == 1);
    CHECK(d.meta.title == "Ban hành Chương trình hành động");
    CHECK(lost_lines(text, d).empty());
    // K/T, and the title and the name on one line.
    const auto e = parsed("I. NHIỆM VỤ\n1. Một.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC Hoàng Văn Quang\n");
    REQUIRE(e.meta.signer.has_value());
    CHECK(e.meta.signer->on_behalf == "K/T TRƯỞNG BAN");
    CHECK(e.meta.signer->title == "PHÓ TRƯỞNG BAN THƯỜNG TRỰC");
    CHECK(e.meta.signer->name == "Hoàng Văn Quang");
}

TEST_CASE("repeated labels get unique ids, in linear time") {
    // A file of one label repeated 100 000 times: the ids must stay unique
    // (II, II~2, ...) without a search over every id seen so far.
    std::string text;
    for (int i = 0; i < 100000; ++i) text += "II/ Thông qua\n";
    const auto d = parsed(text);
    REQUIRE(d.sections.size() == 100000);
    CHECK(d.sections[0].id == "II");
    CHECK(d.sections[1].id == "II~2");
    CHECK(d.sections.back().id == "II~100000");
}
