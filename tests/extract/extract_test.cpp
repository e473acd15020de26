// tests for lib/extract/extract.cpp: task tables converted to text, where a
// header row names the columns and each row after it is a task with its fields.
#include "vnplan.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

const vnplan::model::item& first_task(const vnplan::model::document& doc) {
    REQUIRE_FALSE(doc.sections.empty());
    for (const auto& s : doc.sections)
        for (const auto& it : s.items)
            if (it.text.starts_with("Rà soát")) return it;
    FAIL("no task row");
    return doc.sections.front().items.front();
}

std::vector<std::string> names(const vnplan::model::item& it, const std::string& role) {
    std::vector<std::string> out;
    for (const auto& b : it.bodies)
        if (b.role == role) out.push_back(b.canonical);
    return out;
}

}  // namespace

TEST_CASE("a table's rows line up with its header, each drawn with or without an outer border") {
    const std::string head = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH LÂM\nSố: 12/KH-UBND\nBình Lâm, ngày 5 tháng 1 năm 2025\n"
                             "KẾ HOẠCH\nI. NHIỆM VỤ\n";
    const std::string header = "TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành";
    const std::string row = "1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Sở Nội vụ | Quý III/2025";
    for (const bool header_border : {false, true}) {
        for (const bool row_border : {false, true}) {
            const auto h = header_border ? "| " + header + " |" : header;
            const auto r = row_border ? "| " + row + " |" : row;
            auto loaded = vnplan::parse_document(head + h + "\n" + r + "\n", "t.txt");
            REQUIRE(loaded.doc.has_value());
            INFO("header border " << header_border << ", row border " << row_border);
            const auto& it = first_task(*loaded.doc);
            CHECK(it.text == "Rà soát văn bản quy phạm pháp luật");
            CHECK(names(it, "lead") == std::vector<std::string>{"Sở Tư pháp"});
            CHECK(names(it, "support") == std::vector<std::string>{"Sở Nội vụ"});
            REQUIRE(it.deadlines.size() == 1);
            CHECK(it.deadlines[0].end == "2025-09-30");
        }
    }
    // A bar at the start alone is an empty first cell (the number left
    // blank), not a border.
    auto loaded = vnplan::parse_document(head + header + "\n| Rà soát hồ sơ | Sở Tư pháp | Sở Nội vụ | Quý III/2025\n", "t.txt");
    REQUIRE(loaded.doc.has_value());
    const auto& it = first_task(*loaded.doc);
    CHECK(it.text == "Rà soát hồ sơ");
    CHECK(names(it, "lead") == std::vector<std::string>{"Sở Tư pháp"});
}
