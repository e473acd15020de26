// vnplan query EXPR FILE... [--format table|json|jsonl|csv|tsv|md] [-e]
//
// The items that match a filter expression (lib/query), printed by the same
// code as `tasks` (format::render_items), in file and line order.
#include "cli.hpp"
#include "format/items.hpp"
#include "query/query.hpp"

#include <unistd.h>

#include <algorithm>
#include <iostream>

namespace vnplan::cli {
namespace {

const char* const query_help = R"(Expressions:
  lead ~ "ban tuyen giao" and not deadline     ~ contains: case, accents and tone placement ignored
  kind = task and deadline.end <= 2025-06-30   dates: 2025-06-30, 30/6/2025, 6/2025, 2025 (a span)
  target.value >= 95 or text =~ "^Tổ chức"i    =~ is an ICU regex; "..."i ignores case
  not (lead or support)                        a field alone: it has a value
Operators: = != < <= > >= ~ =~, and / or / not, ( ).  Precedence: not > and > or.
A list field (body, lead, deadline.*, target.*, reference.*) matches when any element does; != means none equals.
Fields: )";

// The expression again, with a caret under the column (tabs and line breaks
// shown as spaces so that the caret stays under its character).
std::string caret_lines(const std::string& source, int column) {
    std::string shown = source;
    for (auto& c : shown)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return "  " + shown + "\n  " + std::string(static_cast<std::size_t>(std::max(0, column - 1)), ' ') + "^\n";
}

}  // namespace

std::function<exit_code()> setup_query(CLI::App& app, common_options& opt) {
    auto expr = std::make_shared<std::string>();
    auto format = std::make_shared<std::string>();
    auto exit_status = std::make_shared<bool>(false);
    // The expression is the first positional: it must be added before the files.
    app.add_option("expression", *expr, "the filter expression, e.g. 'lead ~ \"ban tuyen giao\" and not deadline'")->required();
    add_common(app, opt, true);
    app.add_option("-f,--format", *format, "table (default on a terminal), json, jsonl (default into a pipe), csv, tsv, md")
        ->check(CLI::IsMember({"table", "json", "jsonl", "csv", "tsv", "md"}));
    app.add_flag("-e,--exit-status", *exit_status, "exit with status 1 when nothing matches");
    std::string fields;
    for (const auto& f : query::field_names()) fields += (fields.empty() ? "" : ", ") + f;
    app.footer(std::string(query_help) + fields);
    return [&opt, expr, format, exit_status] {
        // The expression first: a typo should not wait for the files.
        const auto compiled = query::compile(*expr);
        if (!compiled.expression) {
            error("query: " + compiled.error->message);
            std::cerr << caret_lines(compiled.source, compiled.error->column);
            return exit_code::failure;
        }
        const auto printed = print_rows(opt, *format, [&](const model::document& d) {
            auto matched = format::flatten(d);
            std::erase_if(matched, [&](const format::item_row& r) {
                return !query::evaluate(*compiled.expression, {std::string(r.file), std::string(r.section), std::string(r.section_title), r.item});
            });
            // Reading order puts a section's items before its children; within
            // one file the results go by line.
            std::stable_sort(matched.begin(), matched.end(),
                             [](const auto& a, const auto& b) { return a.item->line < b.item->line; });
            return matched;
        });
        if (!printed) return exit_code::failure;
        return *exit_status && *printed == 0 ? exit_code::findings : exit_code::ok;
    };
}

}  // namespace vnplan::cli
