// vnplan validate: being written.
#include "cli.hpp"

namespace vnplan::cli {

std::function<exit_code()> setup_validate(CLI::App& app, common_options& opt) {
    add_common(app, opt, true);
    return [] {
        error("'validate' is not built yet");
        return exit_code::failure;
    };
}

}  // namespace vnplan::cli
