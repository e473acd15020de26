// validate: every rule fires on its planted defect (samples/validate/<rule>.bad.txt)
// and stays quiet on the clean counterpart (<rule>.good.txt), plus the
// behaviours the samples do not pin down: columns, order, options.
#include "validate/validate.hpp"
#include "text/text.hpp"
#include "vnplan.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace vnplan;

namespace {

std::string read_sample(const std::string& name) {
    std::ifstream in(std::string(VNPLAN_SOURCE_DIR) + "/samples/validate/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<model::diagnostic> check(std::string_view text, const validate::options& opt = {}) {
    auto r = parse_document(text, "t.txt");
    REQUIRE(r.doc.has_value());
    return validate::run(*r.doc, r.lines, opt);
}

std::vector<model::diagnostic> of_rule(const std::vector<model::diagnostic>& all, std::string_view rule) {
    std::vector<model::diagnostic> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const auto& d) { return d.rule == rule; });
    return out;
}

validate::options everything() {
    validate::options o;
    o.enable.insert("all");
    return o;
}

// A clean program header and signature around a body.
std::string program(std::string_view body) {
    return std::string("ĐẢNG ỦY KHỐI CƠ QUAN TỈNH\n"
                       "Số 05-CTr/ĐUK\n"
                       "Sơn Hà, ngày 10 tháng 1 năm 2024\n"
                       "CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
                       "thực hiện Nghị quyết nhiệm kỳ 2020 - 2025\n") +
           std::string(body) + "\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn Bình\n";
}

}  // namespace

TEST_CASE("every rule fires on its bad sample and not on its good one") {
    for (const auto& r : validate::rules()) {
        DYNAMIC_SECTION(r.id) {
            const auto bad = read_sample(std::string(r.id) + ".bad.txt");
            const auto good = read_sample(std::string(r.id) + ".good.txt");
            REQUIRE(!bad.empty());
            REQUIRE(!good.empty());
            CHECK(!of_rule(check(bad, everything()), r.id).empty());
            CHECK(of_rule(check(good, everything()), r.id).empty());
            // With the default rules a good sample is clean through and through.
            CHECK(check(good).empty());
        }
    }
}

TEST_CASE("the rule table has stable ids, a summary and documentation for each rule") {
    std::vector<std::string> ids;
    for (const auto& r : validate::rules()) {
        ids.emplace_back(r.id);
        CHECK(!r.summary.empty());
        CHECK(r.documentation.size() > r.summary.size());
        CHECK(validate::find_rule(r.id) == &r);
    }
    for (auto id : {"missing-deadline", "missing-body", "numbering-gap", "numbering-duplicate", "numbering-order",
                    "numbering-style", "duplicate-block", "invalid-date", "deadline-before-issue",
                    "deadline-after-term", "broken-line", "unclassified-line", "mixed-tone-style", "missing-meta"})
        CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
    auto sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
}

TEST_CASE("columns count code points and point at the text, not the indent") {
    const auto found = check(program("II. NHIỆM VỤ, GIẢI PHÁP\n"
                                     "1. Ban Tổ chức Đảng ủy Khối\n"
                                     "\t  - Rà soát quy hoạch cán bộ của các chi bộ trực thuộc.\n"));
    const auto d = of_rule(found, "missing-deadline");
    REQUIRE(d.size() == 1);
    CHECK(d[0].line == 8);
    CHECK(d[0].column == 4);  // tab, two spaces, then the bullet
    const auto late = of_rule(check(program("II. NHIỆM VỤ, GIẢI PHÁP\n"
                                            "1. Ban Tổ chức Đảng ủy Khối chủ trì rà soát, hoàn thành trước ngày 31/12/2023.\n")),
                              "deadline-before-issue");
    REQUIRE(late.size() == 1);
    // "1. Ban Tổ chức Đảng ủy Khối chủ trì rà soát, " is 45 code points (more bytes).
    CHECK(late[0].column == 46);
}

