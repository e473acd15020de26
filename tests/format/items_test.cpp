#include "format/items.hpp"
#include "format/json.hpp"
#include "vnplan.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

using namespace vnplan;

namespace {

const model::document& plan() {
    static const auto doc = [] {
        auto r = parse_document("KẾ HOẠCH\nI. NHIỆM VỤ\n"
                                "1. Sở Tư pháp chủ trì, hoàn thành trước ngày 31/12/2025.\n"
                                "2. =SUM(A1) do Sở Nội vụ chủ trì, thực hiện thường xuyên.\n",
                                "a.txt");
        REQUIRE(r.doc.has_value());
        return std::move(*r.doc);
    }();
    return doc;
}

std::string written(format::item_format f) {
    std::ostringstream out;
    format::write_items(out, format::flatten(plan()), f, {});
    return out.str();
}

}  // namespace

TEST_CASE("items written to a stream are the rendered string, in every format") {
    const auto rows = format::flatten(plan());
    REQUIRE(rows.size() == 2);
    for (const auto f : {format::item_format::table, format::item_format::json, format::item_format::jsonl,
                         format::item_format::csv, format::item_format::tsv, format::item_format::md}) {
        std::ostringstream out;
        format::write_items(out, rows, f, {});
        CHECK(out.str() == format::render_items(rows, f, {}));
    }
}

TEST_CASE("the json of items is the pretty array of the jsonl lines") {
    using json = nlohmann::ordered_json;
    auto array = json::array();
    std::istringstream lines(written(format::item_format::jsonl));
    for (std::string line; std::getline(lines, line);) array.push_back(json::parse(line));
    REQUIRE(array.size() == 2);
    CHECK(array[0]["file"] == "a.txt");
    CHECK(array[1]["section"] == "I.2");
    CHECK(written(format::item_format::json) == array.dump(2) + "\n");
}

TEST_CASE("csv rows end in CRLF and a formula-like cell is neutralised") {
    const auto csv = written(format::item_format::csv);
    CHECK(csv.starts_with("file,section,id,kind,line,end_line,lead,support,report_to,deadline,deadline_start,"
                          "deadline_end,targets,product,text\r\n"));
    CHECK(csv.find(",'=SUM(A1) do Sở Nội vụ chủ trì, thực hiện thường xuyên.") == std::string::npos);
    CHECK(csv.find("\"'=SUM(A1) do Sở Nội vụ chủ trì, thực hiện thường xuyên.\"\r\n") != std::string::npos);
}

TEST_CASE("json rows written as parts, one a document, join into the array write_items writes") {
    const auto rows = format::flatten(plan());
    REQUIRE(rows.size() == 2);
    const std::vector<std::vector<format::item_row>> batches{
        {rows[0], rows[1]}, {}, {rows[1]}, {rows[0]}};
    std::vector<std::string> parts;
    std::vector<std::size_t> counts;
    std::vector<format::item_row> all;
    for (const auto& b : batches) {
        std::ostringstream out;
        format::write_item_lines(out, b, format::item_format::json, {});
        parts.push_back(out.str());
        counts.push_back(b.size());
        all.insert(all.end(), b.begin(), b.end());
    }
    CHECK(parts[1].empty());
    std::ostringstream joined;
    format::write_array_of_parts(joined, parts, counts);
    CHECK(joined.str() == format::render_items(all, format::item_format::json, {}));
    std::ostringstream none;
    format::write_array_of_parts(none, {"", ""}, {0, 0});
    CHECK(none.str() == format::render_items({}, format::item_format::json, {}));
    CHECK(none.str() == "[]\n");
}
