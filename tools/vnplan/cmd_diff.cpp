// vnplan diff OLD NEW [--format text|json|md] [--stat] [-q]
//
// Options -> load both -> diff::compare -> format::render_diff. Exit 0 when
// the two are the same in substance, 1 when they differ, 2 on trouble.
#include "cli.hpp"
#include "diff/diff.hpp"
#include "format/diff.hpp"

#include <exception>
#include <memory>

#include <unistd.h>

namespace vnplan::cli {

namespace {

struct diff_cli {
    std::string format = "text";
    bool stat = false;
    bool quiet = false;
};

exit_code run_diff(const common_options& opt, const diff_cli& o) {
    if (opt.files.size() != 2) {
        error("diff compares two documents, OLD and NEW; got " + std::to_string(opt.files.size()) +
              (opt.files.size() == 1 ? " file" : " files"));
        return exit_code::failure;
    }
    if (opt.files[0] == "-" && opt.files[1] == "-") {
        error("only one of OLD and NEW can be standard input ('-')");
        return exit_code::failure;
    }
    const auto docs = load_all(opt);
    if (!docs) return exit_code::failure;
    const auto r = diff::compare((*docs)[0], (*docs)[1]);
    const auto status = r.same() ? exit_code::ok : exit_code::findings;
    if (o.quiet) return status;
    format::diff_options f;
    f.format = *format::diff_format_of(o.format);
    f.stat = o.stat;
    f.color = f.format == format::diff_format::text && (opt.output.empty() || opt.output == "-") &&
              use_color(opt, STDOUT_FILENO);
    return write_output(opt, format::render_diff(r, f)) ? status : exit_code::failure;
}

}  // namespace

std::function<exit_code()> setup_diff(CLI::App& app, common_options& opt) {
    add_common(app, opt, true);
    auto o = std::make_shared<diff_cli>();
    app.add_option("-f,--format", o->format, "text (default), json (schema vnplan-diff/1) or md")
        ->check(CLI::IsMember({"text", "json", "md"}));
    app.add_flag("--stat", o->stat, "counts only");
    app.add_flag("-q,--quiet", o->quiet, "print nothing; the exit status says whether the documents differ");
    return [&opt, o] {
        // A subcommand never lets an exception out: anything unexpected is
        // trouble (exit 2), reported on one line.
        try {
            return run_diff(opt, *o);
        } catch (const std::exception& e) {
            error(std::string("diff failed: ") + e.what());
            return exit_code::failure;
        }
    };
}

}  // namespace vnplan::cli
