// The subcommand table: name, one-line summary, setup. `--help` prints it.
#include "cli.hpp"

namespace vnplan::cli {

std::function<exit_code()> setup_parse(CLI::App&, common_options&);
std::function<exit_code()> setup_outline(CLI::App&, common_options&);
std::function<exit_code()> setup_tasks(CLI::App&, common_options&);

const std::vector<command>& commands() {
    static const std::vector<command> table{
        {"parse", "print the document model as JSON", setup_parse},
        {"outline", "print the section tree with line numbers", setup_outline},
        {"tasks", "list the items (tasks, targets, ...) with who leads them and by when", setup_tasks},
    };
    return table;
}

}  // namespace vnplan::cli
