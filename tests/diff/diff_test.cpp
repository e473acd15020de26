#include "diff/diff.hpp"
#include "format/diff.hpp"
#include "vnplan.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace vnplan;

namespace {

model::document parsed(std::string_view text, const std::string& name = "test.txt") {
    auto r = parse_document(text, name);
    REQUIRE(r.doc.has_value());
    return std::move(*r.doc);
}

// A small program in the shape of the real ones; the tests change one thing.
struct program {
    std::string purpose = "I. MỤC ĐÍCH, YÊU CẦU\n"
                          "1. Quán triệt sâu rộng Nghị quyết đến toàn thể cán bộ, đảng viên.\n";
    std::string targets = "II. CHỈ TIÊU\n"
                          "(1) Hằng năm, có 95% trở lên tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.\n"
                          "(2) Kết nạp ít nhất 300 đảng viên mới trong nhiệm kỳ.\n";
    std::string tasks = "III. NHIỆM VỤ, GIẢI PHÁP\n"
                        "1. Công tác chính trị, tư tưởng\n"
                        "- Tổ chức học tập nghị quyết đại hội bằng hình thức phù hợp với từng chi bộ.\n"
                        "- Đẩy mạnh số hóa tài liệu sinh hoạt chi bộ; phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh.\n"
                        "2. Công tác tổ chức, cán bộ\n"
                        "- Kiện toàn các chi bộ trực thuộc trước ngày 31/12/2020.\n"
                        "- Kiểm tra việc thực hiện quy trình kết nạp đảng viên tại các chi bộ cơ sở.\n"
                        "3. Công tác kiểm tra, giám sát\n"
                        "- Xử lý kịp thời, nghiêm minh tổ chức đảng, đảng viên vi phạm.\n";
    std::string implementation = "IV. TỔ CHỨC THỰC HIỆN\n"
                                 "1. Ban Tuyên giáo Đảng ủy Khối\n"
                                 "- Chủ trì tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội.\n"
                                 "2. Văn phòng Đảng ủy Khối\n"
                                 "- Theo dõi, tổng hợp tình hình thực hiện, báo cáo hằng quý.\n";

