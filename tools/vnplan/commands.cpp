// The subcommand table: name, one-line summary, setup. `--help` prints it.
#include "cli.hpp"

namespace vnplan::cli {

std::function<exit_code()> setup_parse(CLI::App&, common_options&);
std::function<exit_code()> setup_outline(CLI::App&, common_options&);
std::function<exit_code()> setup_tasks(CLI::App&, common_options&);
std::function<exit_code()> setup_query(CLI::App&, common_options&);
std::function<exit_code()> setup_validate(CLI::App&, common_options&);
std::function<exit_code()> setup_diff(CLI::App&, common_options&);
std::function<exit_code()> setup_normalize(CLI::App&, common_options&);

const std::vector<command>& commands() {
    static const std::vector<command> table{
        {"parse", "print the document model as JSON", setup_parse},
        {"outline", "print the section tree with line numbers", setup_outline},
        {"tasks", "list the items (tasks, targets, ...) with who leads them and by when", setup_tasks},
        {"query", "list the items that match a filter expression, across documents", setup_query},
        {"validate", "check a draft: deadlines, bodies, numbering, repeated blocks, dates", setup_validate},
        {"diff", "compare two documents as structures: sections, items, targets, deadlines, bodies", setup_diff},
        {"normalize", "print the text as vnplan reads it (UTF-8, NFC, one tone style, no debris)", setup_normalize},
    };
    return table;
}

}  // namespace vnplan::cli
