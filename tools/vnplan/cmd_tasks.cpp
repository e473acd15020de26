// vnplan tasks FILE... [--kind K] [--format table|json|jsonl|csv|tsv|md]
#include "cli.hpp"
#include "format/items.hpp"

#include <algorithm>

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
        const auto printed = print_rows(opt, *format, [&](const model::document& d) {
            auto rows = format::flatten(d);
            if (!kinds->empty())
                std::erase_if(rows, [&](const format::item_row& r) {
                    return std::find(kinds->begin(), kinds->end(), r.item->kind) == kinds->end();
                });
            return rows;
        });
        return printed ? exit_code::ok : exit_code::failure;
    };
}

}  // namespace vnplan::cli