TEST_CASE("a deadline written with the spaces Word leaves is found where it starts, on a line of any length") {
    // Two spaces inside the deadline: its text (spaces collapsed) is not in
    // the line as written, only in its fold.
    const auto late = of_rule(check(program("II. NHIỆM VỤ, GIẢI PHÁP\n"
                                            "1. Ban Tổ chức chủ trì rà soát, hoàn thành trước  ngày 31/12/2023.\n")),
                              "deadline-before-issue");
    REQUIRE(late.size() == 1);
    CHECK(late[0].column == 33);  // "1. Ban Tổ chức chủ trì rà soát, " is 32 code points: at `hoàn`
    // One paragraph of a thousand such deadlines, each found where it is
    // written: every search had folded the whole paragraph again, and a few
    // thousand of them on one line took seconds.
    std::string paragraph = "1. Các sở rà soát văn bản.";
    for (int i = 0; i < 1000; ++i)
        paragraph += " Lần " + std::to_string(i) + " xong trước  ngày " + std::to_string(1 + i % 28) + "/" +
                     std::to_string(1 + i / 28 % 12) + "/" + std::to_string(2000 + i / 336) + ".";
    const auto all = of_rule(check(program("II. NHIỆM VỤ\n" + paragraph + "\n")), "deadline-before-issue");
    REQUIRE(all.size() == 1000);
    // Each where it is written, not where the first of its words is.
    std::size_t from = 0;
    for (const auto& d : all) {
        from = paragraph.find("xong trước  ngày", from);
        REQUIRE(from != std::string::npos);
        CHECK(d.column == text::code_points(paragraph.substr(0, from)) + 1);
        ++from;
    }
}

TEST_CASE("the deadlines of a task that runs over many lines are each shown on their own line") {
    std::string task = "1. Ban Tổ chức chủ trì rà soát các việc sau đây của năm\n";
    for (int i = 0; i < 300; ++i) task += "trước ngày " + std::to_string(i % 28 + 1) + "/6/2023 việc số " + std::to_string(i) + ",\n";
    const auto late = of_rule(check(program("II. NHIỆM VỤ, GIẢI PHÁP\n" + task)), "deadline-before-issue");
    // The heading states the first of them too (it is checked there, once);
    // then one finding on each line, though the dates repeat every 28 lines.
    REQUIRE(late.size() == 301);
    for (std::size_t i = 1; i < late.size(); ++i) {
        CHECK(late[i].line == late[0].line + static_cast<int>(i));
        CHECK(late[i].column == 1);
    }
}

TEST_CASE("a deadline written twice in a task is shown where each is written") {
    const std::string task = "1. Ban Tổ chức chủ trì rà soát trước ngày 30/6/2023; Ban Dân vận báo cáo trước ngày 30/6/2023.";
    const auto late = of_rule(check(program("II. NHIỆM VỤ, GIẢI PHÁP\n" + task + "\n")), "deadline-before-issue");
    REQUIRE(late.size() == 2);
    const auto first = task.find("trước ngày");
    CHECK(late[0].column == text::code_points(task.substr(0, first)) + 1);
    CHECK(late[1].column == text::code_points(task.substr(0, task.find("trước ngày", first + 1))) + 1);
}

TEST_CASE("findings are sorted by line, column and rule") {
    const auto found = check(read_sample("numbering-style.bad.txt"), everything());
    REQUIRE(found.size() >= 2);
    CHECK(std::is_sorted(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return std::tie(a.line, a.column, a.rule) < std::tie(b.line, b.column, b.rule);
    }));
    // Deterministic: the same input gives the same findings.
    const auto again = check(read_sample("numbering-style.bad.txt"), everything());
    REQUIRE(again.size() == found.size());
    for (std::size_t i = 0; i < found.size(); ++i) CHECK(again[i].message == found[i].message);
}

TEST_CASE("the document's term counts as a deadline only when assumed") {
    const auto body = program("II. NHIỆM VỤ, GIẢI PHÁP\n1. Ban Tổ chức Đảng ủy Khối\n- Rà soát quy hoạch cán bộ.\n");
    const auto plain = of_rule(check(body), "missing-deadline");
    REQUIRE(plain.size() == 1);
    CHECK(plain[0].message.find("2020-2025") != std::string::npos);
    validate::options o;
    o.assume_term_deadline = true;
    CHECK(of_rule(check(body, o), "missing-deadline").empty());
}

TEST_CASE("numbering: a gap, a late start, an order slip and a repeat are told apart") {
    const auto found = check(program("I. NHIỆM VỤ, GIẢI PHÁP\n"
                                     "2. Ban Tổ chức chủ trì việc một, hoàn thành trong năm 2024.\n"
                                     "4. Ban Tổ chức chủ trì việc hai, hoàn thành trong năm 2024.\n"
                                     "3. Ban Tổ chức chủ trì việc ba, hoàn thành trong năm 2024.\n"
                                     "3. Ban Tổ chức chủ trì việc bốn, hoàn thành trong năm 2024.\n"));
    const auto gap = of_rule(found, "numbering-gap");
    REQUIRE(gap.size() == 1);
    CHECK(gap[0].line == 7);
    CHECK(gap[0].message == "the list starts at '2.': 1. is missing, renumber the list");
    const auto order = of_rule(found, "numbering-order");
    REQUIRE(order.size() == 1);
    CHECK(order[0].line == 9);
    const auto dup = of_rule(found, "numbering-duplicate");
    REQUIRE(dup.size() == 1);
    CHECK(dup[0].line == 10);
    CHECK(dup[0].message.find("first on line 9") != std::string::npos);
}

