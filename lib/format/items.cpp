#include "format/items.hpp"

#include "format/json.hpp"
#include "text/text.hpp"

#include <fmt/format.h>

#include <ostream>
#include <sstream>

namespace vnplan::format {
namespace {

void walk(const std::vector<model::section>& secs, const std::string& file, std::vector<item_row>& out) {
    for (const auto& s : secs) {
        for (const auto& it : s.items) out.push_back({file, s.id, s.title, &it});
        walk(s.children, file, out);
    }
}

std::string join_bodies(const model::item& it, std::string_view role) {
    std::string out;
    for (const auto& b : it.bodies)
        if (b.role == role) out += (out.empty() ? "" : "; ") + b.name;
    return out;
}

std::string join_deadlines(const model::item& it) {
    std::string out;
    for (const auto& d : it.deadlines) out += (out.empty() ? "" : "; ") + deadline_summary(d);
    return out;
}

std::string join_targets(const model::item& it) {
    std::string out;
    for (const auto& t : it.targets) out += (out.empty() ? "" : "; ") + t.text;
    return out;
}

void write_row(json_stream& out, const item_row& r) {
    write_json(out, *r.item, {{"file", r.file}, {"section", r.section}, {"section_title", r.section_title}});
}

// Columns of the flat formats, in order.
const std::vector<std::string>& flat_columns() {
    static const std::vector<std::string> cols{"file", "section", "id", "kind", "line", "end_line", "lead", "support",
                                               "report_to", "deadline", "deadline_start", "deadline_end", "targets",
                                               "product", "text"};
    return cols;
}

std::vector<std::string> flat_values(const item_row& r) {
    const auto& it = *r.item;
    const model::deadline* d = it.deadlines.empty() ? nullptr : &it.deadlines.front();
    return {std::string(r.file),
            std::string(r.section),
            it.id,
            it.kind,
            std::to_string(it.line),
            std::to_string(it.end_line),
            join_bodies(it, "lead"),
            join_bodies(it, "support"),
            join_bodies(it, "report_to"),
            join_deadlines(it),
            d && d->start ? *d->start : "",
            d && d->end ? *d->end : "",
            join_targets(it),
            it.product.value_or(""),
            it.text};
}

std::string csv_cell(std::string s) {
    s = neutralise_cell(std::move(s));
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) {
        if (c == '"') q += '"';
        q += c;
    }
    return q + "\"";
}

std::string tsv_cell(std::string s) {
    s = neutralise_cell(std::move(s));
    for (auto& c : s)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return s;
}

std::string md_cell(std::string s) {
    std::string out;
    for (char c : s) {
        if (c == '|') out += "\\|";
        else if (c == '\n') out += ' ';
        else out += c;
    }
    return out;
}

// Pads or trims to exactly `w` code points.
std::string fit(const std::string& s, int w) {
    const int n = text::code_points(s);
    if (n <= w) return s + std::string(static_cast<std::size_t>(w - n), ' ');
    std::size_t bytes = 0;
    int k = 0;
    while (bytes < s.size() && k < w - 1) {
        ++bytes;
        while (bytes < s.size() && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) ++bytes;
        ++k;
    }
    return s.substr(0, bytes) + "…";
}

// Paths keep their end, where the file name is: `…/000_ee0e1b8aaf8b654d.txt`.
std::string fit_left(const std::string& s, int w) {
    const int n = text::code_points(s);
    if (n <= w) return s + std::string(static_cast<std::size_t>(w - n), ' ');
    std::size_t bytes = s.size();
    int k = 0;
    while (bytes > 0 && k < w - 1) {
        --bytes;
        while (bytes > 0 && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) --bytes;
        ++k;
    }
    return "…" + s.substr(bytes);
}

// The columns of the table, and one line of it.
struct table_layout {
    struct col {
        std::string name;
        int width;
    };
    std::vector<col> cols;
    int text_w = 100000;
    const table_options& opt;

    explicit table_layout(const table_options& o) : opt(o) {
        if (opt.show_file) cols.push_back({"FILE", 24});
        cols.insert(cols.end(), {{"SECTION", 10}, {"KIND", 9}, {"LEAD", 24}, {"DEADLINE", 22}});
        int used = 0;
        for (const auto& c : cols) used += c.width + 2;
        if (opt.width > 0) text_w = std::max(20, opt.width - used);
    }

