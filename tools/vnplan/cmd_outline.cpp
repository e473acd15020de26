// vnplan outline FILE
#include "cli.hpp"
#include "format/outline.hpp"

namespace vnplan::cli {

std::function<exit_code()> setup_outline(CLI::App& app, common_options& opt) {
    add_common(app, opt, false);
    auto width = std::make_shared<int>(-1);
    app.add_option("-w,--width", *width, "trim titles to this many columns (0: never; default: the terminal's)");
    return [&opt, width] {
        if (!one_file(opt, "outline")) return exit_code::failure;
        const auto docs = load_all(opt);
        if (!docs) return exit_code::failure;
        const int w = *width >= 0 ? *width : (opt.output.empty() ? terminal_width() : 0);
        return write_output(opt, format::outline(docs->front(), w)) ? exit_code::ok : exit_code::failure;
    };
}

}  // namespace vnplan::cli