TEST_CASE("letters follow the Vietnamese alphabet: đ) after d), no f)") {
    const auto found = check(program("I. NHIỆM VỤ, GIẢI PHÁP\n"
                                     "a) Ban Tổ chức chủ trì việc một, hoàn thành trong năm 2024.\n"
                                     "b) Ban Tổ chức chủ trì việc hai, hoàn thành trong năm 2024.\n"
                                     "c) Ban Tổ chức chủ trì việc ba, hoàn thành trong năm 2024.\n"
                                     "d) Ban Tổ chức chủ trì việc bốn, hoàn thành trong năm 2024.\n"
                                     "đ) Ban Tổ chức chủ trì việc năm, hoàn thành trong năm 2024.\n"
                                     "e) Ban Tổ chức chủ trì việc sáu, hoàn thành trong năm 2024.\n"));
    CHECK(of_rule(found, "numbering-gap").empty());
    CHECK(of_rule(found, "numbering-order").empty());
}

TEST_CASE("dates that do not exist, in every way they are written") {
    const auto found = of_rule(check(program("II. NHIỆM VỤ, GIẢI PHÁP\n"
                                             "1. Ban A chủ trì việc một, hoàn thành trước ngày 30 tháng 2 năm 2024.\n"
                                             "2. Ban A chủ trì việc hai, hoàn thành trong tháng 13/2024.\n"
                                             "3. Ban A chủ trì việc ba, hoàn thành trong Quý V năm 2024.\n"
                                             "4. Ban A chủ trì việc bốn, hoàn thành trước ngày 29/02/2023.\n"
                                             "5. Ban A chủ trì việc năm, hoàn thành trước ngày 29/02/2024.\n")),
                               "invalid-date");
    std::vector<int> lines;
    for (const auto& d : found) lines.push_back(d.line);
    CHECK(lines == std::vector<int>{7, 8, 9, 10});  // 2024 is a leap year: line 11 is fine
    // One finding for one date, not one per pattern that reads it.
    CHECK(found[0].message.find("'ngày 30 tháng 2 năm 2024'") != std::string::npos);
}

TEST_CASE("dates in any case, with the spaces Word leaves, and where a date is not one") {
    const auto found = of_rule(check(program("II. NHIỆM VỤ, GIẢI PHÁP\n"
                                             "1. Ban A chủ trì việc một, hoàn thành trước NGÀY 31 THÁNG 4.\n"
                                             "2. Ban A chủ trì việc hai, hoàn thành trong tháng\u00A013\u2009năm 2024.\n"
                                             "3. Ban A chủ trì việc ba, hoàn thành trong quý iv năm 2024.\n"
                                             "4. Ban A chủ trì việc bốn, hoàn thành trong quý vi năm 2024.\n"
                                             "5. Ban A chủ trì việc năm, theo Văn bản 1/31/12/2024 và mục 31/12/20245.\n"
                                             "6. Ban A chủ trì việc sáu, hoàn thành trong Quý Va.\n"
                                             "7. Ban A chủ trì việc bảy, hoàn thành trước ngày ３１ tháng ２ năm ２０２４, gồm 5 việc.\n")),
                               "invalid-date");
    std::vector<int> lines;
    for (const auto& d : found) lines.push_back(d.line);
    // Line 9 (`quý iv`) is the fourth quarter in lower case; line 11 holds
    // numbers that go on past a date; line 12's `Va` is a word; line 13's
    // fullwidth digits are not read as a date (and stop nothing).
    CHECK(lines == std::vector<int>{7, 8, 10});
    REQUIRE(found.size() == 3);
    CHECK(found[0].column == 45);  // code points, as every column
    CHECK(found[0].message.find("'NGÀY 31 THÁNG 4'") != std::string::npos);
    CHECK(found[2].message.find("a year has four quarters") != std::string::npos);
}

TEST_CASE("a block pasted whole repeats one that a page break had split") {
    const std::string block = "1. Ban Tuyên giáo chủ trì biên soạn tài liệu tuyên truyền về Nghị quyết cho cán bộ,\n\n"
                              "đảng viên ở cơ sở, hoàn thành trong Quý III năm 2024.\n"
                              "2. Ban Tổ chức chủ trì rà soát, bổ sung quy hoạch cấp ủy cơ sở, hoàn thành trong năm 2024.\n";
    const std::string copy = "1. Ban Tuyên giáo chủ trì biên soạn tài liệu tuyên truyền về Nghị quyết cho cán bộ, "
                             "đảng viên ở cơ sở, hoàn thành trong Quý III năm 2024.\n"
                             "2. Ban Tổ chức chủ trì rà soát, bổ sung quy hoạch cấp ủy cơ sở, hoàn thành trong năm 2024.\n";
    const auto found = of_rule(check(program("II. NHIỆM VỤ\n" + block + "III. TỔ CHỨC THỰC HIỆN\n" + copy)),
                               "duplicate-block");
    REQUIRE(found.size() == 1);
    CHECK(found[0].line == 12);
    CHECK(found[0].message == "lines 12-13 repeat lines 7-10: remove the pasted copy");
}

