// format/diagnostics: the text printer with its caret, JSON, SARIF and the
// GitHub workflow commands, each checked in full where the shape is the
// contract.
#include "format/diagnostics.hpp"
#include "validate/validate.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace vnplan;
using json = nlohmann::ordered_json;

namespace {

format::file_diagnostics sample() {
    format::file_diagnostics f;
    f.file = "dự thảo.txt";
    f.lines = {"I. NHIỆM VỤ", "\t- Rà soát quy hoạch, hoàn thành trước ngày 31/02/2024."};
    f.diagnostics = {
        {model::severity::error, "invalid-date", "'31/02/2024' is not a date that exists (month 2 of 2024 has 29 days): correct it", 2, 43},
        {model::severity::warning, "missing-body", "task has no lead body: name who leads it", 2, 2},
    };
    return f;
}

}  // namespace

TEST_CASE("text: file:line:col, severity, message, rule, then the line and a caret") {
    format::diagnostic_options o;
    CHECK(format::render_text({sample()}, o) ==
          "dự thảo.txt:2:43: error: '31/02/2024' is not a date that exists (month 2 of 2024 has 29 days): correct it [invalid-date]\n"
          "   - Rà soát quy hoạch, hoàn thành trước ngày 31/02/2024.\n"
          "                                            ^\n"
          "dự thảo.txt:2:2: warning: task has no lead body: name who leads it [missing-body]\n"
          "   - Rà soát quy hoạch, hoàn thành trước ngày 31/02/2024.\n"
          "   ^\n");
}

TEST_CASE("text: colour only when asked, severity coloured") {
    format::diagnostic_options o;
    o.color = true;
    const auto out = format::render_text({sample()}, o);
    CHECK(out.find("\x1b[1;31merror:\x1b[0m") != std::string::npos);
    CHECK(out.find("\x1b[1;35mwarning:\x1b[0m") != std::string::npos);
    o.color = false;
    CHECK(format::render_text({sample()}, o).find('\x1b') == std::string::npos);
}

TEST_CASE("text: a long paragraph is cut to a window that keeps the caret under its column") {
    format::file_diagnostics f;
    f.file = "a.txt";
    std::string line;
    for (int i = 0; i < 250; ++i) line += "đ";
    line += "X";
    for (int i = 0; i < 49; ++i) line += "đ";
    f.lines = {line};
    f.diagnostics = {{model::severity::info, "r", "m", 1, 251}};
    format::diagnostic_options o;
    o.max_line_width = 40;
    const auto out = format::render_text({f}, o);
    // "a.txt:1:251: info: m [r]", the window, the caret.
    const auto first = out.find('\n');
    const auto second = out.find('\n', first + 1);
    const auto shown = out.substr(first + 1, second - first - 1);
    const auto caret = out.substr(second + 1);
    CHECK(shown.starts_with("  …"));
    CHECK(shown.ends_with("…"));
    // Code points of the shown line before the caret's offset, then the mark.
    const auto offset = caret.find('^');
    std::size_t points = 0, byte = 0;
    while (points < offset) {
        ++byte;
        while (byte < shown.size() && (static_cast<unsigned char>(shown[byte]) & 0xC0) == 0x80) ++byte;
        ++points;
    }
    CHECK(shown.substr(byte, 1) == "X");
    o.max_line_width = 0;
    CHECK(format::render_text({f}, o).find(line) != std::string::npos);
}

TEST_CASE("json: an array of {file, line, column, severity, rule, message}") {
    const auto j = format::to_json(std::vector<format::file_diagnostics>{sample()});
    REQUIRE(j.is_array());
    REQUIRE(j.size() == 2);
    std::vector<std::string> keys;
    for (auto it = j[0].begin(); it != j[0].end(); ++it) keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"file", "line", "column", "severity", "rule", "message"});
    CHECK(j[0]["file"] == "dự thảo.txt");
    CHECK(j[0]["severity"] == "error");
    CHECK(j[1]["column"] == 2);
}

