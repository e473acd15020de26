#include "cli.hpp"

#include "format/items.hpp"
#include "format/json.hpp"
#include "vnplan.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <new>
#include <sstream>
#include <thread>

namespace vnplan::cli {

void error(const std::string& message) { std::cerr << "vnplan: error: " << message << "\n"; }

void add_common(CLI::App& app, common_options& opt, bool many_files) {
    // A command of one file takes any number here and says itself that it
    // got more (one_file): CLI11's own words were `files: At Most 1
    // required but received 8`.
    app.add_option("files", opt.files, many_files ? "input files ('-' reads standard input)"
                                                  : "input file ('-' reads standard input)")
        ->required();
    app.add_option("-o,--output", opt.output, "write the result to this file");
    app.add_option("--stdin-name", opt.stdin_name, "the name of standard input in messages and output");
    app.add_option("--color", opt.color, "colour: auto, always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    if (many_files)
        app.add_option("-j,--jobs", opt.jobs, "read this many files at once (default: one per core); output order is the files' order")
            ->check(CLI::NonNegativeNumber);
}

bool one_file(const common_options& opt, const std::string& command) {
    if (opt.files.size() == 1) return true;
    error(command + " reads one document; got " + std::to_string(opt.files.size()) +
          " files (tasks, parse, validate and query read many)");
    return false;
}

int job_count(const common_options& opt) {
    if (opt.jobs > 0) return opt.jobs;
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : static_cast<int>(cores);
}

std::optional<std::vector<model::document>> load_all(const common_options& opt) {
    std::vector<std::optional<model::document>> loaded(opt.files.size());
    if (!load_each(opt, [&](std::size_t i, model::document&& doc) { loaded[i] = std::move(doc); })) return std::nullopt;
    std::vector<model::document> docs;
    docs.reserve(loaded.size());
    for (auto& d : loaded) docs.push_back(std::move(*d));
    return docs;
}

bool load_each(const common_options& opt, const std::function<void(std::size_t, model::document&&)>& take) {
    return load_each_result(opt, [&](std::size_t i, load_result&& r) { take(i, std::move(*r.doc)); });
}

bool load_each_result(const common_options& opt, const std::function<void(std::size_t, load_result&&)>& take) {
    const std::size_t n = opt.files.size();
    std::vector<std::string> errors(n);
    // The first failing file in input order so far: files after it need not
    // be read, files before it still must (one of them may fail too).
    std::atomic<std::size_t> first_error{n};
    auto name_of = [&](std::size_t i) { return opt.files[i] == "-" ? opt.stdin_name : opt.files[i]; };
    auto fail = [&](std::size_t i, std::string message) {
        errors[i] = std::move(message);
        for (std::size_t seen = first_error.load(); i < seen && !first_error.compare_exchange_weak(seen, i);) {
        }
    };
    // A file that throws (out of memory, say) fails as one that does not
    // load: the error reported is still the first in input order, whichever
    // thread met it first, so that -j N says what -j 1 says.
    auto load_one = [&](std::size_t i) {
        try {
            auto r = load_document(opt.files[i], name_of(i));
            if (!r.doc) return fail(i, std::move(r.error));
            take(i, std::move(r));
        } catch (const std::bad_alloc&) {
            fail(i, "out of memory");
        } catch (const std::exception& e) {
            fail(i, e.what());
        }
    };
    // Standard input is read on this thread, in file order: which `-` gets
    // the bytes (a second `-` finds it empty) must not depend on timing.
    std::size_t on_disk = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (opt.files[i] != "-") ++on_disk;
        else if (i < first_error.load()) load_one(i);
    }
    const auto threads = std::min<std::size_t>(static_cast<std::size_t>(job_count(opt)), on_disk);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < n;) {
            if (opt.files[i] == "-" || i > first_error.load()) continue;
            load_one(i);
        }
    };
    if (threads <= 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        pool.reserve(threads - 1);
        for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
        work();
        for (auto& t : pool) t.join();
    }
    if (const std::size_t i = first_error.load(); i < n) {
        error(name_of(i) + ": " + errors[i]);
        return false;
    }
    return true;
}

std::optional<std::size_t> print_rows(const common_options& opt, const std::string& format_name,
                                      const std::function<std::vector<format::item_row>(const model::document&)>& select) {
    const bool to_terminal = opt.output.empty() && isatty(STDOUT_FILENO);
    const auto f = format_name.empty() ? (to_terminal ? format::item_format::table : format::item_format::jsonl)
                                       : *format::item_format_of(format_name);
    format::table_options t;
    t.width = opt.output.empty() ? terminal_width() : 0;
    t.color = f == format::item_format::table && opt.output.empty() && use_color(opt, STDOUT_FILENO);
    t.show_file = opt.files.size() > 1;
    if (opt.files.size() <= 1) {
        // One file: written as it is rendered, from the document (a large
        // document's rows are never held as one string).
        const auto docs = load_all(opt);
        if (!docs) return std::nullopt;
        std::vector<format::item_row> rows;
        for (const auto& d : *docs)
            for (auto& r : select(d)) rows.push_back(std::move(r));
        if (!write_output(opt, [&](std::ostream& out) { format::write_items(out, rows, f, t); })) return std::nullopt;
        return rows.size();
    }
    // Several files: each document's rows are rendered on the thread that
    // read it, and the document let go; the texts are written in the files'
    // order once every file has been read (an error leaves standard output
    // empty). Rendering on one thread held back the second core (json over
    // 1 740 files: 1.34 times as fast at -j 2 as at -j 1); at -j 1 too,
    // holding the texts rather than every document's model keeps the peak
    // near the output's size (129 MB for the models, about 70 MB for the
    // jsonl texts).
    std::vector<std::string> texts(opt.files.size());
    std::vector<std::size_t> counts(opt.files.size());
    const bool read = load_each(opt, [&](std::size_t i, model::document&& doc) {
        const auto rows = select(doc);
        counts[i] = rows.size();
        std::ostringstream out;
        format::write_item_lines(out, rows, f, t);
        texts[i] = std::move(out).str();
    });
    if (!read) return std::nullopt;
    std::size_t count = 0;
    for (const auto c : counts) count += c;
    const bool written = write_output(opt, [&](std::ostream& out) {
        if (f == format::item_format::json) {
            format::write_array_of_parts(out, texts, counts);
            return;
        }
        format::write_items_header(out, f, t);
        for (const auto& text : texts) out.write(text.data(), static_cast<std::streamsize>(text.size()));
    });
    if (!written) return std::nullopt;
    return count;
}

bool write_output(const common_options& opt, const std::string& text) {
    return write_output(opt, [&text](std::ostream& out) { out.write(text.data(), static_cast<std::streamsize>(text.size())); });
}

bool write_output(const common_options& opt, const std::function<void(std::ostream&)>& write) {
    if (opt.output.empty() || opt.output == "-") {
        write(std::cout);
        std::cout.flush();
        return true;
    }
    std::ofstream out(opt.output, std::ios::binary);
    if (out) write(out);
    if (out) out.close();
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