TEST_CASE("the formula that opens each body's list is not a repeat") {
    const std::string lead = "Chủ trì phối hợp các cơ quan liên quan tham mưu Ban Chấp hành, Ban Thường vụ Đảng ủy Khối:\n";
    const auto found = check(program("II. NHIỆM VỤ\n1. Ban Tổ chức\n" + lead + "- Rà soát quy hoạch trong năm 2024.\n" +
                                     "2. Ban Tuyên giáo\n" + lead + "- Biên soạn tài liệu trong năm 2024.\n"));
    CHECK(of_rule(found, "duplicate-block").empty());
}

TEST_CASE("a page-break continuation is reported, a field line is not") {
    const auto found = check(program("II. NHIỆM VỤ\n"
                                     "1. Rà soát văn bản quy phạm pháp luật do Hội đồng nhân dân ban hành theo\n"
                                     "\n"
                                     "quy định của Luật.\n"
                                     "\n"
                                     "- Cơ quan chủ trì: Sở Tư pháp.\n"
                                     "\n"
                                     "- Thời gian hoàn thành: Quý II/2024.\n"));
    const auto broken = of_rule(found, "broken-line");
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].line == 9);
    CHECK(of_rule(found, "missing-body").empty());
    CHECK(of_rule(found, "missing-deadline").empty());
}

TEST_CASE("mixed tone placement names the dominant style and the first minority syllable") {
    const auto found = of_rule(check(program("II. NHIỆM VỤ\n"
                                             "1. Ban A chủ trì văn hóa, chuẩn hóa, số hóa, hoàn thành trong năm 2024.\n"
                                             "2. Ban B chủ trì “tự chuyển hoá”, hoàn thành trong năm 2024.\n")),
                               "mixed-tone-style");
    REQUIRE(found.size() == 1);
    CHECK(found[0].line == 8);
    CHECK(found[0].column == 29);  // at 'hoá', past the quote before 'tự' '
    CHECK(found[0].message.find("'hoá'") != std::string::npos);
    CHECK(found[0].message.find("write 'hóa'") != std::string::npos);
}

TEST_CASE("options: defaults, all, a named rule over all, and mistakes") {
    validate::options o;
    CHECK(validate::is_enabled("missing-deadline", o));
    CHECK(!validate::is_enabled("missing-product", o));
    o.disable = {"all"};
    o.enable = {"missing-meta"};
    CHECK(validate::is_enabled("missing-meta", o));
    CHECK(!validate::is_enabled("missing-body", o));
    CHECK(!validate::check_options(o));
    validate::options typo;
    typo.enable = {"misssing-deadline"};
    const auto problem = validate::check_options(typo);
    REQUIRE(problem);
    CHECK(problem->find("did you mean 'missing-deadline'") != std::string::npos);
    validate::options both;
    both.enable = {"broken-line"};
    both.disable = {"broken-line"};
    CHECK(validate::check_options(both));
}

TEST_CASE("the parser's diagnostics come through and can be switched off") {
    const std::string text = "Đây là một công văn không có mục nào được đánh số.\nMọi đoạn đều ở phần mở đầu.\n";
    const auto found = check(text);
    CHECK(of_rule(found, "no-structure").size() == 1);
    validate::options o;
    o.disable = {"no-structure"};
    CHECK(of_rule(check(text, o), "no-structure").empty());
}

TEST_CASE("the seeds validate without trouble") {
    const std::string dir = VNPLAN_SHARED_DIR "/seeds";
    std::ifstream probe(dir + "/001_1169fd0f5005e0d2.txt");
    if (!probe) {
        WARN("seeds not found: skipped");
        return;
    }
    auto r = load_document(dir + "/001_1169fd0f5005e0d2.txt", "001.txt");
    REQUIRE(r.doc.has_value());
    const auto found = validate::run(*r.doc, r.lines, {});
    const auto dup = of_rule(found, "duplicate-block");
    REQUIRE(dup.size() == 1);
    CHECK(dup[0].message == "lines 189-203 repeat lines 171-187: remove the pasted copy");
    const auto repeated = of_rule(found, "numbering-duplicate");
    REQUIRE(!repeated.empty());
    CHECK(repeated[0].line == 199);
}