TEST_CASE("sarif: version 2.1.0, the driver and its rules, results with locations") {
    format::diagnostic_options o;
    o.tool_version = "1.2.3";
    auto info = sample();
    info.diagnostics.push_back({model::severity::info, "some-new-parser-rule", "m", 1, 1});
    const auto s = format::to_sarif({info}, o);
    CHECK(s["version"] == "2.1.0");
    CHECK(s["$schema"].get<std::string>().find("sarif-schema-2.1.0") != std::string::npos);
    REQUIRE(s["runs"].size() == 1);
    const auto& run = s["runs"][0];
    CHECK(run["columnKind"] == "unicodeCodePoints");
    CHECK(run["tool"]["driver"]["name"] == "vnplan");
    CHECK(run["tool"]["driver"]["version"] == "1.2.3");
    const auto& rules = run["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == validate::rules().size() + 1);  // the unknown rule is appended
    for (const auto& r : rules) {
        CHECK(r.contains("id"));
        CHECK(r["shortDescription"].contains("text"));
        CHECK(r["defaultConfiguration"].contains("level"));
    }
    const auto& results = run["results"];
    REQUIRE(results.size() == 3);
    for (const auto& r : results) {
        const auto index = r["ruleIndex"].get<std::size_t>();
        CHECK(rules[index]["id"] == r["ruleId"]);
        CHECK(r["message"].contains("text"));
        const auto& loc = r["locations"][0]["physicalLocation"];
        CHECK(loc["artifactLocation"]["uri"] == "d%E1%BB%B1%20th%E1%BA%A3o.txt");
        CHECK(loc["region"]["startLine"].is_number_integer());
        CHECK(loc["region"]["startColumn"].is_number_integer());
    }
    CHECK(results[0]["ruleId"] == "invalid-date");
    CHECK(results[0]["level"] == "error");
    CHECK(results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 2);
    CHECK(results[0]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 43);
    CHECK(results[1]["level"] == "warning");
    CHECK(results[2]["level"] == "note");
}

TEST_CASE("sarif: artifact URIs") {
    CHECK(format::artifact_uri("docs/kế hoạch.txt") == "docs/k%E1%BA%BF%20ho%E1%BA%A1ch.txt");
    CHECK(format::artifact_uri("/srv/a b.txt") == "file:///srv/a%20b.txt");
    CHECK(format::artifact_uri("<stdin>") == "%3Cstdin%3E");
}

TEST_CASE("github: workflow commands with their escaping") {
    CHECK(format::github_escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext");
    CHECK(format::github_escape_property("a:b,c%") == "a%3Ab%2Cc%25");
    format::file_diagnostics f;
    f.file = "x,y:z.txt";
    f.diagnostics = {{model::severity::warning, "missing-body", "task: no lead, 100%\nfix it", 3, 7},
                     {model::severity::info, "broken-line", "join", 4, 1},
                     {model::severity::error, "invalid-date", "bad", 5, 2}};
    CHECK(format::render_github({f}) ==
          "::warning file=x%2Cy%3Az.txt,line=3,col=7,title=missing-body::task: no lead, 100%25%0Afix it\n"
          "::notice file=x%2Cy%3Az.txt,line=4,col=1,title=broken-line::join\n"
          "::error file=x%2Cy%3Az.txt,line=5,col=2,title=invalid-date::bad\n");
}

TEST_CASE("the summary line counts by severity and files") {
    CHECK(format::summary_line({}) == "no problems in 0 files");
    format::file_diagnostics clean;
    clean.file = "a.txt";
    CHECK(format::summary_line({clean}) == "no problems in 1 file");
    auto a = sample();
    auto b = sample();
    b.diagnostics.push_back({model::severity::warning, "r", "m", 1, 1});
    b.diagnostics.push_back({model::severity::info, "r", "m", 1, 1});
    CHECK(format::summary_line({a, b}) == "3 warnings, 2 errors, 1 info in 2 files");
    a.diagnostics.pop_back();
    CHECK(format::summary_line({a}) == "1 error in 1 file");
}

TEST_CASE("formats are parsed by name") {
    CHECK(format::diagnostic_format_of("sarif") == format::diagnostic_format::sarif);
    CHECK(format::diagnostic_format_of("github") == format::diagnostic_format::github);
    CHECK(!format::diagnostic_format_of("xml"));
}

TEST_CASE("every format streams as it renders; json and sarif as the dump of their trees") {
    format::diagnostic_options o;
    o.tool_version = "1.2.3";
    auto f = sample();
    f.diagnostics.push_back({model::severity::info, "some-new-parser-rule", "m", 1, 1});
    const std::vector<format::file_diagnostics> files{f, sample()};
    auto written = [&](format::diagnostic_format k) {
        std::ostringstream out;
        format::write_diagnostics(out, files, k, o);
        return out.str();
    };
    CHECK(written(format::diagnostic_format::text) == format::render_text(files, o));
    CHECK(written(format::diagnostic_format::github) == format::render_github(files));
    CHECK(written(format::diagnostic_format::json) == format::to_json(files).dump(2) + "\n");
    CHECK(written(format::diagnostic_format::sarif) == format::to_sarif(files, o).dump(2) + "\n");
    CHECK(written(format::diagnostic_format::json) ==
          format::render_diagnostics(files, format::diagnostic_format::json, o));
    CHECK(written(format::diagnostic_format::json).ends_with("}\n]\n"));
}

TEST_CASE("only the lines that findings point at are kept, in their places") {
    auto f = sample();
    f.lines.push_back("một dòng không có phát hiện");
    f.diagnostics.push_back({model::severity::info, "r", "m", 7, 1});  // past the end: no line
    const auto before = format::render_text({f}, {});
    format::keep_shown_lines(f);
    CHECK(f.lines == std::vector<std::string>{"", "\t- Rà soát quy hoạch, hoàn thành trước ngày 31/02/2024.", ""});
    CHECK(format::render_text({f}, {}) == before);
}

TEST_CASE("text: many findings on one line show as each would alone, in any order of columns") {
    format::file_diagnostics f;
    f.file = "a.txt";
    std::string line = "\x80";  // a stray continuation byte opens the line: one code point
    for (int i = 0; i < 300; ++i) line += i % 7 ? "ư" : " ";
    f.lines = {line, "ngắn"};
    for (int column : {251, 5, 280, 251, 302, 1, 120})
        f.diagnostics.push_back({model::severity::info, "r", "m", 1, column});
    f.diagnostics.push_back({model::severity::info, "r", "m", 2, 3});
    f.diagnostics.push_back({model::severity::info, "r", "m", 1, 200});
    format::diagnostic_options o;
    o.max_line_width = 40;
    std::string alone;
    for (const auto& d : f.diagnostics) {
        auto one = f;
        one.diagnostics = {d};
        alone += format::render_text({one}, o);
    }
    CHECK(format::render_text({f}, o) == alone);
}

TEST_CASE("text: a control character in the window shows as a space, the caret after the end of a line") {
    format::file_diagnostics f;
    f.file = "a.txt";
    f.lines = {"a\tb\x01đ"};
    f.diagnostics = {{model::severity::info, "r", "m", 1, 99}};
    CHECK(format::render_text({f}, {}) == "a.txt:1:99: info: m [r]\n  a b đ\n       ^\n");
}

TEST_CASE("parts made file by file join into the same bytes as the whole log") {
    format::diagnostic_options o;
    o.tool_version = "1.2.3";
    auto unknown = sample();
    unknown.file = "b.txt";
    unknown.diagnostics.push_back({model::severity::info, "some-new-parser-rule", "m", 1, 1});
    format::file_diagnostics clean;
    clean.file = "c.txt";
    const std::vector<std::vector<format::file_diagnostics>> batches{
        {sample()}, {clean}, {clean, sample(), clean, unknown, sample()}, {unknown}, {}};
    using k = format::diagnostic_format;
    for (const auto f : {k::text, k::json, k::sarif, k::github}) {
        for (const auto& files : batches) {
            std::vector<format::diagnostics_part> parts;
            for (const auto& file : files) parts.push_back(format::render_part(file, f, o));
            std::ostringstream joined;
            format::write_diagnostics(joined, files, parts, f, o);
            CAPTURE(static_cast<int>(f), files.size());
            CHECK(joined.str() == format::render_diagnostics(files, f, o));
        }
    }
    // A SARIF result's ruleIndex for a rule outside the table depends on
    // every file: that part is left to the whole log; the others are made.
    CHECK_FALSE(format::render_part(unknown, k::sarif, o).made);
    CHECK(format::render_part(sample(), k::sarif, o).made);
    CHECK(format::render_part(unknown, k::json, o).made);
    const auto part = format::render_part(sample(), k::json, o);
    CHECK(part.count == 2);
    CHECK(part.text.starts_with("{\n    \"file\": \"dự thảo.txt\""));
    CHECK(format::render_part(clean, k::json, o).text.empty());
}
