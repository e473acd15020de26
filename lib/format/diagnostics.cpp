#include "format/diagnostics.hpp"

#include "format/json.hpp"
#include "text/text.hpp"
#include "validate/validate.hpp"

#include <fmt/format.h>

#include <map>

namespace vnplan::format {

using json = nlohmann::ordered_json;

std::optional<diagnostic_format> diagnostic_format_of(std::string_view name) {
    if (name == "text") return diagnostic_format::text;
    if (name == "json") return diagnostic_format::json;
    if (name == "sarif") return diagnostic_format::sarif;
    if (name == "github") return diagnostic_format::github;
    return std::nullopt;
}

const char* sarif_level(model::severity s) {
    switch (s) {
        case model::severity::error: return "error";
        case model::severity::warning: return "warning";
        case model::severity::info: return "note";
    }
    return "warning";
}

namespace {

// Splits a UTF-8 line into code points (each as its bytes).
std::vector<std::string_view> code_points_of(std::string_view s) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t j = i + 1;
        while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
        out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

// The source line under a finding and the caret below it. Tabs and other
// control characters show as one space so that the caret stays under its
// column; a long paragraph is cut to a window around the column.
std::pair<std::string, std::string> excerpt(std::string_view line, int column, int width) {
    auto points = code_points_of(line);
    for (auto& p : points)
        if (p.size() == 1 && static_cast<unsigned char>(p[0]) < 0x20) p = " ";
    const auto n = static_cast<int>(points.size());
    int col = std::clamp(column, 1, n + 1);
    int from = 0, to = n;
    bool left_cut = false, right_cut = false;
    if (width > 0 && n > width) {
        // Keep a little context before the column when it is far in.
        from = col - 1 <= width * 2 / 3 ? 0 : col - 1 - width / 3;
        to = std::min(n, from + width);
        left_cut = from > 0;
        right_cut = to < n;
    }
    std::string shown = left_cut ? "…" : "";
    for (int i = from; i < to; ++i) shown += points[static_cast<std::size_t>(i)];
    if (right_cut) shown += "…";
    const int caret_at = col - 1 - from + (left_cut ? 1 : 0);
    return {shown, std::string(static_cast<std::size_t>(std::max(caret_at, 0)), ' ') + "^"};
}

struct palette {
    bool on;
    std::string paint(std::string_view s, const char* code) const {
        return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : std::string(s);
    }
};

const char* severity_color(model::severity s) {
    switch (s) {
        case model::severity::error: return "1;31";
        case model::severity::warning: return "1;35";
        case model::severity::info: return "1;36";
    }
    return "1";
}

}  // namespace

std::string render_text(const std::vector<file_diagnostics>& files, const diagnostic_options& opt) {
    const palette p{opt.color};
    std::string out;
    for (const auto& f : files) {
        for (const auto& d : f.diagnostics) {
            out += p.paint(fmt::format("{}:{}:{}:", f.file, d.line, d.column), "1");
            // Appended piece by piece: `" " + std::string&&` makes GCC 12 at -O3
            // warn of a memcpy overlap that cannot happen (-Wrestrict, GCC bug 105651).
            out += ' ';
            out += p.paint(std::string(severity_name(d.level)) + ":", severity_color(d.level));
            out += ' ';
            out += p.paint(d.message, "1");
            out += " [" + d.rule + "]\n";
            if (d.line >= 1 && static_cast<std::size_t>(d.line) <= f.lines.size()) {
                const auto [shown, caret] =
                    excerpt(f.lines[static_cast<std::size_t>(d.line - 1)], d.column, opt.max_line_width);
                out += "  " + shown + "\n";
                out += "  " + p.paint(caret, "1;32") + "\n";
            }
        }
    }
    return out;
}

json to_json(const std::vector<file_diagnostics>& files) {
    json a = json::array();
    for (const auto& f : files)
        for (const auto& d : f.diagnostics)
            a.push_back({{"file", f.file},
                         {"line", d.line},
                         {"column", d.column},
                         {"severity", severity_name(d.level)},
                         {"rule", d.rule},
                         {"message", d.message}});
    return a;
}

std::string artifact_uri(std::string_view path) {
    std::string out;
    if (path.starts_with("/")) out = "file://";
    for (unsigned char c : path) {
        const bool unreserved = std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        out += unreserved ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
    }
    return out;
}

json to_sarif(const std::vector<file_diagnostics>& files, const diagnostic_options& opt) {
    // Every rule of the table, then any rule a finding names that the table
    // does not know (a newer parser diagnostic), so that ruleIndex resolves.
    std::map<std::string, std::size_t> index;
    json rules = json::array();
    for (const auto& r : validate::rules()) {
        index.emplace(std::string(r.id), rules.size());
        rules.push_back({{"id", r.id},
                         {"shortDescription", {{"text", r.summary}}},
                         {"fullDescription", {{"text", r.documentation}}},
                         {"defaultConfiguration", {{"enabled", r.enabled_by_default}, {"level", sarif_level(r.level)}}}});
    }
    std::map<std::string, model::severity> extra;
    for (const auto& f : files)
        for (const auto& d : f.diagnostics)
            if (!index.count(d.rule)) extra.emplace(d.rule, d.level);
    for (const auto& [id, level] : extra) {
        index.emplace(id, rules.size());
        rules.push_back({{"id", id},
                         {"shortDescription", {{"text", id}}},
                         {"defaultConfiguration", {{"level", sarif_level(level)}}}});
    }
    json results = json::array();
    for (const auto& f : files)
        for (const auto& d : f.diagnostics)
            results.push_back(
                {{"ruleId", d.rule},
                 {"ruleIndex", index.at(d.rule)},
                 {"level", sarif_level(d.level)},
                 {"message", {{"text", d.message}}},
                 {"locations",
                  json::array({{{"physicalLocation",
                                 {{"artifactLocation", {{"uri", artifact_uri(f.file)}}},
                                  {"region", {{"startLine", std::max(d.line, 1)}, {"startColumn", std::max(d.column, 1)}}}}}}})}});
    json driver = {{"name", "vnplan"}};
    if (!opt.tool_version.empty()) driver["version"] = opt.tool_version;
    driver["rules"] = std::move(rules);
    json run = {{"tool", {{"driver", std::move(driver)}}},
                {"columnKind", "unicodeCodePoints"},
                {"results", std::move(results)}};
    return {{"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", json::array({std::move(run)})}};
}

std::string github_escape_data(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '%') out += "%25";
        else if (c == '\r') out += "%0D";
        else if (c == '\n') out += "%0A";
        else out += c;
    }
    return out;
}

