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
        std::string out;
        if (*format == "jsonl") {
            for (const auto& d : *docs) out += format::document_json(d, false);
        } else if (docs->size() == 1) {
            out = format::document_json(docs->front(), true);
        } else {
            auto a = nlohmann::ordered_json::array();
            for (const auto& d : *docs) a.push_back(format::to_json(d));
            out = a.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
        }
        return write_output(opt, out) ? exit_code::ok : exit_code::failure;
    };
}

}  // namespace vnplan::cli
