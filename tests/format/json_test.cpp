#include "format/json.hpp"
#include "format/outline.hpp"
#include "vnplan.hpp"

#include <catch2/catch.hpp>

using namespace vnplan;

TEST_CASE("the JSON carries the contract's field names") {
    auto r = parse_document("Số: 12/KH-UBND\nKẾ HOẠCH\nThử\nI. MỤC ĐÍCH\n1. Làm một việc.\n", "a.txt");
    REQUIRE(r.doc.has_value());
    const auto j = format::to_json(*r.doc);
    CHECK(j["schema"] == "vnplan/1");
    for (auto k : {"path", "encoding", "lines", "sha256"}) CHECK(j["source"].contains(k));
    for (auto k : {"kind", "number", "date", "place", "issuer", "title", "implements", "term", "signer", "recipients"})
        CHECK(j["meta"].contains(k));
    const auto& s = j["sections"][0];
    for (auto k : {"id", "label", "style", "level", "line", "end_line", "title", "role", "bodies", "items", "children"})
        CHECK(s.contains(k));
    const auto& it = s["children"][0]["items"][0];
    for (auto k : {"id", "kind", "line", "end_line", "text", "bodies", "deadlines", "targets", "references"})
        CHECK(it.contains(k));
    CHECK(it["id"] == "I.1/1");
    CHECK(j["meta"]["date"].is_null());
    CHECK(j["source"]["sha256"].get<std::string>().size() == 64);
}

TEST_CASE("the outline indents by level and counts") {
    auto r = parse_document("I. MỤC ĐÍCH\n1. Một việc\n2. Hai việc\n", "a.txt");
    REQUIRE(r.doc.has_value());
    CHECK(format::outline(*r.doc, 0) ==
          "    1  I. MỤC ĐÍCH [purpose]\n"
          "    2    1. Một việc (1 item)\n"
          "    3    2. Hai việc (1 item)\n"
          "3 sections, 2 items\n");
}
