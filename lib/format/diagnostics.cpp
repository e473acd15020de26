#include "format/diagnostics.hpp"

#include "format/json.hpp"
#include "text/text.hpp"
#include "validate/validate.hpp"

#include <fmt/format.h>

#include <map>
#include <ostream>
#include <sstream>
#include <type_traits>

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

// The end of the code point that starts at byte `at` (continuation bytes
// after it belong to it).
std::size_t point_end(std::string_view s, std::size_t at) {
    std::size_t j = at + 1;
    while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
    return j;
}

// Where the excerpts of one line have got to: a line's findings come one
// after another, mostly in the order of their columns, and each counted the
// line from its start (thousands of findings on one paragraph of megabytes:
// a minute).
struct line_cursor {
    const std::string* line = nullptr;
    int points = 0;  // the code points of the line
    int point = 0;   // the code point that starts at `byte`
    std::size_t byte = 0;
};

// The source line under a finding and the caret below it. Tabs and other
// control characters show as one space so that the caret stays under its
// column; a long paragraph is cut to a window around the column. Nothing
// held per code point, and the line counted once: a finding on a 10 MB line
// costs the window, not ten times the line.
std::pair<std::string, std::string> excerpt(const std::string& line, int column, int width, line_cursor& c) {
    if (c.line != &line) {
        // A code point starts at every byte but a continuation byte, and at
        // the first byte whatever it is.
        const bool odd_start = !line.empty() && (static_cast<unsigned char>(line[0]) & 0xC0) == 0x80;
        c = {&line, text::code_points(line) + (odd_start ? 1 : 0), 0, 0};
    }
    const int n = c.points;
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
    if (from < c.point) c.point = 0, c.byte = 0;
    for (; c.point < from && c.byte < line.size(); ++c.point) c.byte = point_end(line, c.byte);
    std::string shown = left_cut ? "…" : "";
    std::size_t at = c.byte;
    for (int i = from; at < line.size() && i < to; ++i) {
        const std::size_t end = point_end(line, at);
        if (end - at == 1 && static_cast<unsigned char>(line[at]) < 0x20) shown += ' ';
        else shown.append(line, at, end - at);
        at = end;
    }
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

void write_text(std::ostream& out, const file_diagnostics& f, const diagnostic_options& opt) {
    const palette p{opt.color};
    std::string finding;
    line_cursor cursor;
    for (const auto& d : f.diagnostics) {
        finding = p.paint(fmt::format("{}:{}:{}:", f.file, d.line, d.column), "1");
        // Appended piece by piece: `" " + std::string&&` makes GCC 12 at -O3
        // warn of a memcpy overlap that cannot happen (-Wrestrict, GCC bug 105651).
        finding += ' ';
        finding += p.paint(std::string(severity_name(d.level)) + ":", severity_color(d.level));
        finding += ' ';
        finding += p.paint(d.message, "1");
        finding += " [" + d.rule + "]\n";
        if (d.line >= 1 && static_cast<std::size_t>(d.line) <= f.lines.size()) {
            const auto [shown, caret] =
                excerpt(f.lines[static_cast<std::size_t>(d.line - 1)], d.column, opt.max_line_width, cursor);
            finding += "  " + shown + "\n";
            finding += "  " + p.paint(caret, "1;32") + "\n";
        }
        out << finding;
    }
}

void write_text(std::ostream& out, const std::vector<file_diagnostics>& files, const diagnostic_options& opt) {
    for (const auto& f : files) write_text(out, f, opt);
}

}  // namespace

void keep_shown_lines(file_diagnostics& f) {
    std::vector<bool> shown(f.lines.size());
    for (const auto& d : f.diagnostics)
        if (d.line >= 1 && static_cast<std::size_t>(d.line) <= f.lines.size())
            shown[static_cast<std::size_t>(d.line - 1)] = true;
    for (std::size_t i = 0; i < f.lines.size(); ++i)
        if (!shown[i]) std::string().swap(f.lines[i]);
}

std::string render_text(const std::vector<file_diagnostics>& files, const diagnostic_options& opt) {
    std::ostringstream out;
    write_text(out, files, opt);
    return std::move(out).str();
}