std::string github_escape_property(std::string_view s) {
    std::string out;
    for (char c : github_escape_data(s)) {
        if (c == ':') out += "%3A";
        else if (c == ',') out += "%2C";
        else out += c;
    }
    return out;
}

std::string render_github(const std::vector<file_diagnostics>& files) {
    std::string out;
    for (const auto& f : files)
        for (const auto& d : f.diagnostics) {
            const char* command = d.level == model::severity::error     ? "error"
                                  : d.level == model::severity::warning ? "warning"
                                                                        : "notice";
            out += fmt::format("::{} file={},line={},col={},title={}::{}\n", command, github_escape_property(f.file),
                               d.line, d.column, github_escape_property(d.rule), github_escape_data(d.message));
        }
    return out;
}

std::string render_diagnostics(const std::vector<file_diagnostics>& files, diagnostic_format f,
                               const diagnostic_options& opt) {
    switch (f) {
        case diagnostic_format::text: return render_text(files, opt);
        case diagnostic_format::json:
            return to_json(files).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
        case diagnostic_format::sarif:
            return to_sarif(files, opt).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
        case diagnostic_format::github: return render_github(files);
    }
    return {};
}

std::string summary_line(const std::vector<file_diagnostics>& files) {
    int errors = 0, warnings = 0, infos = 0;
    for (const auto& f : files)
        for (const auto& d : f.diagnostics) {
            if (d.level == model::severity::error) ++errors;
            else if (d.level == model::severity::warning) ++warnings;
            else ++infos;
        }
    auto count = [](int n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); };
    std::string parts;
    auto add = [&](std::string s) { parts += (parts.empty() ? "" : ", ") + s; };
    // The order the issue gives: `3 warnings, 1 error in 2 files`.
    if (warnings) add(count(warnings, "warning", "warnings"));
    if (errors) add(count(errors, "error", "errors"));
    if (infos) add(count(infos, "info", "info"));
    const auto n = static_cast<int>(files.size());
    return fmt::format("{} in {}", parts.empty() ? "no problems" : parts, count(n, "file", "files"));
}

}  // namespace vnplan::format
