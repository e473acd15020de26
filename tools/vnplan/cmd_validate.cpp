// vnplan validate FILE... [--format text|json|sarif|github] [--enable R]... [--disable R]...
//                         [--fail-on error|warning|info] [--assume-term-deadline] [--list-rules]
#include "cli.hpp"
#include "format/diagnostics.hpp"
#include "validate/validate.hpp"
#include "vnplan.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <iostream>

#ifndef VNPLAN_VERSION
#define VNPLAN_VERSION "0.0.0"
#endif

namespace vnplan::cli {
namespace {

struct validate_flags {
    std::string format = "text";
    std::vector<std::string> enable;
    std::vector<std::string> disable;
    std::string fail_on = "warning";
    bool assume_term_deadline = false;
    bool list_rules = false;
};

const char* severity_word(model::severity s) {
    switch (s) {
        case model::severity::error: return "error";
        case model::severity::warning: return "warning";
        case model::severity::info: return "info";
    }
    return "warning";
}

// Greedy word wrap for the rule documentation.
std::string wrap(std::string_view text, std::size_t width, std::string_view indent) {
    std::string out, line;
    std::size_t line_points = 0;
    auto points = [](std::string_view w) {
        std::size_t n = 0;
        for (unsigned char c : w) n += (c & 0xC0) != 0x80;
        return n;
    };
    for (std::size_t at = 0; at < text.size();) {
        const auto sp = text.find(' ', at);
        const auto word = text.substr(at, sp == std::string_view::npos ? std::string_view::npos : sp - at);
        at = sp == std::string_view::npos ? text.size() : sp + 1;
        if (word.empty()) continue;
        if (!line.empty() && line_points + 1 + points(word) > width) {
            out += std::string(indent) + line + "\n";
            line.clear();
            line_points = 0;
        }
        line += (line.empty() ? "" : " ") + std::string(word);
        line_points += (line_points ? 1 : 0) + points(word);
    }
    if (!line.empty()) out += std::string(indent) + line + "\n";
    return out;
}

std::string list_rules(bool as_json) {
    if (as_json) {
        auto a = nlohmann::ordered_json::array();
        for (const auto& r : validate::rules())
            a.push_back({{"id", r.id},
                         {"severity", severity_word(r.level)},
                         {"enabled", r.enabled_by_default},
                         {"source", r.from_parser ? "parser" : "validate"},
                         {"summary", r.summary},
                         {"documentation", r.documentation}});
        return a.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    }
    std::string out;
    for (const auto& r : validate::rules()) {
        out += fmt::format("{} ({}{}): {}\n", r.id, severity_word(r.level), r.enabled_by_default ? "" : ", off by default",
                           r.summary);
        out += wrap(r.documentation, 74, "    ") + "\n";
    }
    return out;
}

bool reaches(model::severity s, model::severity fail_on) {
    // error < warning < info in the enum: lower is more severe.
    return static_cast<int>(s) <= static_cast<int>(fail_on);
}

}  // namespace

std::function<exit_code()> setup_validate(CLI::App& app, common_options& opt) {
    add_common(app, opt, true);
    // --list-rules needs no file; the check that files were given moves into
    // the run below.
    app.get_option("files")->required(false);
    auto flags = std::make_shared<validate_flags>();
    app.add_option("-f,--format", flags->format, "text (default), json, sarif or github (workflow annotations)")
        ->check(CLI::IsMember({"text", "json", "sarif", "github"}));
    app.add_option("--enable", flags->enable, "switch a rule on (repeatable, comma-separated; 'all' for every rule)")
        ->delimiter(',')
        ->allow_extra_args(false);
    app.add_option("--disable", flags->disable, "switch a rule off (repeatable, comma-separated; 'all' for every rule)")
        ->delimiter(',')
        ->allow_extra_args(false);
    app.add_option("--fail-on", flags->fail_on, "the lowest severity that makes the exit status 1: error, warning (default) or info")
        ->check(CLI::IsMember({"error", "warning", "info"}));
    app.add_flag("--assume-term-deadline", flags->assume_term_deadline,
                 "count the document's term (nhiệm kỳ 2020 - 2025) as the deadline of a task that has none");
    app.add_flag("--list-rules", flags->list_rules, "print the rules with their severity and documentation, then exit");
    return [&opt, flags] {
        try {
            validate::options vopt;
            vopt.enable.insert(flags->enable.begin(), flags->enable.end());
            vopt.disable.insert(flags->disable.begin(), flags->disable.end());
            vopt.assume_term_deadline = flags->assume_term_deadline;
            if (auto problem = validate::check_options(vopt)) {
                error(*problem);
                return exit_code::failure;
            }
            if (flags->list_rules)
                return write_output(opt, list_rules(flags->format == "json")) ? exit_code::ok : exit_code::failure;
            if (opt.files.empty()) {
                error("no input file; give one or more files, or '-' for standard input");
                return exit_code::failure;
            }
            const auto fmt_kind = *format::diagnostic_format_of(flags->format);
            format::diagnostic_options dopt;
            dopt.color = fmt_kind == format::diagnostic_format::text && (opt.output.empty() || opt.output == "-") &&
                         use_color(opt, STDOUT_FILENO);
            dopt.tool_version = VNPLAN_VERSION;
            // Each file is read, checked and its findings rendered on the
            // thread that reads it, `-j` at a time; what is kept is the
            // rendered part and the findings (for the summary, the exit
            // status and SARIF's rule list). Rendering every file on one
            // thread at the end held back the second core. A part that cannot
            // be made alone keeps the lines its findings show, for the end.
            // One file is rendered as it is written: its findings' text may be
            // many times its size.
            const bool by_parts = opt.files.size() > 1;
            std::vector<format::file_diagnostics> files(opt.files.size());
            std::vector<format::diagnostics_part> parts(by_parts ? opt.files.size() : 0);
            const bool read = load_each_result(opt, [&](std::size_t i, load_result&& r) {
                auto& fd = files[i];
                fd.file = opt.files[i] == "-" ? opt.stdin_name : opt.files[i];
                fd.diagnostics = validate::run(*r.doc, r.lines, vopt);
                fd.lines = std::move(r.lines);
                if (by_parts) parts[i] = format::render_part(fd, fmt_kind, dopt);
                if (by_parts && parts[i].made) std::vector<std::string>().swap(fd.lines);
                else format::keep_shown_lines(fd);
            });
            if (!read) return exit_code::failure;
            const auto write = [&](std::ostream& out) { format::write_diagnostics(out, files, parts, fmt_kind, dopt); };
            if (!write_output(opt, write)) return exit_code::failure;
            std::cerr << format::summary_line(files) << "\n";
            const auto fail_on = flags->fail_on == "error"     ? model::severity::error
                                 : flags->fail_on == "warning" ? model::severity::warning
                                                               : model::severity::info;
            for (const auto& f : files)
                for (const auto& d : f.diagnostics)
                    if (reaches(d.level, fail_on)) return exit_code::findings;
            return exit_code::ok;
        } catch (const std::exception& e) {
            // A subcommand never lets an exception out: report it as trouble.
            error(std::string("internal error: ") + e.what());
            return exit_code::failure;
        }
    };
}

}  // namespace vnplan::cli
