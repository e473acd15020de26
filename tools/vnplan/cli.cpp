#include "cli.hpp"

#include "vnplan.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>

namespace vnplan::cli {

void error(const std::string& message) { std::cerr << "vnplan: error: " << message << "\n"; }

void add_common(CLI::App& app, common_options& opt, bool many_files) {
    if (many_files)
        app.add_option("files", opt.files, "input files ('-' reads standard input)")->required();
    else
        app.add_option("files", opt.files, "input file ('-' reads standard input)")->required()->expected(1);
    app.add_option("-o,--output", opt.output, "write the result to this file");
    app.add_option("--stdin-name", opt.stdin_name, "the name of standard input in messages and output");
    app.add_option("--color", opt.color, "colour: auto, always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
}

std::optional<std::vector<model::document>> load_all(const common_options& opt) {
    std::vector<model::document> docs;
    docs.reserve(opt.files.size());
    for (const auto& f : opt.files) {
        const auto name = f == "-" ? opt.stdin_name : f;
        auto r = load_document(f, name);
        if (!r.doc) {
            error(name + ": " + r.error);
            return std::nullopt;
        }
        docs.push_back(std::move(*r.doc));
    }
    return docs;
}

bool write_output(const common_options& opt, const std::string& text) {
    if (opt.output.empty() || opt.output == "-") {
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
        return true;
    }
    std::ofstream out(opt.output, std::ios::binary);
    out << text;
    if (!out) {
        error(opt.output + ": cannot write the output file");
        return false;
    }
    return true;
}

bool use_color(const common_options& opt, int fd) {
    if (opt.color == "always") return true;
    if (opt.color == "never") return false;
    auto set = [](const char* name) {
        const char* v = std::getenv(name);
        return v && *v && std::string(v) != "0";
    };
    if (set("FORCE_COLOR") || set("CLICOLOR_FORCE")) return true;
    if (std::getenv("NO_COLOR") && *std::getenv("NO_COLOR")) return false;
    const char* term = std::getenv("TERM");
    return isatty(fd) && !(term && std::string(term) == "dumb");
}

int terminal_width() {
    if (!isatty(STDOUT_FILENO)) return 0;
    winsize ws{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 80;
}

}  // namespace vnplan::cli
