// tests for lib/query/query.hpp: every operator and field, evaluated on
// documents parsed from strings and on samples/*.txt, NFD included; and the
// errors, each with its column.
#include "query/query.hpp"

#include "format/items.hpp"
#include "vnplan.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace query = vnplan::query;

namespace {

// Lines 8..16 hold the items (kinds and bodies in the comments of the tests
// below); the parser reads them as:
//    8  purpose  refers to 09-NQ/TU
//   10  target   > 90 %, recurring yearly
//   11  target   < 0,4 %
//   13  task     lead Ban Tuyên giáo, support Văn phòng, before 2025-06-30, 28-NQ/TW
//   14  task     lead Uỷ ban Kiểm tra (old tone style), report to Ban Thường vụ, within 2026
//   15  task     lead Ban Tổ chức, no deadline
//   16  task     lead Các chi bộ cơ sở, recurring quarterly (`hằng quý`)
const char* const plan_text =
    "ĐẢNG BỘ TỈNH BÌNH LÂM\n"
    "ĐẢNG ỦY KHỐI DOANH NGHIỆP\n"
    "Số 12-CTr/ĐUK\n"
    "Bình Lâm, ngày 05 tháng 3 năm 2025\n"
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
    "thực hiện Nghị quyết số 09-NQ/TU\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Quán triệt sâu sắc Nghị quyết số 09-NQ/TU đến cán bộ, đảng viên.\n"
    "II. CHỈ TIÊU\n"
    "1. Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.\n"
    "2. Tỷ lệ đảng viên không hoàn thành nhiệm vụ dưới 0,4%.\n"
    "III. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Ban Tuyên giáo Đảng ủy Khối chủ trì, phối hợp với Văn phòng Đảng ủy Khối tổ chức hội nghị quán triệt Nghị "
    "quyết số 28-NQ/TW, hoàn thành trước ngày 30/6/2025.\n"
    "2. Uỷ ban Kiểm tra Đảng ủy Khối chủ trì kiểm tra việc thực hiện, báo cáo Ban Thường vụ Đảng ủy Khối trong năm "
    "2026.\n"
    "3. Ban Tổ chức Đảng ủy Khối chủ trì rà soát mô hình tổ chức đảng trong các doanh nghiệp.\n"
    "4. Các chi bộ cơ sở tổ chức sinh hoạt chuyên đề hằng quý.\n";

const vnplan::model::document& plan() {
    static const auto doc = [] {
        auto r = vnplan::parse_document(plan_text, "plan.txt");
        REQUIRE(r.doc);
        return *r.doc;
    }();
    return doc;
}

using lines = std::vector<int>;

// The lines of the items of `doc` that `expr` matches, in reading order.
lines matching(const vnplan::model::document& doc, std::string_view expr) {
    const auto c = query::compile(expr);
    INFO("expression: " << expr << (c.error ? " error: " + c.error->message : ""));
    REQUIRE(c.expression);
    lines out;
    for (const auto& r : query::rows_of(doc))
        if (query::evaluate(*c.expression, r)) out.push_back(r.item->line);
    return out;
}

lines on_plan(std::string_view expr) { return matching(plan(), expr); }

query::error error_of(std::string_view expr) {
    const auto c = query::compile(expr);
    INFO("expression: " << expr);
    REQUIRE_FALSE(c.expression);
    REQUIRE(c.error);
    return *c.error;
}

const lines all_items{8, 10, 11, 13, 14, 15, 16};

std::string replace(std::string s, std::string_view from, std::string_view to) {
    const auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

std::vector<std::filesystem::path> sample_files() {
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::directory_iterator(std::string(VNPLAN_SOURCE_DIR) + "/samples"))
        if (e.path().extension() == ".txt") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

vnplan::model::document load(const std::filesystem::path& p) {
    auto r = vnplan::load_document(p.string(), p.filename().string());
    INFO(p.string() << ": " << r.error);
    REQUIRE(r.doc);
    return std::move(*r.doc);
}

}  // namespace

TEST_CASE("the test plan parses as the comments say", "[query]") {
    REQUIRE(on_plan("line > 0") == all_items);
    REQUIRE(on_plan("kind = task") == lines{13, 14, 15, 16});
}

TEST_CASE("rows_of lists the items in the same order as format::flatten", "[query]") {
    const auto rows = query::rows_of(plan());
    const auto flat = vnplan::format::flatten(plan());
    REQUIRE(rows.size() == flat.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CHECK(rows[i].item == flat[i].item);
        CHECK(rows[i].section == flat[i].section);
        CHECK(rows[i].section_title == flat[i].section_title);
        CHECK(rows[i].file == flat[i].file);
    }
}

TEST_CASE("contains (~) ignores case, accents and tone placement", "[query]") {
    CHECK(on_plan("lead ~ \"ban tuyen giao\"") == lines{13});
    CHECK(on_plan("lead ~ \"BAN TUYÊN GIÁO\"") == lines{13});
    CHECK(on_plan("lead ~ \"tuyên\"") == lines{13});
    // The document writes `Uỷ` (old style); both styles and no accents find it.
    CHECK(on_plan("lead ~ \"Ủy ban kiểm tra\"") == lines{14});
    CHECK(on_plan("lead ~ \"Uỷ ban kiểm tra\"") == lines{14});
    CHECK(on_plan("lead ~ \"uy ban kiem tra\"") == lines{14});
    CHECK(on_plan("text ~ \"hoi nghi quan triet\"") == lines{13});
    // `đ` has no decomposition: it folds to `d` by hand.
    CHECK(on_plan("text ~ \"dang vien\"") == lines{8, 11});
    // The i/y spelling pairs: `quý` = `quí`, and `hằng` = `hàng` once accents go.
    CHECK(on_plan("text ~ \"hàng quí\"") == lines{16});
    CHECK(on_plan("text ~ \"\"") == all_items);
}

TEST_CASE("= and != compare folded text: case and tone placement ignored, accents kept", "[query]") {
    CHECK(on_plan("kind = task") == lines{13, 14, 15, 16});
    CHECK(on_plan("kind == TASK") == lines{13, 14, 15, 16});
    CHECK(on_plan("kind = \"target\"") == lines{10, 11});
    CHECK(on_plan("lead = \"Ban Tuyên Giáo Đảng Ủy Khối\"") == lines{13});
    CHECK(on_plan("lead = \"ban tuyen giao dang uy khoi\"").empty());
    CHECK(on_plan("lead = \"Ủy ban Kiểm tra Đảng ủy Khối\"") == lines{14});
    CHECK(on_plan("lead = \"Ban Tuyên giáo\"").empty());  // = is the whole name
    CHECK(on_plan("kind != task") == lines{8, 10, 11});
    // On a list, != means that no element equals: items without a lead match.
    CHECK(on_plan("lead != \"Ban Tổ chức Đảng ủy Khối\"") == lines{8, 10, 11, 13, 14, 16});
}

TEST_CASE("=~ is an ICU regex on the NFC text, with an i flag", "[query]") {
    CHECK(on_plan("text =~ \"^Ban\"") == lines{13, 15});
    CHECK(on_plan("text =~ \"^ban\"").empty());
    CHECK(on_plan("text =~ \"^ban\"i") == lines{13, 15});
    CHECK(on_plan("text =~ \"^BAN T.{2}\"i") == lines{13, 15});
    // Backslashes other than \" and \\ reach ICU as written.
    CHECK(on_plan("text =~ \"\\d{2}-NQ\"") == lines{8, 13});
    CHECK(on_plan(R"(text =~ "\\d{2}-NQ")") == lines{8, 13});    // `\\` is one backslash
    CHECK(on_plan(R"(text =~ "\\\\d")").empty());  // the regex `\\d`: a backslash, then d
    CHECK(on_plan("reference.number =~ \"NQ/TW$\"") == lines{13});
    CHECK(on_plan("lead =~ \"Tuyên giáo\"") == lines{13});
}

TEST_CASE("a regex that backtracks without end fails the query instead of hanging it", "[query]") {
    auto r = vnplan::parse_document("KẾ HOẠCH\nI. NHIỆM VỤ\n1. Rà soát " + std::string(40, 'a') + ".\n", "a.txt");
    REQUIRE(r.doc);
    const auto c = query::compile("text =~ \"(a*)*b\"");
    REQUIRE(c.expression);
    const auto rows = query::rows_of(*r.doc);
    REQUIRE_FALSE(rows.empty());
    CHECK_THROWS_AS(query::evaluate(*c.expression, rows.front()), query::too_slow);
    // The same pattern on a text it settles fast is no error.
    CHECK_FALSE(query::evaluate(*query::compile("text =~ \"(x*)*b\"").expression, rows.front()));
}

TEST_CASE("numbers: = != < <= > >=, a decimal point or comma, a per cent sign", "[query]") {
    CHECK(on_plan("line = 13") == lines{13});
    CHECK(on_plan("line != 13") == lines{8, 10, 11, 14, 15, 16});
    CHECK(on_plan("line >= 14") == lines{14, 15, 16});
    CHECK(on_plan("line > 14") == lines{15, 16});
    CHECK(on_plan("line < 10") == lines{8});
    CHECK(on_plan("line <= 10") == lines{8, 10});
    CHECK(on_plan("end_line < 9") == lines{8});
    CHECK(on_plan("target.value > 50") == lines{10});
    CHECK(on_plan("target.value >= 90%") == lines{10});
    CHECK(on_plan("target.value = 0,4") == lines{11});
    CHECK(on_plan("target.value = 0.4") == lines{11});
    CHECK(on_plan("target.value < 0,4").empty());
    CHECK(on_plan("target.value <= 0.40") == lines{11});
    CHECK(on_plan("target.max").empty());
    CHECK(on_plan("deadline.quarter").empty());
}

TEST_CASE("dates: a day, a month or a year stands for its span of days", "[query]") {
    CHECK(on_plan("deadline.end <= 2025-06-30") == lines{13});
    CHECK(on_plan("deadline.end = 30/6/2025") == lines{13});
    CHECK(on_plan("deadline.end < 30/6/2025").empty());
    CHECK(on_plan("deadline.end <= 6/2025") == lines{13});
    CHECK(on_plan("deadline.end = 6/2025") == lines{13});
    CHECK(on_plan("deadline.end = 2025-06") == lines{13});
    CHECK(on_plan("deadline.end < 6/2025").empty());
    // A year: `<= 2025` is on or before 2025-12-31, `< 2025` before 2025-01-01.
    CHECK(on_plan("deadline.end <= 2025") == lines{13});
    CHECK(on_plan("deadline.end < 2025").empty());
    CHECK(on_plan("deadline.end > 2025") == lines{14});
    CHECK(on_plan("deadline.end >= 2026") == lines{14});
    CHECK(on_plan("deadline.start = 2026") == lines{14});
    CHECK(on_plan("deadline.start >= 1/1/2026") == lines{14});
    CHECK(on_plan("deadline.start > 1/1/2026").empty());
    // != is `not =`: items with no end at all match too.
    CHECK(on_plan("deadline.end != 2025") == lines{8, 10, 11, 14, 15, 16});
    CHECK(on_plan("reference.date").empty());
}

TEST_CASE("a field alone asks whether it has a value", "[query]") {
    CHECK(on_plan("deadline") == lines{10, 13, 14, 16});
    CHECK(on_plan("not deadline") == lines{8, 11, 15});
    CHECK(on_plan("lead") == lines{13, 14, 15, 16});
    CHECK(on_plan("not lead") == lines{8, 10, 11});
    CHECK(on_plan("support") == lines{13});
    CHECK(on_plan("report_to") == lines{14});
    CHECK(on_plan("body") == lines{13, 14, 15, 16});
    CHECK(on_plan("target") == lines{10, 11});
    CHECK(on_plan("reference") == lines{8, 13});
    CHECK(on_plan("reference.number") == lines{8, 13});
    CHECK(on_plan("product").empty());
    CHECK(on_plan("section") == all_items);
    CHECK(on_plan("line") == all_items);
    CHECK(on_plan("deadline.end") == lines{13, 14});
    CHECK(on_plan("deadline.recurrence") == lines{10, 16});
}

TEST_CASE("the document's term does not count as a deadline of the item's own", "[query]") {
    auto doc = plan();
    vnplan::model::item* found = nullptr;
    vnplan::model::for_each_section(doc.sections, [&](auto& s) {
        for (auto& i : s.items)
            if (i.line == 15) found = &i;
    });
    REQUIRE(found);
    auto& it = *found;
    it.deadlines.push_back({"nhiệm kỳ 2025 - 2030", "period", "2025-01-01", "2030-12-31", {}, {}, {}, "document"});
    CHECK(matching(doc, "not deadline") == lines{8, 11, 15});
    CHECK(matching(doc, "deadline.source = document") == lines{15});
    CHECK(matching(doc, "deadline.end = 2030") == lines{15});
}

TEST_CASE("every field reads what its name says", "[query]") {
    CHECK(on_plan("section = III.2") == lines{14});
    CHECK(on_plan("section = \"iii.2\"") == lines{14});
    CHECK(on_plan("section ~ III") == lines{13, 14, 15, 16});
    CHECK(on_plan("title ~ \"nhiem vu\"") == lines{10, 11});
    CHECK(on_plan("section_title ~ \"nhiem vu\"") == lines{10, 11});
    CHECK(on_plan("id = \"III.1/1\"") == lines{13});
    CHECK(on_plan("file = plan.txt") == all_items);
    CHECK(on_plan("file ~ other").empty());
    CHECK(on_plan("kind = purpose") == lines{8});
    CHECK(on_plan("body ~ \"van phong\"") == lines{13});
    CHECK(on_plan("support ~ \"văn phòng\"") == lines{13});
    CHECK(on_plan("report_to ~ \"thuong vu\"") == lines{14});
    CHECK(on_plan("lead ~ \"chi bo\"") == lines{16});
    CHECK(on_plan("deadline ~ \"30/6/2025\"") == lines{13});
    CHECK(on_plan("deadline.text ~ \"quý\"") == lines{16});
    CHECK(on_plan("deadline.kind = before") == lines{13});
    CHECK(on_plan("deadline.kind = recurring") == lines{10, 16});
    CHECK(on_plan("deadline.recurrence = quarterly") == lines{16});
    CHECK(on_plan("deadline.source = text") == lines{10, 13, 14, 16});
    CHECK(on_plan("target ~ \"90%\"") == lines{10});
    CHECK(on_plan("target.text ~ \"0,4\"") == lines{11});
    CHECK(on_plan("target.unit = \"%\"") == lines{10, 11});
    CHECK(on_plan("target.op = \"<\"") == lines{11});
    CHECK(on_plan("reference = 28-NQ/TW") == lines{13});
    CHECK(on_plan("reference ~ \"09-nq\"") == lines{8});
    CHECK(on_plan("reference.text ~ \"nghi quyet so 28\"") == lines{13});
    CHECK(on_plan("reference.type = \"Nghị quyết\"") == lines{8, 13});
    CHECK(on_plan("reference.number = \"09-NQ/TU\"") == lines{8});
    CHECK(on_plan("LEAD ~ \"tuyen\"") == lines{13});  // field names in any ASCII case
}

TEST_CASE("precedence: not binds tighter than and, and tighter than or", "[query]") {
    CHECK(on_plan("kind = task and lead ~ ban or kind = purpose") == lines{8, 13, 14, 15});
    CHECK(on_plan("kind = purpose or kind = task and lead ~ ban") == lines{8, 13, 14, 15});
    CHECK(on_plan("kind = task and (lead ~ tuyen or kind = purpose)") == lines{13});
    CHECK(on_plan("not kind = task and line > 9") == lines{10, 11});
    CHECK(on_plan("not (kind = task and line > 13)") == lines{8, 10, 11, 13});
    CHECK(on_plan("not not deadline") == on_plan("deadline"));
    CHECK(on_plan("KIND = task AND NOT deadline OR line = 8") == lines{8, 15});
    CHECK(on_plan("((kind = target))") == lines{10, 11});
}

TEST_CASE("long chains and deep nesting stay within limits", "[query]") {
    std::string chain = "line > 0";
    for (int i = 0; i < 2000; ++i) chain += " and line > 0";
    CHECK(on_plan(chain) == all_items);
    std::string nested = std::string(150, '(') + "lead" + std::string(150, ')');
    CHECK(on_plan(nested) == lines{13, 14, 15, 16});
    const auto e = error_of(std::string(300, '(') + "lead" + std::string(300, ')'));
    CHECK(e.message == "the expression is nested too deeply (more than 200 levels)");
    CHECK(e.column == 201);
    std::string nots;
    for (int i = 0; i < 300; ++i) nots += "not ";
    CHECK(error_of(nots + "lead").column == 801);
}

TEST_CASE("an NFD document and an NFD literal fold the same as NFC", "[query][nfd]") {
    // "Ban Tuyên giáo" and "Uỷ ban" with combining marks (U+0302, U+0301, U+0309).
    const std::string nfd_doc =
        replace(replace(plan_text, "Ban Tuyên giáo", "Ban Tuye\xCC\x82n gia\xCC\x81o"), "Uỷ ban", "Uy\xCC\x89 ban");
    REQUIRE(nfd_doc != plan_text);
    auto r = vnplan::parse_document(nfd_doc, "nfd.txt");
    REQUIRE(r.doc);
    CHECK(matching(*r.doc, "lead ~ \"ban tuyen giao\"") == lines{13});
    CHECK(matching(*r.doc, "lead ~ \"Ủy ban\"") == lines{14});
    CHECK(matching(*r.doc, "lead ~ \"Tuye\xCC\x82n gia\xCC\x81o\"") == lines{13});
    CHECK(on_plan("lead ~ \"Tuye\xCC\x82n gia\xCC\x81o\"") == lines{13});
    CHECK(on_plan("lead ~ \"U\xCC\x89y ban\"") == lines{14});
    CHECK(on_plan("lead = \"Ban Tuye\xCC\x82n gia\xCC\x81o \xC4\x90" "a\xCC\x89ng u\xCC\x89y Kho\xCC\x82\xCC\x81i\"") == lines{13});
    CHECK(on_plan("text =~ \"gia\xCC\x81o\"") == lines{13});
    // Columns count code points of the NFC expression.
    const auto e = error_of("text ~ \"gia\xCC\x81o\" and leed");
    CHECK(e.column == 19);
    CHECK(query::compile("text ~ \"gia\xCC\x81o\"").source == "text ~ \"giáo\"");
}

TEST_CASE("samples: queries agree with the model they read", "[query][samples]") {
    const auto any_task = query::compile("kind = task");
    const auto no_deadline = query::compile("not deadline");
    const auto accents = query::compile("lead ~ \"Ủy ban nhân dân\" or lead ~ \"Ban Tuyên giáo\"");
    const auto plain = query::compile("lead ~ \"uy ban nhan dan\" or lead ~ \"ban tuyen giao\"");
    const auto old_tone = query::compile("lead ~ \"UỶ BAN NHÂN DÂN\" or lead ~ \"BAN TUYÊN GIÁO\"");
    REQUIRE((any_task.expression && no_deadline.expression && accents.expression && plain.expression &&
             old_tone.expression));
    int found = 0;
    for (const auto& path : sample_files()) {
        const auto doc = load(path);
        INFO(path.filename().string());
        for (const auto& r : query::rows_of(doc)) {
            CHECK(query::evaluate(*any_task.expression, r) == (r.item->kind == "task"));
            const bool own = std::any_of(r.item->deadlines.begin(), r.item->deadlines.end(),
                                         [](const auto& d) { return d.source != "document"; });
            CHECK(query::evaluate(*no_deadline.expression, r) == !own);
            const bool a = query::evaluate(*accents.expression, r);
            CHECK(query::evaluate(*plain.expression, r) == a);
            CHECK(query::evaluate(*old_tone.expression, r) == a);
            found += a;
        }
    }
    CHECK(found > 0);
}

TEST_CASE("samples: known items are found, the NFD sample included", "[query][samples]") {
    const std::string dir = std::string(VNPLAN_SOURCE_DIR) + "/samples/";
    const auto nfd = load(dir + "nfd-crlf-plan.txt");
    // Line 35 is led by `Uỷ ban nhân dân thị trấn`, written in NFD.
    const auto uy = matching(nfd, "lead ~ \"Ủy ban nhân dân thị trấn\"");
    CHECK(uy == lines{35});
    CHECK(matching(nfd, "lead ~ \"U\xCC\x89y ban nha\xCC\x82n da\xCC\x82n\"") == lines{35});
    CHECK(matching(nfd, "lead ~ \"uy ban nhan dan\" and support ~ \"cong an\"") == lines{35});
    const auto party = load(dir + "party-program-roman-slash.txt");
    const auto tuyen = matching(party, "lead ~ \"ban tuyen giao\"");
    CHECK(std::find(tuyen.begin(), tuyen.end(), 44) != tuyen.end());
    CHECK(matching(party, "target.value >= 95 and target.unit = \"%\"").size() >= 1);
}

TEST_CASE("errors: unknown fields, with a suggestion when one is close", "[query][errors]") {
    auto e = error_of("leed ~ \"x\"");
    CHECK(e.message == "unknown field 'leed' (did you mean 'lead'?)");
    CHECK(e.column == 1);
    e = error_of("kind = task and deadline.ends < 2025");
    CHECK(e.message == "unknown field 'deadline.ends' (did you mean 'deadline.end'?)");
    CHECK(e.column == 17);
    e = error_of("android");
    CHECK(e.message == "unknown field 'android' (run 'vnplan query --help' for the list)");
    e = error_of("notes");
    CHECK(e.message.rfind("unknown field 'notes'", 0) == 0);
    e = error_of("lead.name ~ x");
    CHECK(e.message == "unknown field 'lead.name' (did you mean 'lead'?)");
    e = error_of("chủ_trì ~ \"x\"");
    CHECK(e.message == "unknown field 'chủ_trì' (did you mean 'lead'?)");
}

TEST_CASE("errors: bad literals", "[query][errors]") {
    auto e = error_of("lead ~ \"ban tuyen");
    CHECK(e.message == "unterminated string");
    CHECK(e.column == 8);
    e = error_of("deadline.end <= 31/02/2025");
    CHECK(e.message == "invalid date '31/02/2025': month 2 of 2025 has 28 days");
    CHECK(e.column == 17);
    CHECK(error_of("deadline.end <= 29/02/2025").column == 17);
    CHECK(on_plan("deadline.end = 29/02/2028").empty());  // a leap year: a real day
    e = error_of("deadline.end >= 2025-13");
    CHECK(e.message == "invalid date '2025-13': there is no month 13");
    e = error_of("text =~ \"(ab\"");
    CHECK(e.message == "bad regular expression: U_REGEX_MISMATCHED_PAREN");
    e = error_of("text =~ \"a{2,1}\"");
    CHECK(e.message.rfind("bad regular expression: U_REGEX_", 0) == 0);
    CHECK(e.column > 9);
    e = error_of("target.value > 2.000");
    CHECK(e.message.rfind("ambiguous number '2.000'", 0) == 0);
    CHECK(e.column == 16);
    e = error_of("line = \"13\"");
    CHECK(e.message == "'line' is a number: expected a number such as 95 or 0,4, found '\"13\"'");
    CHECK(e.column == 8);
    e = error_of("deadline.end < soon");
    CHECK(e.message == "'deadline.end' is a date: expected 2025-06-30, 30/6/2025, 6/2025 or 2025, found 'soon'");
    CHECK(e.column == 16);
    e = error_of("deadline.end < 95");
    CHECK(e.message.rfind("'deadline.end' is a date", 0) == 0);
    e = error_of("deadline = 30/6/2025");
    CHECK(e.message == "'deadline' is text; compare a date with deadline.end or deadline.start");
    CHECK(e.column == 12);
    e = error_of("lead ~ \"x\xFFy\"");
    CHECK(e.message == "the expression is not valid UTF-8");
    CHECK(e.column == 10);
}

TEST_CASE("errors: an operator that does not fit the field", "[query][errors]") {
    auto e = error_of("line ~ 3");
    CHECK(e.message == "'~' does not fit 'line', which is a number (use =, !=, <, <=, > or >=)");
    CHECK(e.column == 6);
    e = error_of("deadline.end =~ \"2025\"");
    CHECK(e.message == "'=~' does not fit 'deadline.end', which is a date (use =, !=, <, <=, > or >=)");
    CHECK(e.column == 14);
    e = error_of("lead < \"x\"");
    CHECK(e.message == "'<' does not fit 'lead', which is text (use =, !=, ~ or =~)");
    CHECK(e.column == 6);
    e = error_of("deadline <= 2025");
    CHECK(e.message ==
          "'<=' does not fit 'deadline', which is text (use =, !=, ~ or =~; or compare dates with deadline.end or "
          "deadline.start)");
}

TEST_CASE("errors: syntax, each at its column", "[query][errors]") {
    struct error_case {
        const char* expr;
        const char* message;
        int column;
    };
    const error_case cases[] = {
        {"", "the expression is empty", 1},
        {"   ", "the expression is empty", 4},
        {"lead ~", "expected a value after '~' (\"text\", a number or a date), at the end", 7},
        {"lead ~ and text", "expected a value after '~', found 'and' (quote it to search for the word: \"and\")", 8},
        {"lead and", "expected a field, 'not' or '(' after 'and', at the end", 9},
        {"and lead", "'and' needs an expression on its left", 1},
        {"lead or or text", "expected a field, 'not' or '(' after 'or', found 'or'", 9},
        {"not", "expected a field, 'not' or '(' after 'not', at the end", 4},
        {"(lead", "missing ')' to close the '(' at column 1, at the end", 6},
        {"(lead ~ ban tuyen)", "missing ')' to close the '(' at column 1, found 'tuyen)' (quote a value that has spaces)", 13},
        {"lead)", "unbalanced ')': there is no '(' to close", 5},
        {"( )", "expected an expression after '(', found ')'", 3},
        {"lead ~ ban tuyen", "expected 'and', 'or' or the end of the expression, found 'tuyen' (quote a value that has spaces)", 12},
        {"lead \"x\"", "expected an operator, 'and', 'or' or the end after 'lead', found '\"x\"'", 6},
        {"\"x\" ~ lead", "expected a field name, found '\"x\"' (a value goes after an operator: text ~ \"...\")", 1},
        {"text =~ x", "expected a quoted regular expression after '=~', found 'x'", 9},
        {"deadline.", "expected a field name after '.', at the end", 10},
        {"!lead", "use 'not' for negation, not '!'", 1},
        {"lead && text", "use 'and', not '&&'", 6},
        {"lead || text", "use 'or', not '||'", 6},
        {"kind = task extra", "expected 'and', 'or' or the end of the expression, found 'extra' (quote a value that has spaces)", 13},
        {"kind = \"task\" extra", "expected 'and', 'or' or the end of the expression, found 'extra'", 15},
    };
    for (const auto& c : cases) {
        INFO("expression: '" << c.expr << "'");
        const auto e = error_of(c.expr);
        CHECK(e.message == c.message);
        CHECK(e.column == c.column);
    }
}

TEST_CASE("compile never throws, whatever the input", "[query][errors]") {
    const char* inputs[] = {"(", ")", "\"", "\\", "=", "~", "=~", "not not", "a.b.c.", "lead ~ \"\\",
                            "lead ~ \"\\\"", "((((", "lead = 2025-02-30", "\xC3", "lead ~ \"x\"i", "x ~ y ~ z"};
    for (const char* s : inputs) {
        INFO("expression: '" << s << "'");
        CHECK_NOTHROW(query::compile(s));
    }
}
