// libFuzzer target: diff. The input is two documents separated by a line that
// holds only a form feed ("\n\f\n"), or, without one, cut in half. Both are
// parsed, compared both ways and with themselves, and every result rendered
// (text, Markdown, JSON). A document compared with itself must be the same in
// substance: anything else is a bug in diff, and aborts.
#include "diff/diff.hpp"
#include "format/diff.hpp"
#include "vnplan.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void render(const vnplan::diff::result& r) {
    using vnplan::format::diff_format;
    for (auto f : {diff_format::text, diff_format::md, diff_format::json})
        (void)vnplan::format::render_diff(r, {f, false, false});
    (void)vnplan::format::render_diff(r, {diff_format::text, true, true});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::string_view a = input, b;
    if (const auto sep = input.find("\n\f\n"); sep != std::string_view::npos) {
        a = input.substr(0, sep);
        b = input.substr(sep + 3);
    } else {
        a = input.substr(0, size / 2);
        b = input.substr(size / 2);
    }
    const auto old_doc = vnplan::parse_document(a, "old.txt");
    const auto new_doc = vnplan::parse_document(b, "new.txt");
    if (old_doc.doc) {
        const auto self = vnplan::diff::compare(*old_doc.doc, *old_doc.doc);
        if (!self.same()) std::abort();
    }
    if (!old_doc.doc || !new_doc.doc) return 0;
    render(vnplan::diff::compare(*old_doc.doc, *new_doc.doc));
    render(vnplan::diff::compare(*new_doc.doc, *old_doc.doc));
    return 0;
}