    std::string text() const {
        return "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\nSố 03-CTr/ĐUK\nSơn Hà, ngày 12 tháng 10 năm 2020\n"
               "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội\n" +
               purpose + targets + tasks + implementation;
    }
};

std::string replaced(std::string s, const std::string& from, const std::string& to) {
    const auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

int count(const diff::result& r, diff::change_op op) {
    int n = 0;
    for (const auto& c : r.changes) n += c.op == op;
    return n;
}

std::string joined(const std::vector<diff::word>& words, char skip) {
    std::string s;
    for (const auto& w : words)
        if (w.op != skip) s += w.text;
    return s;
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string nfd_crlf(const std::string& s) {
    UErrorCode ec = U_ZERO_ERROR;
    const auto* nfd = icu::Normalizer2::getNFDInstance(ec);
    std::string out;
    nfd->normalize(icu::UnicodeString::fromUTF8(s), ec).toUTF8String(out);
    std::string crlf;
    for (char c : out) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    return crlf;
}

std::vector<std::filesystem::path> seeds() {
    std::vector<std::filesystem::path> files;
    const std::filesystem::path dir = VNPLAN_SHARED_DIR "/seeds";
    if (!std::filesystem::is_directory(dir)) return files;
    for (const auto& f : std::filesystem::directory_iterator(dir))
        if (f.path().extension() == ".txt") files.push_back(f.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("a document against itself has no changes") {
    const program p;
    const auto a = parsed(p.text());
    const auto b = parsed(p.text());
    const auto r = diff::compare(a, b);
    CHECK(r.same());
    CHECK(r.changes.empty());
    CHECK(r.meta.empty());
    for (const auto& e : r.sections) {
        CHECK(e.op == diff::section_op::matched);
        CHECK(e.similarity == Approx(1.0));
        CHECK_FALSE(e.renumbered);
    }
}

TEST_CASE("renumbering is not a change") {
    program p;
    program q;
    // A section inserted at the top shifts every number after it.
    q.purpose += "II. QUAN ĐIỂM CHỈ ĐẠO\n1. Bảo đảm sự lãnh đạo thống nhất của Đảng đối với công tác cán bộ.\n";
    q.targets = replaced(q.targets, "II. CHỈ TIÊU", "III. CHỈ TIÊU");
    q.tasks = replaced(q.tasks, "III. NHIỆM VỤ", "IV. NHIỆM VỤ");
    q.implementation = replaced(q.implementation, "IV. TỔ CHỨC", "V. TỔ CHỨC");
    const auto a = parsed(p.text());
    const auto b = parsed(q.text());
    const auto r = diff::compare(a, b);
    CHECK(r.summary.renumbered == 3);
    CHECK(r.summary.sections_added == 2);  // II and its statement II.1
    CHECK(r.summary.added == 1);
    CHECK(r.summary.changed == 0);
    CHECK(r.summary.removed == 0);
    CHECK(r.summary.moved == 0);
    for (const auto& e : r.sections)
        if (e.op == diff::section_op::matched && e.old_section->section->title == "NHIỆM VỤ, GIẢI PHÁP") {
            CHECK(e.renumbered);
            CHECK(e.old_section->section->id == "III");
            CHECK(e.new_section->section->id == "IV");
        }

    SECTION("and renumbering alone leaves the documents the same") {
        program s;
        s.targets = replaced(s.targets, "(1) Hằng", "(5) Hằng");
        s.targets = replaced(s.targets, "(2) Kết", "(6) Kết");
        const auto c = parsed(s.text());
        const auto r2 = diff::compare(a, c);
        CHECK(r2.changes.empty());
        CHECK(r2.summary.renumbered == 2);
        CHECK(r2.same());
    }
}

TEST_CASE("a task moved to another section is moved, once") {
    program p;
    program q;
    const std::string moved = "- Kiểm tra việc thực hiện quy trình kết nạp đảng viên tại các chi bộ cơ sở.\n";
    q.tasks = replaced(q.tasks, moved, "");
    q.tasks += moved;
    const auto a = parsed(p.text());
    const auto b = parsed(q.text());
    const auto r = diff::compare(a, b);
    REQUIRE(r.changes.size() == 1);
    const auto& c = r.changes[0];
    CHECK(c.op == diff::change_op::moved);
    CHECK(c.old_item->section == "III.2");
    CHECK(c.new_item->section == "III.3");
    CHECK(c.words.empty());
    CHECK_FALSE(r.same());

    SECTION("a moved item that also changed is moved, with its words") {
        program s;
        s.tasks = replaced(s.tasks, moved, "");
        s.tasks += replaced(moved, "chi bộ cơ sở", "đảng bộ, chi bộ cơ sở");
        const auto a2 = parsed(p.text());
        const auto b2 = parsed(s.text());
        const auto r2 = diff::compare(a2, b2);
        REQUIRE(r2.changes.size() == 1);
        CHECK(r2.changes[0].op == diff::change_op::moved);
        CHECK(joined(r2.changes[0].words, '-').find("đảng bộ, chi bộ") != std::string::npos);
    }
}

TEST_CASE("a raised target is a target change") {
    program p;
    program q;
    q.targets = replaced(q.targets, "95%", "98%");
    q.targets = replaced(q.targets, "300", "400");
    const auto a = parsed(p.text());
    const auto b = parsed(q.text());
    const auto r = diff::compare(a, b);
    REQUIRE(r.changes.size() == 2);
    for (const auto& c : r.changes) {
        CHECK(c.op == diff::change_op::changed);
        REQUIRE(c.targets.size() == 1);
        REQUIRE(c.targets[0].old_value);
        REQUIRE(c.targets[0].new_value);
    }
    CHECK(r.changes[0].targets[0].old_value->value == 95);
    CHECK(r.changes[0].targets[0].new_value->value == 98);
    CHECK(format::target_summary(*r.changes[0].targets[0].old_value) == "≥ 95%");
    CHECK(r.changes[1].targets[0].old_value->value == 300);
    CHECK(r.changes[1].targets[0].new_value->value == 400);
    const std::vector<diff::word> want{{'=', "Hằng năm, có"}, {'-', " 95%"}, {'+', " 98%"},
                                       {'=', " trở lên tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ."}};
    REQUIRE(r.changes[0].words.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        CHECK(r.changes[0].words[i].op == want[i].op);
        CHECK(r.changes[0].words[i].text == want[i].text);
    }
}

TEST_CASE("a moved deadline is a deadline change") {
    program p;
    program q;
    q.tasks = replaced(q.tasks, "31/12/2020", "30/6/2026");
    const auto a = parsed(p.text());
    const auto b = parsed(q.text());
    const auto r = diff::compare(a, b);
    REQUIRE(r.changes.size() == 1);
    const auto& c = r.changes[0];
    CHECK(c.op == diff::change_op::changed);
    REQUIRE(c.deadlines.size() == 1);
    CHECK(c.deadlines[0].old_value->end == "2020-12-31");
    CHECK(c.deadlines[0].new_value->end == "2026-06-30");
    CHECK(joined(c.words, '+') == c.old_item->item->text);
    CHECK(joined(c.words, '-') == c.new_item->item->text);
}

// The opening of a plan, up to its first section, for the long lists below.
const std::string plan_head = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH LÂM\nSố: 12/KH-UBND\nBình Lâm, ngày 5 tháng 1 năm 2025\n"
                              "KẾ HOẠCH\nI. NHIỆM VỤ\n";

TEST_CASE("a task of thousands of deadlines: the moved ones are changes, past the size of the full table too") {
    const std::string head = plan_head + "1. Các sở rà soát.";
    for (const int count : {300, 2500}) {
        std::string a = head, b = head;
        for (int i = 0; i < count; ++i) {
            const std::string day = std::to_string(i % 28 + 1) + "/" + std::to_string(i / 28 % 12 + 1) + "/" +
                                    std::to_string(2026 + i / 336);
            a += " Việc " + std::to_string(i) + " xong trước ngày " + day + ".";
            if (i % 100 == 50) continue;  // a deadline dropped
            b += " Việc " + std::to_string(i) + " xong trước ngày " + (i % 100 == 10 ? "30/6/2030" : day) + ".";
        }
        const auto r = diff::compare(parsed(a + "\n"), parsed(b + "\n"));
        REQUIRE(r.changes.size() == 1);
        std::size_t moved = 0, dropped = 0;
        for (const auto& d : r.changes[0].deadlines) {
            if (d.old_value && d.new_value) ++moved;
            if (d.old_value && !d.new_value) ++dropped;
            CHECK(d.old_value);  // none added
        }
        INFO(count << " deadlines");
        // Each dropped one sits in the same gap as no moved one: paired with none.
        CHECK(moved == static_cast<std::size_t>(count / 100 + (count % 100 > 10)));
        CHECK(dropped == static_cast<std::size_t>(count / 100 + (count % 100 > 50)));
    }
    // A hundred deadlines put before 2 100 others: added, the others kept.
    std::string a = head, b = head;
    for (int i = 0; i < 100; ++i) b += " Việc mới " + std::to_string(i) + " xong trước ngày " + std::to_string(i % 28 + 1) + "/3/2031.";
    for (int i = 0; i < 2100; ++i) {
        const std::string line = " Việc " + std::to_string(i) + " xong trước ngày " + std::to_string(i % 28 + 1) + "/" +
                                 std::to_string(i / 28 % 12 + 1) + "/" + std::to_string(2026 + i / 336) + ".";
        a += line;
        b += line;
    }
    const auto r = diff::compare(parsed(a + "\n"), parsed(b + "\n"));
    REQUIRE(r.changes.size() == 1);
    std::size_t added = 0, other = 0;
    for (const auto& d : r.changes[0].deadlines) (d.new_value && !d.old_value ? added : other) += 1;
    CHECK(added == 100);
    CHECK(other == 0);
}

TEST_CASE("a section of thousands of items, each changed a little, past the size of the full matrix") {
    const std::string& head = plan_head;
    for (const int count : {200, 2500}) {
        std::string a = head, b = head;
        for (int i = 0; i < count; ++i) {
            const std::string n = std::to_string(i);
            a += "- Sở Ngành " + n + " chủ trì rà soát hồ sơ đợt " + n + ", hoàn thành trong năm 2025.\n";
            if (i % 400 == 5) b += "- Một việc mới của Ban Dân vận, hoàn thành trong năm 2026.\n";
            b += "- Sở Ngành " + n + " chủ trì rà soát hồ sơ đợt " + n + ", hoàn thành trong năm 2026.\n";
        }
        const auto r = diff::compare(parsed(a), parsed(b));
        std::size_t changed = 0, added = 0, other = 0;
        for (const auto& c : r.changes) {
            if (c.op == diff::change_op::changed) ++changed;
            else if (c.op == diff::change_op::added) ++added;
            else ++other;
        }
        INFO(count << " items");
        CHECK(changed == static_cast<std::size_t>(count));
        CHECK(added == static_cast<std::size_t>((count - 6) / 400 + 1));
        CHECK(other == 0);
    }
    // A run of a hundred items added, and later one of a hundred dropped,
    // among 2 500 that each changed a little: stepped over, the rest paired.
    std::string a = head, b = head;
    for (int i = 0; i < 2500; ++i) {
        const std::string n = std::to_string(i);
        if (i == 1000)
            for (int k = 0; k < 100; ++k) b += "- Ban Dân vận tổ chức hội nghị chuyên đề số " + std::to_string(k) + " về dân vận khéo.\n";
        a += "- Sở Ngành " + n + " chủ trì rà soát hồ sơ đợt " + n + ", hoàn thành trong năm 2025.\n";
        if (i >= 2000 && i < 2100) continue;
        b += "- Sở Ngành " + n + " chủ trì rà soát hồ sơ đợt " + n + ", hoàn thành trong năm 2026.\n";
    }
    const auto r = diff::compare(parsed(a), parsed(b));
    std::size_t changed = 0, added = 0, removed = 0;
    for (const auto& c : r.changes) {
        if (c.op == diff::change_op::changed) ++changed;
        if (c.op == diff::change_op::added) ++added;
        if (c.op == diff::change_op::removed) ++removed;
    }
    CHECK(changed == 2400);
    CHECK(added == 100);
    CHECK(removed == 100);
}

TEST_CASE("a renamed body heading changes the lead of the items under it") {
    program p;
    program q;
    q.implementation = replaced(q.implementation, "Ban Tuyên giáo Đảng ủy Khối", "Ban Tuyên giáo và Dân vận Đảng ủy Khối");
    const auto a = parsed(p.text());
    const auto b = parsed(q.text());
    const auto r = diff::compare(a, b);
    CHECK(r.summary.sections_retitled == 1);
    CHECK(r.summary.renumbered == 0);
    REQUIRE(r.changes.size() == 1);
    const auto& c = r.changes[0];
    CHECK(c.op == diff::change_op::changed);
    CHECK(c.words.empty());
    REQUIRE(c.bodies.size() == 1);
    CHECK(c.bodies[0].old_value->name == "Ban Tuyên giáo Đảng ủy Khối");
    CHECK(c.bodies[0].new_value->name == "Ban Tuyên giáo và Dân vận Đảng ủy Khối");
    CHECK(c.bodies[0].new_value->source == "heading");
    CHECK(c.bodies[0].new_value->role == "lead");
}

TEST_CASE("a tone-placement-only edit is no change") {
    program p;
    program q;
    q.tasks = replaced(q.tasks, "số hóa", "số hoá");
    q.tasks = replaced(q.tasks, "Ủy ban Mặt trận", "Uỷ ban Mặt trận");
    // Spelling pairs officials mix freely, and spacing, are no change either.
    q.implementation = replaced(q.implementation, "báo cáo hằng quý", "báo cáo  hàng quí");
    const auto a = parsed(p.text());
    const auto b = parsed(q.text());
    const auto r = diff::compare(a, b);
    CHECK(r.changes.empty());
    CHECK(r.same());
}

TEST_CASE("an added and a removed section") {
    program p;
    program q;
    q.targets = "";  // II. CHỈ TIÊU goes
    q.tasks = replaced(q.tasks, "III. NHIỆM VỤ", "II. NHIỆM VỤ");
    q.implementation = replaced(q.implementation, "IV. TỔ CHỨC", "III. TỔ CHỨC");
    q.implementation += "IV. KIẾN NGHỊ, ĐỀ XUẤT\n1. Đề nghị Tỉnh ủy bố trí kinh phí cho việc số hóa hồ sơ đảng viên.\n";
    const auto a = parsed(p.text());
    const auto b = parsed(q.text());
    const auto r = diff::compare(a, b);
    int added = 0, removed = 0;
    for (const auto& e : r.sections) {
        if (e.op == diff::section_op::added && e.top) {
            ++added;
            CHECK(e.new_section->section->title == "KIẾN NGHỊ, ĐỀ XUẤT");
        }
        if (e.op == diff::section_op::removed && e.top) {
            ++removed;
            CHECK(e.old_section->section->title == "CHỈ TIÊU");
        }
    }
    CHECK(added == 1);
    CHECK(removed == 1);
    CHECK(count(r, diff::change_op::removed) == 2);
    CHECK(count(r, diff::change_op::added) == 1);
    CHECK(count(r, diff::change_op::changed) == 0);
    CHECK(r.summary.renumbered == 2);
    // Removed items stand where they were: between I and NHIỆM VỤ.
    CHECK(r.changes.front().op == diff::change_op::removed);
    CHECK(r.changes.back().op == diff::change_op::added);
}

TEST_CASE("sections are aligned for the best total, not first come") {
    // Two body headings swap places and one is renamed: a greedy pass would
    // pair the first old heading with the first new one.
    program p;
    program q;
    q.implementation = "IV. TỔ CHỨC THỰC HIỆN\n"
                       "1. Văn phòng Đảng ủy Khối\n"
                       "- Theo dõi, tổng hợp tình hình thực hiện, báo cáo hằng quý.\n"
                       "2. Ban Tuyên giáo và Dân vận Đảng ủy Khối\n"
                       "- Chủ trì tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội.\n";
    const auto a = parsed(p.text());
    const auto b = parsed(q.text());
    const auto r = diff::compare(a, b);
    for (const auto& e : r.sections) {
        REQUIRE(e.op == diff::section_op::matched);
        if (e.old_section->section->title == "Văn phòng Đảng ủy Khối")
            CHECK(e.new_section->section->title == "Văn phòng Đảng ủy Khối");
        if (e.old_section->section->title == "Ban Tuyên giáo Đảng ủy Khối")
            CHECK(e.new_section->section->title == "Ban Tuyên giáo và Dân vận Đảng ủy Khối");
    }
    CHECK(r.summary.sections_moved == 0);
    CHECK(r.summary.sections_retitled == 1);
    CHECK(r.summary.renumbered == 2);
}

TEST_CASE("similarity is accent-, case- and tone-insensitive, on syllables") {
    CHECK(diff::text_similarity("Ban Tuyên giáo", "BAN TUYEN GIAO") == Approx(1.0));
    CHECK(diff::text_similarity("Ủy ban Kiểm tra", "Uỷ ban kiểm tra") == Approx(1.0));
    CHECK(diff::text_similarity("Ban Tuyên giáo Đảng ủy Khối", "Ban Tuyên giáo và Dân vận Đảng ủy Khối") ==
          Approx(0.8));
    CHECK(diff::text_similarity("Mục tiêu", "Nhiệm vụ") == Approx(0.0));
}

TEST_CASE("a word diff rebuilds both texts, whichever is longer") {
    const std::string a = "Hoàn thành việc kiện toàn các chi bộ trước ngày 31/12/2020; không để chi bộ thiếu bí thư.";
    const std::string b = "Hoàn thành kiện toàn chi bộ trước ngày 30/6/2026.";
    for (const auto& [x, y] : {std::pair{a, b}, std::pair{b, a}}) {
        const auto w = diff::word_diff(x, y);
        CHECK(joined(w, '+') == x);
        CHECK(joined(w, '-') == y);
        for (std::size_t i = 1; i < w.size(); ++i) CHECK_FALSE((w[i].op == '=' && w[i - 1].op == '='));
    }
    // A lone shared word between two edits goes into the replacement.
    const auto w = diff::word_diff("nhiệm kỳ 2020 - 2025 đã", "nhiệm kỳ 2025 - 2030 đã");
    REQUIRE(w.size() == 4);
    CHECK(w[1].text == " 2020 - 2025");
    CHECK(w[2].text == " 2025 - 2030");
    CHECK(diff::word_diff("số hoá", "số hóa").size() == 1);
}

TEST_CASE("a word diff of long paragraphs aligns their sentences first, and still rebuilds both") {
    std::string a, b;
    for (int i = 0; i < 3000; ++i) {
        const std::string n = std::to_string(i);
        a += "Sở Ngành " + n + " chủ trì, phối hợp với Sở Nội vụ rà soát hồ sơ số " + n + ". ";
        if (i % 500 == 7) continue;  // a sentence dropped now and then
        b += "Sở Ngành " + n + " chủ trì, phối hợp với " + (i % 3 ? "Sở Nội vụ" : "Sở Tài chính") +
             " rà soát hồ sơ số " + n + ". ";
        if (i % 700 == 3) b += "Một câu mới được thêm vào. ";
    }
    a.pop_back();  // a text's last space is not one between words
    b.pop_back();
    for (const auto& [x, y] : {std::pair{a, b}, std::pair{b, a}}) {
        const auto w = diff::word_diff(x, y);
        CHECK(joined(w, '+') == x);
        CHECK(joined(w, '-') == y);
    }
    // Each changed sentence shows its changed words, not the whole of it.
    const auto w = diff::word_diff(a, b);
    std::size_t dropped = 0, words = 0;
    for (const auto& x : w)
        if (x.op == '-') {
            ++dropped;
            words += static_cast<std::size_t>(std::count(x.text.begin(), x.text.end(), ' '));
        }
    CHECK(dropped >= 1000);
    CHECK(words < 3 * dropped + 200);
    // Only the sentences dropped are dropped whole: the others, realigned
    // after them, are kept or changed in a word.
    std::size_t dropped_whole = 0;
    for (const auto& x : w)
        if (x.op == '-' && x.text.find("Ngành") != std::string::npos) ++dropped_whole;
    CHECK(dropped_whole == 6);
    // One sentence too long for one comparison, no stop in it: dropped and
    // added whole, the texts still rebuilt.
    std::string long_a, long_b;
    for (int i = 0; i < 3000; ++i) {
        long_a += " từ" + std::to_string(i);
        long_b += " từ" + std::to_string(i % 2 ? i : i + 1);
    }
    const auto whole = diff::word_diff(long_a, long_b);
    CHECK(joined(whole, '+') == long_a);
    CHECK(joined(whole, '-') == long_b);
}

TEST_CASE("the JSON follows the vnplan-diff/1 contract") {
    program p;
    program q;
    q.tasks = replaced(q.tasks, "31/12/2020", "30/6/2026");
    const auto a = parsed(p.text(), "old.txt");
    const auto b = parsed(q.text(), "new.txt");
    const auto j = format::diff_json(diff::compare(a, b));
    std::vector<std::string> keys;
    for (const auto& [k, v] : j.items()) keys.push_back(k);
    CHECK(keys == std::vector<std::string>{"schema", "old", "new", "summary", "sections", "changes", "meta"});
    CHECK(j["schema"] == "vnplan-diff/1");
    CHECK(j["old"]["path"] == "old.txt");
    for (const auto* k : {"added", "removed", "changed", "moved", "renumbered"}) CHECK(j["summary"].contains(k));
    const auto& c = j["changes"][0];
    CHECK(c["op"] == "changed");
    for (const auto* k : {"id", "section", "line", "text"}) CHECK(c["old"].contains(k));
    CHECK(c["deadlines"][0]["old"]["end"] == "2020-12-31");
    CHECK(c["words"][1]["op"] == "-");
    const auto& s = j["sections"][0];
    for (const auto* k : {"op", "old", "new", "renumbered", "similarity"}) CHECK(s.contains(k));
}

TEST_CASE("the sample pair: what samples/diff-term.CHANGES.md lists") {
    const std::filesystem::path dir = VNPLAN_SOURCE_DIR "/samples";
    const auto a = parsed(slurp(dir / "diff-term-2020-2025.txt"));
    const auto b = parsed(slurp(dir / "diff-term-2025-2030.txt"));
    const auto r = diff::compare(a, b);
    CHECK(r.summary.added == 2);      // S1: the two viewpoints
    CHECK(r.summary.removed == 1);    // T3
    CHECK(r.summary.moved == 1);      // K3
    CHECK(r.summary.changed == 6);    // M4 preamble, T1, T2, K2, B1 on two items
    CHECK(r.summary.renumbered == 3); // S2-S4
    CHECK(r.summary.sections_retitled == 1);  // B1
    CHECK(r.meta.size() == 5);        // M1-M3 (title and term), M5
}

TEST_CASE("a seed against itself, and against its NFD + CRLF copy, is the same") {
    const auto files = seeds();
    if (files.empty()) {
        WARN("no seeds in " VNPLAN_SHARED_DIR "/seeds: skipped");
        return;
    }
    for (const auto& f : files) {
        INFO(f.string());
        const auto bytes = slurp(f);
        const auto a = parsed(bytes);
        const auto b = parsed(bytes);
        const auto t0 = std::chrono::steady_clock::now();
        const auto r = diff::compare(a, b);
        const auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
        CHECK(r.same());
        CHECK(ms < 1000);
        const auto c = parsed(nfd_crlf(bytes));
        CHECK(diff::compare(a, c).same());
    }
}

TEST_CASE("two different seeds differ, and the same way every time") {
    const auto files = seeds();
    if (files.size() < 2) {
        WARN("fewer than two seeds in " VNPLAN_SHARED_DIR "/seeds: skipped");
        return;
    }
    const auto a = parsed(slurp(files[0]), "a.txt");
    const auto b = parsed(slurp(files[1]), "b.txt");
    const auto r = diff::compare(a, b);
    CHECK_FALSE(r.same());
    CHECK(r.summary.added + r.summary.removed + r.summary.changed + r.summary.moved > 0);
    const auto once = format::diff_json(r).dump();
    CHECK(format::diff_json(diff::compare(a, b)).dump() == once);
    // Every item of both is accounted for: matched, added or removed.
    const auto items = [](const model::document& d) {
        int n = static_cast<int>(d.preamble.size());
        auto walk = [&](auto& self, const std::vector<model::section>& v) -> void {
            for (const auto& s : v) {
                n += static_cast<int>(s.items.size());
                self(self, s.children);
            }
        };
        walk(walk, d.sections);
        return n;
    };
    int matched = 0;
    for (const auto& c : r.changes) matched += c.op == diff::change_op::changed || c.op == diff::change_op::moved;
    CHECK(r.summary.removed + matched <= items(a));
    CHECK(r.summary.added + matched <= items(b));
}

TEST_CASE("a section retitled past likeness keeps its subsections, which vouch for it") {
    // The titles share one word of five and their roles differ, so the title
    // pairs nothing; the two subsections under each are the same.
    const std::string subsections = "1. Nâng cao nhận thức của cán bộ, công chức về chuyển đổi số.\n"
                                    "2. Bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước.\n";
    const std::string rest = "II. NHIỆM VỤ TRỌNG TÂM\n"
                             "1. Sở Thông tin và Truyền thông chủ trì xây dựng nền tảng dữ liệu.\n";
    const auto a = parsed("KẾ HOẠCH\nChuyển đổi số năm 2025\nI. MỤC ĐÍCH YÊU CẦU\n" + subsections + rest);
    const auto b = parsed("KẾ HOẠCH\nChuyển đổi số năm 2025\nI. MỤC TIÊU CHUNG CỦA KẾ HOẠCH\n" + subsections + rest);
    const auto r = diff::compare(a, b);
    CHECK(r.summary.sections_retitled == 1);
    CHECK(r.summary.sections_added == 0);
    CHECK(r.summary.sections_removed == 0);
    CHECK(r.summary.sections_moved == 0);
    CHECK(r.summary.moved == 0);
    const auto retitled = std::find_if(r.sections.begin(), r.sections.end(), [](const auto& e) { return e.retitled; });
    REQUIRE(retitled != r.sections.end());
    CHECK(retitled->old_section->section->title == "MỤC ĐÍCH YÊU CẦU");
    CHECK(retitled->new_section->section->title == "MỤC TIÊU CHUNG CỦA KẾ HOẠCH");

    // Subsections that went under two different new sections vouch for none.
    const auto c = parsed("KẾ HOẠCH\nChuyển đổi số năm 2025\nI. MỤC TIÊU CHUNG CỦA KẾ HOẠCH\n"
                          "1. Nâng cao nhận thức của cán bộ, công chức về chuyển đổi số.\n"
                          "II. GIẢI PHÁP KHÁC HẲN\n"
                          "1. Bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước.\n" + rest);
    const auto s = diff::compare(a, c);
    CHECK(std::none_of(s.sections.begin(), s.sections.end(), [](const auto& e) {
        return e.op == diff::section_op::matched && e.old_section && e.old_section->section->title == "MỤC ĐÍCH YÊU CẦU";
    }));
}

TEST_CASE("a replaced title reads [-old-] {+new+} at its start as in its middle") {
    const std::string rest = "1. Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật của tỉnh.\n";
    const auto a = parsed("KẾ HOẠCH\nRà soát văn bản năm 2025\nI. NHIỆM VỤ TRỌNG TÂM\n" + rest +
                          "II. TỔ CHỨC THỰC HIỆN CHUNG\n" + rest);
    const auto b = parsed("KẾ HOẠCH\nRà soát văn bản năm 2025\nI. CÁC GIẢI PHÁP CHỦ YẾU\n" + rest +
                          "II. TỔ CHỨC PHỐI HỢP CHUNG\n" + rest);
    format::diff_options opt;
    const auto text = format::render_diff(diff::compare(a, b), opt);
    CHECK(text.find("[-NHIỆM VỤ TRỌNG TÂM-] {+CÁC GIẢI PHÁP CHỦ YẾU+}") != std::string::npos);
    CHECK(text.find("TỔ CHỨC [-THỰC HIỆN-] {+PHỐI HỢP+} CHUNG") != std::string::npos);
}
