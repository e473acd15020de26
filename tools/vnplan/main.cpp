// vnplan: dispatch only. Options -> the library -> print.
#include "cli.hpp"
#include "text/distance.hpp"

#include <algorithm>
#include <iostream>

#ifndef VNPLAN_VERSION
#define VNPLAN_VERSION "0.0.0"
#endif

namespace {

using vnplan::cli::exit_code;

using vnplan::text::edit_distance;

// "did you mean" for a mistyped subcommand or option.
std::string suggestion(const std::string& word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_d = 3;
    for (const auto& c : candidates) {
        const auto d = edit_distance(word, c);
        if (d < best_d) {
            best_d = d;
            best = c;
        }
    }
    return best.empty() ? "" : " (did you mean '" + best + "'?)";
}


}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"vnplan: read Vietnamese action programs, plans and resolutions as structured data", "vnplan"};
    app.set_version_flag("-V,--version", "vnplan " VNPLAN_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);
    std::vector<std::unique_ptr<vnplan::cli::common_options>> options;
    std::vector<std::pair<CLI::App*, std::function<exit_code()>>> runners;
    std::vector<std::string> names;
    for (const auto& c : vnplan::cli::commands()) {
        auto* sub = app.add_subcommand(c.name, c.summary);
        options.push_back(std::make_unique<vnplan::cli::common_options>());
        runners.emplace_back(sub, c.setup(*sub, *options.back()));
        names.emplace_back(c.name);
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help();
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        std::cout << app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::CallForVersion&) {
        std::cout << app.version() << "\n";
        return 0;
    } catch (const CLI::ParseError& e) {
        std::string message = e.what();
        // An unknown subcommand reaches CLI11 as an extra positional.
        if (argc > 1 && argv[1][0] != '-' && std::find(names.begin(), names.end(), argv[1]) == names.end()) {
            message = std::string("unknown command '") + argv[1] + "'" + suggestion(argv[1], names) +
                      "; run 'vnplan --help' for the list";
        } else if (app.get_subcommands().empty() && argc <= 1) {
            message = "no command given; run 'vnplan --help' for the list";
        } else {
            for (auto& [sub, run] : runners) {
                if (!sub->parsed()) continue;
                std::vector<std::string> opts;
                for (const auto* o : sub->get_options()) {
                    for (const auto& n : o->get_lnames()) opts.push_back("--" + n);
                }
                for (int i = 2; i < argc; ++i) {
                    const std::string a = argv[i];
                    if (a.rfind("--", 0) != 0 || a == "--") continue;
                    const auto name = a.substr(0, a.find('='));
                    if (std::find(opts.begin(), opts.end(), name) == opts.end() && name != "--help") {
                        message = "unknown option '" + name + "'" + suggestion(name, opts);
                        break;
                    }
                }
            }
        }
        vnplan::cli::error(message);
        return 2;
    }
    // What a command does not catch itself still ends as an error of ours,
    // never as an abort.
    try {
        for (auto& [sub, run] : runners) {
            if (sub->parsed()) return static_cast<int>(run());
        }
    } catch (const std::bad_alloc&) {
        vnplan::cli::error("out of memory");
        return 2;
    } catch (const std::exception& e) {
        vnplan::cli::error(e.what());
        return 2;
    }
    vnplan::cli::error("no command given; run 'vnplan --help' for the list");
    return 2;
}
