// vnplan tasks FILE... [--kind K] [--format table|json|jsonl|csv|tsv|md]
#include "cli.hpp"
#include "format/items.hpp"

#include <unistd.h>

namespace vnplan::cli {

std::function<exit_code()> setup_tasks(CLI::App& app, common_options& opt) {
    add_common(app, opt, true);
    auto format = std::make_shared<std::string>();
    auto kinds = std::make_shared<std::vector<std::string>>();
    app.add_option("-f,--format", *format, "table (default on a terminal), json, jsonl (default into a pipe), csv, tsv, md")
        ->check(CLI::IsMember({"table", "json", "jsonl", "csv", "tsv", "md"}));
    app.add_option("-k,--kind", *kinds, "only items of this kind (task, target, purpose, goal, viewpoint, text); repeatable")
        ->check(CLI::IsMember({"task", "target", "purpose", "goal", "viewpoint", "text"}));
    return [&opt, format, kinds] {
        const auto docs = load_all(opt);
        if (!docs) return exit_code::failure;
        std::vector<format::item_row> rows;
        for (const auto& d : *docs)
            for (auto& r : format::flatten(d))
                if (kinds->empty() || std::find(kinds->begin(), kinds->end(), r.item->kind) != kinds->end())
                    rows.push_back(std::move(r));
        const bool to_terminal = opt.output.empty() && isatty(STDOUT_FILENO);
        const auto f = format->empty() ? (to_terminal ? format::item_format::table : format::item_format::jsonl)
                                       : *format::item_format_of(*format);
        format::table_options t;
        t.width = opt.output.empty() ? terminal_width() : 0;
        t.color = f == format::item_format::table && opt.output.empty() && use_color(opt, STDOUT_FILENO);
        t.show_file = docs->size() > 1;
        const auto write = [&](std::ostream& out) { format::write_items(out, rows, f, t); };
        return write_output(opt, write) ? exit_code::ok : exit_code::failure;
    };
}

}  // namespace vnplan::cli