namespace {

json finding_json(const file_diagnostics& f, const model::diagnostic& d) {
    return {{"file", f.file},
            {"line", d.line},
            {"column", d.column},
            {"severity", severity_name(d.level)},
            {"rule", d.rule},
            {"message", d.message}};
}

// The parts made on their own, one a file, or none.
using parts_view = const std::vector<diagnostics_part>*;

bool has_part(parts_view parts, std::size_t i) { return parts && i < parts->size() && (*parts)[i].made; }

// The findings of every file into the open array of `out`: a file's part
// where one was made (only a stream takes parts), else `value(file, finding)`
// for each of its findings.
template <typename Out, typename Value>
void emit_findings(Out& out, const std::vector<file_diagnostics>& files, parts_view parts, Value&& value) {
    for (std::size_t i = 0; i < files.size(); ++i) {
        if constexpr (std::is_same_v<Out, json_stream>) {
            if (has_part(parts, i)) {
                out.values((*parts)[i].text, (*parts)[i].count);
                continue;
            }
        }
        for (const auto& d : files[i].diagnostics) out.value(value(files[i], d));
    }
}

// Where the findings stand in each log: in the top array of json, in
// runs[0].results of SARIF (object, runs, run, results).
constexpr std::size_t json_findings_depth = 1;
constexpr std::size_t sarif_results_depth = 4;

// `[{file, line, column, severity, rule, message}]`, one finding at a time.
template <typename Out>
void emit_json(Out& out, const std::vector<file_diagnostics>& files, parts_view parts = nullptr) {
    out.begin_array();
    emit_findings(out, files, parts, finding_json);
    out.end_array();
}

// The place of each rule of the rule table in the driver's rules.
using rule_places = std::map<std::string, std::size_t, std::less<>>;

const rule_places& table_index() {
    static const auto index = [] {
        rule_places m;
        std::size_t at = 0;
        for (const auto& r : validate::rules()) m.emplace(std::string(r.id), at++);
        return m;
    }();
    return index;
}

// The SARIF driver: every rule of the table, then any rule a finding names
// that the table does not know (a newer parser diagnostic), so that
// ruleIndex resolves; `index` maps a rule id to its place.
json sarif_driver(const std::vector<file_diagnostics>& files, const diagnostic_options& opt, rule_places& index) {
    index = table_index();
    json rules = json::array();
    for (const auto& r : validate::rules()) {
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
    json driver = {{"name", "vnplan"}};
    if (!opt.tool_version.empty()) driver["version"] = opt.tool_version;
    driver["rules"] = std::move(rules);
    return driver;
}

json sarif_result(const file_diagnostics& f, const model::diagnostic& d, std::size_t rule_index) {
    return {{"ruleId", d.rule},
            {"ruleIndex", rule_index},
            {"level", sarif_level(d.level)},
            {"message", {{"text", d.message}}},
            {"locations",
             json::array({{{"physicalLocation",
                            {{"artifactLocation", {{"uri", artifact_uri(f.file)}}},
                             {"region", {{"startLine", std::max(d.line, 1)}, {"startColumn", std::max(d.column, 1)}}}}}}})}};
}

// One SARIF log with one run, its results one at a time.
template <typename Out>
void emit_sarif(Out& out, const std::vector<file_diagnostics>& files, const diagnostic_options& opt,
                parts_view parts = nullptr) {
    rule_places index;
    json driver = sarif_driver(files, opt, index);
    out.begin_object();
    out.key("$schema");
    out.value("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
    out.key("version");
    out.value("2.1.0");
    out.key("runs");
    out.begin_array();
    out.begin_object();
    out.key("tool");
    out.value(json::object({{"driver", std::move(driver)}}));
    out.key("columnKind");
    out.value("unicodeCodePoints");
    out.key("results");
    out.begin_array();
    emit_findings(out, files, parts, [&](const file_diagnostics& f, const model::diagnostic& d) {
        return sarif_result(f, d, index.at(d.rule));
    });
    out.end_array();
    out.end_object();
    out.end_array();
    out.end_object();
}

void write_github(std::ostream& out, const file_diagnostics& f) {
    for (const auto& d : f.diagnostics) {
        const char* command = d.level == model::severity::error     ? "error"
                              : d.level == model::severity::warning ? "warning"
                                                                    : "notice";
        out << fmt::format("::{} file={},line={},col={},title={}::{}\n", command, github_escape_property(f.file),
                           d.line, d.column, github_escape_property(d.rule), github_escape_data(d.message));
    }
}

void write_github(std::ostream& out, const std::vector<file_diagnostics>& files) {
    for (const auto& f : files) write_github(out, f);
}

}  // namespace

json to_json(const std::vector<file_diagnostics>& files) {
    json_tree t;
    emit_json(t, files);
    return t.take();
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
    json_tree t;
    emit_sarif(t, files, opt);
    return t.take();
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
    std::ostringstream out;
    write_github(out, files);
    return std::move(out).str();
}

void write_diagnostics(std::ostream& out, const std::vector<file_diagnostics>& files,
                       const std::vector<diagnostics_part>& parts, diagnostic_format f, const diagnostic_options& opt) {
    switch (f) {
        case diagnostic_format::text:
        case diagnostic_format::github:
            for (std::size_t i = 0; i < files.size(); ++i) {
                if (has_part(&parts, i)) out << parts[i].text;
                else if (f == diagnostic_format::text) write_text(out, files[i], opt);
                else write_github(out, files[i]);
            }
            return;
        case diagnostic_format::json:
        case diagnostic_format::sarif: {
            json_stream s(out, true);
            if (f == diagnostic_format::json) emit_json(s, files, &parts);
            else emit_sarif(s, files, opt, &parts);
            out << '\n';
            return;
        }
    }
}

void write_diagnostics(std::ostream& out, const std::vector<file_diagnostics>& files, diagnostic_format f,
                       const diagnostic_options& opt) {
    write_diagnostics(out, files, {}, f, opt);
}

diagnostics_part render_part(const file_diagnostics& file, diagnostic_format f, const diagnostic_options& opt) {
    diagnostics_part part;
    std::ostringstream out;
    switch (f) {
        case diagnostic_format::text: write_text(out, file, opt); break;
        case diagnostic_format::github: write_github(out, file); break;
        case diagnostic_format::json: {
            auto s = json_stream::part(out, true, json_findings_depth);
            for (const auto& d : file.diagnostics) s.value(finding_json(file, d));
            break;
        }
        case diagnostic_format::sarif: {
            const auto& index = table_index();
            auto s = json_stream::part(out, true, sarif_results_depth);
            for (const auto& d : file.diagnostics) {
                const auto at = index.find(d.rule);
                if (at == index.end()) return part;  // not made: its index waits for every file
                s.value(sarif_result(file, d, at->second));
            }
            break;
        }
    }
    part.text = std::move(out).str();
    part.count = file.diagnostics.size();
    part.made = true;
    return part;
}

std::string render_diagnostics(const std::vector<file_diagnostics>& files, diagnostic_format f,
                               const diagnostic_options& opt) {
    std::ostringstream out;
    write_diagnostics(out, files, f, opt);
    return std::move(out).str();
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
