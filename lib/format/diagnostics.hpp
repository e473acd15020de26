// Diagnostics rendered for people and for machines: the compiler-style text
// with the offending line and a caret, JSON, SARIF 2.1.0 and GitHub workflow
// commands. One printer for every subcommand that reports findings.
#pragma once

#include "model/document.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::format {

// The findings of one file, with its decoded lines for the caret display.
struct file_diagnostics {
    std::string file;                        // as the user named it
    std::vector<std::string> lines;          // decoded NFC lines, index = line - 1 (may be empty)
    std::vector<model::diagnostic> diagnostics;
};

// Empties the lines that no finding points at, keeping their places: the
// caret display needs only the others, and a batch of files then holds only
// those until it is printed.
void keep_shown_lines(file_diagnostics& f);

enum class diagnostic_format { text, json, sarif, github };

// Parses "text", "json", "sarif", "github"; nullopt for anything else.
std::optional<diagnostic_format> diagnostic_format_of(std::string_view name);

struct diagnostic_options {
    bool color = false;          // ANSI colour in the text format only
    std::string tool_version;    // SARIF runs[0].tool.driver.version
    int max_line_width = 100;    // code points of the source line shown under a finding; 0: whole line
};

// `file:line:col: severity: message [rule]`, then the line and a caret under
// the column (code points of the NFC line).
std::string render_text(const std::vector<file_diagnostics>& files, const diagnostic_options& opt);

// `[{file, line, column, severity, rule, message}]`.
nlohmann::ordered_json to_json(const std::vector<file_diagnostics>& files);

// One SARIF 2.1.0 log with one run; columnKind "unicodeCodePoints".
nlohmann::ordered_json to_sarif(const std::vector<file_diagnostics>& files, const diagnostic_options& opt);

// `::warning file=F,line=L,col=C,title=RULE::message`, one a line.
std::string render_github(const std::vector<file_diagnostics>& files);

// Any of the above, written to `out` one finding at a time (ends in a newline
// unless empty): the findings of a large document are never one string or
// one tree.
void write_diagnostics(std::ostream& out, const std::vector<file_diagnostics>& files, diagnostic_format f,
                       const diagnostic_options& opt);

// One file's findings in format `f`, made on their own (on the thread that
// checked the file, say) for write_diagnostics to join in the files' order.
struct diagnostics_part {
    std::string text;
    std::size_t count = 0;  // the findings in `text`
    // False when the part could not be made alone and is left to
    // write_diagnostics: in SARIF, a finding of a rule that the rule table
    // does not know, whose ruleIndex depends on every file's findings.
    bool made = false;
};
diagnostics_part render_part(const file_diagnostics& file, diagnostic_format f, const diagnostic_options& opt);

// write_diagnostics with parts[i], where made, standing for the findings of
// files[i] (which are still read for what the whole log needs: SARIF's rule
// list). The same bytes as without the parts.
void write_diagnostics(std::ostream& out, const std::vector<file_diagnostics>& files,
                       const std::vector<diagnostics_part>& parts, diagnostic_format f, const diagnostic_options& opt);

// The same as a string.
std::string render_diagnostics(const std::vector<file_diagnostics>& files, diagnostic_format f,
                               const diagnostic_options& opt);

// `3 warnings, 1 error in 2 files`, or `no problems in 1 file`.
std::string summary_line(const std::vector<file_diagnostics>& files);

// The escaping of GitHub workflow commands: data (the message) turns % CR LF
// into %25 %0D %0A; a property value (file, title) also turns : and , into
// %3A and %2C.
std::string github_escape_data(std::string_view s);
std::string github_escape_property(std::string_view s);

// A file name as a SARIF artifact URI: relative paths stay relative, absolute
// ones become file:// URIs; everything but unreserved characters and `/` is
// percent-encoded.
std::string artifact_uri(std::string_view path);

// "error", "warning", "note": SARIF's name for a severity.
const char* sarif_level(model::severity s);

}  // namespace vnplan::format
