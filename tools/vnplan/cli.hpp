// What every subcommand shares: the table entry, common options, output.
#pragma once

#include "format/items.hpp"
#include "model/document.hpp"
#include "vnplan.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace vnplan::cli {

enum class exit_code { ok = 0, findings = 1, failure = 2 };

// Options every subcommand understands.
struct common_options {
    std::vector<std::string> files;
    std::string output;       // -o FILE; empty: standard output
    std::string stdin_name = "<stdin>";
    std::string color = "auto";
    int jobs = 0;             // -j N: files loaded at once; 0: one per core
};

struct command {
    const char* name;
    const char* summary;
    // Adds the subcommand's options; returns the function that runs it.
    std::function<std::function<exit_code()>(CLI::App&, common_options&)> setup;
};

const std::vector<command>& commands();

// Prints "vnplan: error: <message>" on standard error.
void error(const std::string& message);

// Loads every file, `opt.jobs` at a time (0: one per core), and returns the
// documents in the order of the files; on a failure prints the error of the
// first failing file in that order and returns nullopt, as a one-by-one load
// would.
std::optional<std::vector<model::document>> load_all(const common_options& opt);

// Reads the files, `-j` at a time, and hands each document to `take(index,
// document)` on the thread that read it (several at once: `take` writes only
// to its own index). False, after the error of the first file (in the
// files' order) that could not be read, when one could not.
bool load_each(const common_options& opt, const std::function<void(std::size_t, model::document&&)>& take);

// The same, handing over all that load_document returns: the document with
// the decoded lines it was read from (validate shows them under a finding).
bool load_each_result(const common_options& opt, const std::function<void(std::size_t, load_result&&)>& take);

// What tasks and query print: the rows `select` picks from each document
// (called on the reading threads), in the chosen format (table on a
// terminal and jsonl into a pipe when `format_name` is empty). The number of
// rows, or nothing after an error.
std::optional<std::size_t> print_rows(const common_options& opt, const std::string& format_name,
                                      const std::function<std::vector<format::item_row>(const model::document&)>& select);

// The number of threads `opt.jobs` asks for: 0 means one per core.
int job_count(const common_options& opt);

// Writes the result to -o FILE or standard output. False (after printing an
// error) when the file cannot be written.
bool write_output(const common_options& opt, const std::string& text);

// The same for a result written as it is made: `write` gets the destination
// stream, so that a large result is never held whole in memory.
bool write_output(const common_options& opt, const std::function<void(std::ostream&)>& write);

// Whether colour is wanted on standard output / standard error.
bool use_color(const common_options& opt, int fd);

// Width of the terminal on standard output, or 0 when it is not a terminal.
int terminal_width();

// Adds the common options to a subcommand; with many files, `-j,--jobs` too.
void add_common(CLI::App& app, common_options& opt, bool many_files);
// For a command that reads one document: whether it got one, and an error
// (a false return) when it got more.
bool one_file(const common_options& opt, const std::string& command);

}  // namespace vnplan::cli
