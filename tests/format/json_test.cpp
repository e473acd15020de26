#include "format/json.hpp"
#include "format/outline.hpp"
#include "vnplan.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>

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

namespace {

using json = nlohmann::ordered_json;

std::string dumped(const json& v, bool pretty) {
    return v.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

// Streams `v` as containers down to `depth` levels, as whole values below.
template <typename Out>
void replay(Out& s, const json& v, int depth) {
    if (depth == 0 || !v.is_structured()) {
        s.value(v);
    } else if (v.is_object()) {
        s.begin_object();
        for (const auto& [k, x] : v.items()) {
            s.key(k);
            replay(s, x, depth - 1);
        }
        s.end_object();
    } else {
        s.begin_array();
        for (const auto& x : v) replay(s, x, depth - 1);
        s.end_array();
    }
}

std::string streamed(const json& v, bool pretty, int depth) {
    std::ostringstream out;
    format::json_stream s(out, pretty);
    replay(s, v, depth);
    return out.str();
}

json built(const json& v, int depth) {
    format::json_tree t;
    replay(t, v, depth);
    return t.take();
}

std::vector<std::filesystem::path> samples() {
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::directory_iterator(VNPLAN_SOURCE_DIR "/samples"))
        if (e.path().extension() == ".txt") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("a streamed value has the bytes of nlohmann's dump of the tree, and the same events build the tree") {
    const json v = {{"tên", "Ủy ban \"nhân dân\"\nxã"},
                    {"trống", json::object()},
                    {"rỗng", json::array()},
                    {"số", {1, 2.5, -3, nullptr, true}},
                    {"lồng", {{"a", {{"b", {{"c", json::array({json::object(), "x"})}}}}}, {"d", 0}}},
                    {"hỏng", std::string("a\xff" "b")}};
    for (const bool pretty : {true, false}) {
        for (int depth = 0; depth <= 5; ++depth) {
            INFO("pretty " << pretty << ", containers streamed to depth " << depth);
            CHECK(streamed(v, pretty, depth) == dumped(v, pretty));
        }
    }
    for (int depth = 0; depth <= 5; ++depth) CHECK(built(v, depth) == v);
    CHECK(built(json::array(), 1) == json::array());
    CHECK(streamed(json::array(), true, 1) == "[]");
    CHECK(streamed(json::object({{"a", json::array({1})}}), true, 2) == "{\n  \"a\": [\n    1\n  ]\n}");
    CHECK(streamed(json::object({{"a", "x\ny"}}), false, 1) == "{\"a\":\"x\\ny\"}");
    // Invalid UTF-8 is replaced, not an exception.
    CHECK(streamed(json::array({std::string("\xc3")}), false, 1) == "[\"\xef\xbf\xbd\"]");
}

TEST_CASE("every sample prints as the dump of its tree, pretty and on one line") {
    for (const auto& p : samples()) {
        auto r = load_document(p.string(), p.filename().string());
        INFO(p.string() << ": " << r.error);
        REQUIRE(r.doc.has_value());
        const auto tree = format::to_json(*r.doc);
        CHECK(format::document_json(*r.doc, true) == dumped(tree, true) + "\n");
        CHECK(format::document_json(*r.doc, false) == dumped(tree, false) + "\n");
    }
}

TEST_CASE("an item of many facts, written a fact at a time, has the bytes of its tree") {
    model::item it;
    it.id = "1";
    it.kind = "task";
    it.line = 7;
    it.end_line = 9;
    it.text = "Sở Tư pháp chủ trì rà soát";
    it.product = "Báo cáo";
    it.fields = {"- Cơ quan chủ trì: Sở Tư pháp."};
    for (const std::size_t facts : {0, 1, 64, 65, 300}) {
        it.deadlines.clear();
        for (std::size_t i = 0; i < facts; ++i)
            it.deadlines.push_back({"trước ngày " + std::to_string(i % 28 + 1) + "/6/2025", "before", std::nullopt,
                                    "2025-06-" + std::to_string(i % 28 + 11), std::nullopt, std::nullopt,
                                    std::nullopt, "text"});
        const json own = format::to_json(it);
        json tree = json::object();
        tree["file"] = "a.txt";
        for (const auto& [k, v] : own.items()) tree[k] = v;
        for (const bool pretty : {true, false}) {
            std::ostringstream out;
            format::json_stream s(out, pretty);
            format::write_json(s, it, {{"file", "a.txt"}});
            INFO(facts << " facts, pretty " << pretty);
            CHECK(out.str() == dumped(tree, pretty));
        }
    }
}

TEST_CASE("several documents print as a pretty array, or one a line") {
    std::vector<model::document> docs;
    json array = json::array();
    for (const auto& p : samples()) {
        auto r = load_document(p.string(), p.filename().string());
        REQUIRE(r.doc.has_value());
        array.push_back(format::to_json(*r.doc));
        docs.push_back(std::move(*r.doc));
        if (docs.size() == 2) break;
    }
    REQUIRE(docs.size() == 2);
    std::ostringstream pretty, lines;
    format::write_documents_json(pretty, docs, false);
    format::write_documents_json(lines, docs, true);
    CHECK(pretty.str() == dumped(array, true) + "\n");
    CHECK(lines.str() == dumped(array[0], false) + "\n" + dumped(array[1], false) + "\n");
    std::ostringstream one;
    format::write_documents_json(one, {docs.front()}, false);
    CHECK(one.str() == dumped(array[0], true) + "\n");
    // Each document's value made on its own (as `parse` does on the reading
    // threads) and joined: the same array.
    std::ostringstream joined;
    format::write_array_of_parts(joined, {format::document_json_part(docs[0]), format::document_json_part(docs[1])},
                                 {1, 1});
    CHECK(joined.str() == pretty.str());
}

TEST_CASE("values written by part streams join into an array as if streamed there") {
    const std::vector<std::vector<json>> pieces{{json{{"a", 1}}, json::array({1, 2})}, {}, {json("x")}, {json::object()}};
    for (const bool pretty : {true, false}) {
        for (std::size_t depth = 1; depth <= 3; ++depth) {
            INFO("pretty " << pretty << ", array at depth " << depth);
            json whole = json::array();
            std::ostringstream joined;
            format::json_stream s(joined, pretty);
            for (std::size_t d = 1; d < depth; ++d) s.begin_array();
            s.begin_array();
            for (const auto& piece : pieces) {
                std::ostringstream part;
                auto p = format::json_stream::part(part, pretty, depth);
                for (const auto& v : piece) {
                    p.value(v);
                    whole.push_back(v);
                }
                s.values(part.str(), piece.size());
            }
            s.end_array();
            for (std::size_t d = 1; d < depth; ++d) s.end_array();
            for (std::size_t d = 1; d < depth; ++d) whole = json::array({whole});
            CHECK(joined.str() == dumped(whole, pretty));
        }
    }
    std::ostringstream none;
    format::json_stream s(none, true);
    s.begin_array();
    s.values("", 0);
    s.end_array();
    CHECK(none.str() == "[]");
}
