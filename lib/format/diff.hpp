// A structural diff (lib/diff) rendered: JSON "vnplan-diff/1" (the contract
// in DESIGN.md), text for a person at a terminal, Markdown for a report, and
// counts only (--stat).
#pragma once

#include "diff/diff.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace vnplan::format {

inline constexpr const char* diff_schema = "vnplan-diff/1";

enum class diff_format { text, json, md };

// Parses "text", "json", "md"; nullopt for anything else.
std::optional<diff_format> diff_format_of(std::string_view name);

struct diff_options {
    diff_format format = diff_format::text;
    bool stat = false;   // counts only
    bool color = false;  // text only: red for what went, green for what came
};

nlohmann::ordered_json diff_json(const diff::result& r, bool stat = false);

// The whole rendering, ending in a newline.
std::string render_diff(const diff::result& r, const diff_options& opt);

// "≥ 95%", "300", "3–4%": one target in a few characters.
std::string target_summary(const model::target& t);

}  // namespace vnplan::format
