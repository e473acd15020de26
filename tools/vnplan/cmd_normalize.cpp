// vnplan normalize FILE [-o OUT] [--tone old|new]
//
// The text as vnplan reads it: UTF-8 (whatever the input's encoding), NFC, one
// tone placement, debris removed, glued headings on their own line and
// page-break splits joined. The parsed document says what joins: an item's
// `lines` are the original lines that make it up; those that are not field
// lines (`- Cơ quan chủ trì: ...`) are continuations of its first line.
// Normalising twice gives the same text as normalising once.
#include "cli.hpp"
#include "text/text.hpp"
#include "vnplan.hpp"

#include <memory>

namespace vnplan::cli {
namespace {

// A line of the item that is one of its field lines, not a continuation.
bool is_field_line(const model::item& it, const std::string& clean) {
    for (const auto& f : it.fields)
        if (!f.empty() && clean.ends_with(f)) return true;
    return false;
}

void plan_item(const model::item& it, const std::vector<std::string>& lines, text::normalize_plan& plan) {
    for (const int l : it.lines) {
        if (l <= it.line || l > static_cast<int>(lines.size())) continue;
        if (is_field_line(it, text::strip_debris(lines[static_cast<std::size_t>(l - 1)]))) continue;
        plan.joins.emplace_back(l, it.line);
    }
}

void plan_section(const model::section& s, const std::vector<std::string>& lines, text::normalize_plan& plan) {
    // A heading whose line does not start with its label was glued to the
    // paragraph before it (`... trở lên. **2.3. VỀ NHIỆM VỤ...**`).
    if (s.line >= 1 && s.line <= static_cast<int>(lines.size()) && !s.label.empty()) {
        const auto& raw = lines[static_cast<std::size_t>(s.line - 1)];
        if (!text::strip_debris(raw).starts_with(s.label) && raw.find("**") != std::string::npos)
            plan.splits.emplace_back(s.line, s.label);
    }
    for (const auto& it : s.items) plan_item(it, lines, plan);
    for (const auto& c : s.children) plan_section(c, lines, plan);
}

}  // namespace

std::function<exit_code()> setup_normalize(CLI::App& app, common_options& opt) {
    add_common(app, opt, false);
    auto tone = std::make_shared<std::string>("new");
    app.add_option("--tone", *tone, "tone placement: new (hóa, Ủy) or old (hoá, Uỷ); default new")
        ->check(CLI::IsMember({"old", "new"}));
    return [&opt, tone] {
        if (!one_file(opt, "normalize")) return exit_code::failure;
        const auto& file = opt.files.front();
        const auto name = file == "-" ? opt.stdin_name : file;
        auto r = load_document(file, name);
        if (!r.doc) {
            error(name + ": " + r.error);
            return exit_code::failure;
        }
        text::normalize_plan plan;
        for (const auto& it : r.doc->preamble) plan_item(it, r.lines, plan);
        for (const auto& s : r.doc->sections) plan_section(s, r.lines, plan);
        // The plan is all that is needed of the model: it goes before the
        // normalised text is built, which is the size of the input again.
        r.doc.reset();
        const auto style = *tone == "old" ? text::tone_style::old_style : text::tone_style::new_style;
        return write_output(opt, text::normalize_text(r.lines, plan, style)) ? exit_code::ok : exit_code::failure;
    };
}

}  // namespace vnplan::cli
