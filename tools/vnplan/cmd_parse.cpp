// vnplan parse FILE... [--format json|jsonl]
#include "cli.hpp"
#include "format/json.hpp"

namespace vnplan::cli {

std::function<exit_code()> setup_parse(CLI::App& app, common_options& opt) {
    add_common(app, opt, true);
    auto format = std::make_shared<std::string>("json");
    app.add_option("-f,--format", *format, "json (one document, pretty) or jsonl (one per line)")
        ->check(CLI::IsMember({"json", "jsonl"}));
    return [&opt, format] {
        const auto docs = load_all(opt);
        if (!docs) return exit_code::failure;
        // Written as it is made: the JSON of a large document is many times
        // its size.
        const bool lines = *format == "jsonl";
        return write_output(opt, [&](std::ostream& out) { format::write_documents_json(out, *docs, lines); })
                   ? exit_code::ok
                   : exit_code::failure;
    };
}

}  // namespace vnplan::cli