    void line(std::ostream& out, const std::vector<std::string>& v, bool head) const {
        std::string l;
        for (std::size_t i = 0; i < cols.size(); ++i)
            l += (opt.show_file && i == 0 && !head ? fit_left(v[i], cols[i].width) : fit(v[i], cols[i].width)) + "  ";
        std::string t = v.back();
        if (opt.width > 0) t = fit(t, text_w);
        while (!t.empty() && t.back() == ' ') t.pop_back();
        l += t;
        if (head && opt.color) l = "\x1b[1m" + l + "\x1b[0m";
        l += '\n';
        out << l;
    }
};

void write_table_header(std::ostream& out, const table_options& opt) {
    const table_layout layout(opt);
    std::vector<std::string> head;
    for (const auto& c : layout.cols) head.push_back(c.name);
    head.push_back("TEXT");
    layout.line(out, head, true);
}

void write_table_rows(std::ostream& out, const std::vector<item_row>& rows, const table_options& opt) {
    const table_layout layout(opt);
    for (const auto& r : rows) {
        std::vector<std::string> v;
        if (opt.show_file) v.emplace_back(r.file);
        const auto& it = *r.item;
        v.emplace_back(r.section.empty() ? "-" : r.section);
        v.push_back(it.kind);
        v.push_back(join_bodies(it, "lead"));
        v.push_back(it.deadlines.empty() ? "" : deadline_summary(it.deadlines.front()));
        v.push_back(it.text);
        layout.line(out, v, false);
    }
}

void write_flat_line(std::ostream& out, const std::vector<std::string>& v, bool csv) {
    std::string line;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) line += csv ? ',' : '\t';
        line += csv ? csv_cell(v[i]) : tsv_cell(v[i]);
    }
    line += csv ? "\r\n" : "\n";
    out << line;
}

}  // namespace

std::vector<item_row> flatten(const model::document& doc) {
    std::vector<item_row> out;
    for (const auto& it : doc.preamble) out.push_back({doc.source.path, "", "", &it});
    walk(doc.sections, doc.source.path, out);
    return out;
}

std::optional<item_format> item_format_of(std::string_view name) {
    if (name == "table") return item_format::table;
    if (name == "json") return item_format::json;
    if (name == "jsonl") return item_format::jsonl;
    if (name == "csv") return item_format::csv;
    if (name == "tsv") return item_format::tsv;
    if (name == "md") return item_format::md;
    return std::nullopt;
}

std::string neutralise_cell(std::string s) {
    if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
        s.insert(s.begin(), '\'');
    return s;
}

std::string deadline_summary(const model::deadline& d) {
    const auto start = d.start.value_or("");
    const auto end = d.end.value_or("");
    std::string s = d.kind;
    if (d.kind == "before" || d.kind == "by") s += " " + (end.empty() ? d.text : end);
    else if (d.kind == "on") s += " " + (end.empty() ? d.text : end);
    else if (d.kind == "from") s += " " + (start.empty() ? d.text : start);
    else if (d.kind == "within" || d.kind == "period") s += " " + (start.empty() ? d.text : start + ".." + end);
    else if (d.kind == "recurring") s = d.recurrence.value_or("recurring") + (d.quarter ? fmt::format(" (Q{})", *d.quarter) : "");
    else if (d.kind == "conditional") s += ": " + d.condition.value_or(d.text);
    return s;
}

void write_items_header(std::ostream& out, item_format f, const table_options& opt) {
    switch (f) {
        case item_format::table: write_table_header(out, opt); return;
        case item_format::csv:
        case item_format::tsv: write_flat_line(out, flat_columns(), f == item_format::csv); return;
        case item_format::md: out << "| section | kind | lead | deadline | text |\n|---|---|---|---|---|\n"; return;
        case item_format::json:
        case item_format::jsonl: return;
    }
}

void write_item_lines(std::ostream& out, const std::vector<item_row>& rows, item_format f, const table_options& opt) {
    switch (f) {
        case item_format::table: write_table_rows(out, rows, opt); return;
        case item_format::json: {
            auto s = json_stream::part(out, true, 1);
            for (const auto& r : rows) write_row(s, r);
            return;
        }
        case item_format::jsonl:
            for (const auto& r : rows) {
                json_stream s(out, false);
                write_row(s, r);
                out << '\n';
            }
            return;
        case item_format::csv:
        case item_format::tsv:
            for (const auto& r : rows) write_flat_line(out, flat_values(r), f == item_format::csv);
            return;
        case item_format::md:
            for (const auto& r : rows) {
                const auto& it = *r.item;
                out << fmt::format("| {} | {} | {} | {} | {} |\n", md_cell(std::string(r.section)), it.kind,
                                   md_cell(join_bodies(it, "lead")), md_cell(join_deadlines(it)), md_cell(it.text));
            }
            return;
    }
}

void write_items(std::ostream& out, const std::vector<item_row>& rows, item_format f, const table_options& opt) {
    if (f == item_format::json) {
        json_stream s(out, true);
        s.begin_array();
        for (const auto& r : rows) write_row(s, r);
        s.end_array();
        out << '\n';
        return;
    }
    write_items_header(out, f, opt);
    write_item_lines(out, rows, f, opt);
}

std::string render_items(const std::vector<item_row>& rows, item_format f, const table_options& opt) {
    std::ostringstream out;
    write_items(out, rows, f, opt);
    return std::move(out).str();
}

}  // namespace vnplan::format
