#include "vnplan.hpp"

#include "extract/extract.hpp"
#include "parse/parse.hpp"
#include "text/text.hpp"

namespace vnplan {
namespace {

load_result finish(text::source_text& src, const std::string& display_name) {
    load_result r;
    r.doc = parse::parse_structure(src, display_name);
    extract::extract_all(*r.doc);
    // The document holds copies of what it needs: the lines move, not copy.
    r.lines.reserve(src.lines.size());
    for (auto& l : src.lines) r.lines.push_back(std::move(l.raw));
    return r;
}

}  // namespace

load_result load_document(const std::string& path, const std::string& display_name) {
    text::source_text src;
    if (auto err = text::load(path, src)) return {std::nullopt, err->message, {}};
    return finish(src, display_name);
}

load_result parse_document(std::string_view bytes, const std::string& display_name) {
    text::source_text src;
    if (auto err = text::decode(bytes, src)) return {std::nullopt, err->message, {}};
    return finish(src, display_name);
}

}  // namespace vnplan
