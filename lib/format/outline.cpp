#include "format/outline.hpp"

#include "text/text.hpp"

#include <fmt/format.h>

namespace vnplan::format {
namespace {

std::string trim_to(const std::string& s, int width) {
    if (width <= 0 || text::code_points(s) <= width) return s;
    std::size_t bytes = 0;
    int n = 0;
    while (bytes < s.size() && n < width - 1) {
        ++bytes;
        while (bytes < s.size() && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) ++bytes;
        ++n;
    }
    return s.substr(0, bytes) + "…";
}

void walk(const std::vector<model::section>& secs, int width, std::string& out, int& sections, int& items) {
    for (const auto& s : secs) {
        ++sections;
        items += static_cast<int>(s.items.size());
        const std::string indent(static_cast<std::size_t>(2 * (s.level - 1)), ' ');
        std::string tail;
        if (s.role) tail += fmt::format(" [{}]", *s.role);
        if (!s.items.empty()) tail += fmt::format(" ({} item{})", s.items.size(), s.items.size() == 1 ? "" : "s");
        const int room = width > 0 ? std::max(20, width - 7 - static_cast<int>(indent.size()) - text::code_points(s.label) -
                                                     static_cast<int>(tail.size()))
                                   : 0;
        out += fmt::format("{:>5}  {}{} {}{}\n", s.line, indent, s.label, trim_to(s.title, room), tail);
        walk(s.children, width, out, sections, items);
    }
}

}  // namespace

std::string outline(const model::document& doc, int width) {
    std::string out;
    int sections = 0;
    int items = static_cast<int>(doc.preamble.size());
    walk(doc.sections, width, out, sections, items);
    out += fmt::format("{} section{}, {} item{}\n", sections, sections == 1 ? "" : "s", items, items == 1 ? "" : "s");
    return out;
}

}  // namespace vnplan::format
