// libFuzzer target: the whole read path on arbitrary bytes — decoding (UTF-8,
// UTF-16, legacy detection), line classification, the structure builder,
// extraction — then the JSON of the document (nlohmann throws on invalid
// UTF-8: every string the parser makes must be whole characters) and
// normalize's rendering. Any crash, leak,
// sanitizer report or uncaught exception is a bug: bad input must end in a
// one-line error, never anything worse (DESIGN.md, "Bad input").
#include "format/json.hpp"
#include "text/text.hpp"
#include "vnplan.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

// Every continuation line of every item joined to its first line: not the
// exact plan `vnplan normalize` makes (it keeps field lines apart), but the
// same kind of input for normalize_text().
void plan_items(const std::vector<vnplan::model::item>& items, vnplan::text::normalize_plan& plan) {
    for (const auto& it : items)
        for (int l : it.lines)
            if (l > it.line) plan.joins.emplace_back(l, it.line);
}

void plan_sections(const std::vector<vnplan::model::section>& sections, vnplan::text::normalize_plan& plan) {
    for (const auto& s : sections) {
        plan.splits.emplace_back(s.line, s.label);
        plan_items(s.items, plan);
        plan_sections(s.children, plan);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto r = vnplan::parse_document(bytes, "fuzz.txt");
    if (!r.doc) return 0;
    (void)vnplan::format::document_json(*r.doc, true);
    vnplan::text::normalize_plan plan;
    plan_items(r.doc->preamble, plan);
    plan_sections(r.doc->sections, plan);
    (void)vnplan::text::normalize_text(r.lines, plan, vnplan::text::tone_style::new_style);
    (void)vnplan::text::normalize_text(r.lines, plan, vnplan::text::tone_style::old_style);
    return 0;
}
