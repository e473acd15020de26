// validate: checks a parsed draft before it is signed. A pure function of the
// document and its decoded lines: the same input always gives the same
// findings, in the same order.
//
// Every rule has a stable id (scripts and SARIF consumers key on it), a
// default severity, a one-line summary and a paragraph of documentation that
// `vnplan validate --list-rules` prints. The parser's own diagnostics
// (`unclassified-line`, `no-structure`) come out through the same table so
// that they can be filtered like the rest.
#pragma once

#include "model/document.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::validate {

struct rule {
    std::string_view id;
    model::severity level;
    std::string_view summary;        // one line: what is wrong and what to do
    std::string_view documentation;  // a paragraph for --list-rules and SARIF
    bool enabled_by_default = true;
    bool from_parser = false;  // reported by the parser, passed through here
};

// The rule table, in the order --list-rules prints it.
const std::vector<rule>& rules();

// The rule with this id, or nullptr.
const rule* find_rule(std::string_view id);

// The known rule id closest to a mistyped one ("" when none is close).
std::string closest_rule(std::string_view id);

struct options {
    // Rule ids (or "all") to switch on / off on top of the defaults. A named
    // rule wins over "all"; the same rule in both sets is the caller's error
    // (see check_options).
    std::set<std::string> enable;
    std::set<std::string> disable;
    // Count the document's term (`nhiệm kỳ 2020 - 2025`, a deadline of source
    // "document") as a task's deadline for missing-deadline.
    bool assume_term_deadline = false;
};

// A one-line complaint about the options (an unknown rule id with a "did you
// mean", a rule both enabled and disabled), or nullopt when they are fine.
std::optional<std::string> check_options(const options& opt);

// Whether the rule runs under these options. Ids not in the table (a parser
// diagnostic this version does not know) run unless disabled by name or "all".
bool is_enabled(std::string_view id, const options& opt);

// Runs every enabled rule. `lines` are the decoded NFC lines of the file as
// load_result::lines holds them (index = line - 1); they give the columns.
// Findings are sorted by line, column, rule, then message.
std::vector<model::diagnostic> run(const model::document& doc, const std::vector<std::string>& lines,
                                   const options& opt);

}  // namespace vnplan::validate
