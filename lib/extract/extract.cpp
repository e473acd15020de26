// Extraction over the whole document: each item's text and field lines go
// through the inline grammars, then what headings state is inherited below
// them, and the document's term fills in where nothing closer exists.
#include "extract/extract.hpp"

#include "extract/bodies.hpp"
#include "extract/deadlines.hpp"
#include "extract/references.hpp"
#include "extract/targets.hpp"
#include "parse/parse.hpp"
#include "text/text.hpp"

#include <algorithm>

namespace vnplan::extract {
namespace {

struct inherited {
    std::optional<model::body> lead;         // from the nearest heading that is a body
    std::vector<model::deadline> deadlines;  // from the nearest heading that states one
    std::optional<std::string> role;
    bool review = false;  // under a review of the past: paragraphs are narrative
};

bool has_role(const std::vector<model::body>& bodies, std::string_view role) {
    return std::any_of(bodies.begin(), bodies.end(), [&](const auto& b) { return b.role == role; });
}

// The bodies of `more` appended in order; the repeats are dropped once the
// whole item is read (keep_first_bodies), not at each field line.
void add_bodies(std::vector<model::body>& bodies, std::vector<model::body> more) {
    bodies.insert(bodies.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

std::string field_value(std::string_view line) {
    auto v = line.substr(line.find(':') + 1);
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    return std::string(v);
}

bool starts_with(std::string_view s, std::string_view p) { return s.rfind(p, 0) == 0; }

// Field lines: `Cơ quan chủ trì: Sở Tư pháp.`, `Cơ quan phối hợp: ...`,
// `Thời gian hoàn thành: Quý II/2025.`, `Sản phẩm: ...`.
void apply_field(model::item& it, std::string_view line) {
    const auto name = parse::field_name(line);
    const auto value = field_value(line);
    const bool doer = name.find("thuc hien") != std::string::npos &&
                      (starts_with(name, "co quan") || starts_with(name, "don vi") || starts_with(name, "trach nhiem"));
    if (name.find("chu tri") != std::string::npos || doer) {
        add_bodies(it.bodies, bodies_of_list(value, "lead"));
    } else if (name.find("phoi hop") != std::string::npos) {
        add_bodies(it.bodies, bodies_of_list(value, "support"));
    } else if (starts_with(name, "thoi gian") || starts_with(name, "thoi han") || starts_with(name, "tien do")) {
        for (auto& d : find_deadlines(value, {}, true)) it.deadlines.push_back(std::move(d.value));
    } else if (starts_with(name, "san pham") || starts_with(name, "ket qua")) {
        it.product = value;
    }
}

// The text facts of one piece of text; references are found first so that
// their dates and numbers are not read as deadlines, targets or bodies.
void read_text(model::item& it, std::string_view text, bool preamble = false) {
    const source src(text);
    std::vector<span> skip;
    for (auto& r : find_references(src)) {
        skip.push_back(r.where);
        it.references.push_back(std::move(r.value));
    }
    for (const auto& s : find_named_periods(src)) skip.push_back(s);
    const span_set claimed(std::move(skip));
    // `Căn cứ Luật ... ngày 19 tháng 02 năm 2025;` before the first section:
    // a legal basis cites documents, it schedules nothing, even where a cited
    // law has no number for the reference grammar to claim its date. (In the
    // body, `Căn cứ ..., các sở ... trước ngày 30/6` is a task: read it.)
    if (preamble && text::fold_accents(text.substr(0, std::min<std::size_t>(text.size(), 16))).rfind("can cu ", 0) == 0) {
        add_bodies(it.bodies, find_bodies(src, claimed));
        return;
    }
    for (auto& d : find_deadlines(src, claimed)) it.deadlines.push_back(std::move(d.value));
    for (auto& t : find_targets(src, claimed)) it.targets.push_back(std::move(t.value));
    add_bodies(it.bodies, find_bodies(src, claimed));
}

// A task table converted to text: `TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ
// quan phối hợp | Kết quả | Thời gian hoàn thành`, then one row per task.
struct table_columns {
    int task = -1, lead = -1, support = -1, product = -1, deadline = -1;
    bool valid() const { return task >= 0 && (lead >= 0 || deadline >= 0); }
};

// The cells of a row, without the outer border a table may be drawn with
// (`| 1 | Nhiệm vụ | Sở A |`): a header written without it then lines up
// with rows written with it, and the other way round. A bar at one end only
// is no border but an empty cell (`| Nhiệm vụ | Sở A`, its number blank).
std::vector<std::string> cells(std::string_view row) {
    std::vector<std::string> out;
    while (!row.empty() && row.front() == ' ') row.remove_prefix(1);
    while (!row.empty() && row.back() == ' ') row.remove_suffix(1);
    if (row.size() > 1 && row.starts_with('|') && row.ends_with('|')) row = row.substr(1, row.size() - 2);
    std::size_t start = 0;
    while (true) {
        const auto bar = row.find('|', start);
        auto cell = row.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
        while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
        while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
        out.emplace_back(cell);
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    return out;
}

// At least two `|`: a row of a table, or its header. memchr, not a count of
// every byte: most items have none.
bool two_bars(std::string_view row) {
    const auto first = row.find('|');
    return first != std::string_view::npos && row.find('|', first + 1) != std::string_view::npos;
}

std::optional<table_columns> table_header(std::string_view row) {
    if (!two_bars(row)) return std::nullopt;
    table_columns c;
    const auto cs = cells(row);
    for (int i = 0; i < static_cast<int>(cs.size()); ++i) {
        const auto f = text::fold_accents(cs[static_cast<std::size_t>(i)]);
        auto has = [&](std::string_view w) { return f.find(w) != std::string::npos; };
        if (has("chu tri")) c.lead = i;
        else if (has("phoi hop")) c.support = i;
        else if (has("thoi gian") || has("thoi han") || has("tien do") || has("hoan thanh")) c.deadline = i;
        else if (has("san pham") || has("ket qua")) c.product = i;
        else if (c.task < 0 && (has("nhiem vu") || has("noi dung") || has("cong viec") || has("ten "))) c.task = i;
    }
    if (!c.valid()) return std::nullopt;
    return c;
}

void read_table_row(model::item& it, const table_columns& c) {
    const auto cs = cells(it.text);
    auto cell = [&](int i) -> std::string { return i >= 0 && i < static_cast<int>(cs.size()) ? cs[static_cast<std::size_t>(i)] : ""; };
    const auto task = cell(c.task);
    if (task.empty()) return;
    model::item row = it;
    row.bodies.clear();
    row.deadlines.clear();
    row.targets.clear();
    row.references.clear();
    // The item is the task; the other cells are kept as its field lines.
    row.text = task;
    row.fields.clear();
    for (int i = 0; i < static_cast<int>(cs.size()); ++i) {
        if (i == c.task || cs[static_cast<std::size_t>(i)].empty()) continue;
        if (i == c.lead) row.fields.push_back("Cơ quan chủ trì: " + cell(i));
        else if (i == c.support) row.fields.push_back("Cơ quan phối hợp: " + cell(i));
        else if (i == c.deadline) row.fields.push_back("Thời gian hoàn thành: " + cell(i));
        else if (i == c.product) row.fields.push_back("Sản phẩm: " + cell(i));
        else row.fields.push_back(cell(i));
    }
    read_text(row, task);
    // The columns say who leads, who supports and by when: they win over the
    // text, and come in through the field lines above.
    if (c.lead >= 0 || c.support >= 0)
        std::erase_if(row.bodies, [](const auto& b) { return b.role == "lead" || b.role == "support"; });
    if (c.deadline >= 0 && !cell(c.deadline).empty()) row.deadlines.clear();
    it = std::move(row);
}

std::string kind_of(const model::item& it, bool review) {
    if (it.kind != "text" || review) return it.kind;
    if (!it.targets.empty() && it.bodies.empty()) return "target";
    if (has_role(it.bodies, "lead") || !it.deadlines.empty()) return "task";
    return "text";
}

void walk(model::section& s, inherited ctx, model::document& doc) {
    if (s.role) ctx.role = s.role;
    const bool title_like = !parse::is_statement(s.title);
    if (title_like && !s.role && parse::is_review_title(s.title)) ctx.review = true;
    if (title_like) {
        if (auto b = body_of_heading(s.title)) {
            s.bodies.push_back(*b);
            ctx.lead = *b;
        }
        const source title(s.title);
        std::vector<span> skip;
        for (auto& r : find_references(title)) skip.push_back(r.where);
        for (const auto& p : find_named_periods(title)) skip.push_back(p);
        auto found = find_deadlines(title, skip);
        if (!found.empty()) {
            s.deadlines.clear();
            for (auto& d : found) {
                d.value.source = "heading";
                s.deadlines.push_back(d.value);
            }
            ctx.deadlines = s.deadlines;
        }
    }
    std::optional<table_columns> table;
    std::vector<int> header_rows;
    for (std::size_t i = 0; i < s.items.size(); ++i) {
        auto& it = s.items[i];
        if (auto h = table_header(it.text)) {
            table = h;
            header_rows.push_back(static_cast<int>(i));
            continue;
        }
        if (table && two_bars(it.text)) {
            read_table_row(it, *table);
        } else {
            read_text(it, it.text);
        }
        for (const auto& f : it.fields) apply_field(it, f);
        keep_first_bodies(it.bodies);
        // The heading's body leads an item that names no lead: no repeat to drop.
        if (ctx.lead && !has_role(it.bodies, "lead")) it.bodies.push_back(*ctx.lead);
        if (it.deadlines.empty())
            for (const auto& d : ctx.deadlines) it.deadlines.push_back(d);
        it.kind = kind_of(it, ctx.review && !ctx.role);
        if (it.kind == "task" && it.deadlines.empty() && doc.meta.term) {
            model::deadline d;
            d.text = "nhiệm kỳ " + std::to_string(doc.meta.term->from) + " - " + std::to_string(doc.meta.term->to);
            d.kind = "period";
            d.start = std::to_string(doc.meta.term->from) + "-01-01";
            d.end = std::to_string(doc.meta.term->to) + "-12-31";
            d.source = "document";
            it.deadlines.push_back(std::move(d));
        }
    }
    // A table's header row is not an item: its line is kept with the metadata.
    for (auto i = header_rows.rbegin(); i != header_rows.rend(); ++i) {
        const auto idx = static_cast<std::size_t>(*i);
        doc.meta_lines.insert(doc.meta_lines.end(), s.items[idx].lines.begin(), s.items[idx].lines.end());
        s.items.erase(s.items.begin() + static_cast<std::ptrdiff_t>(idx));
    }
    if (!header_rows.empty())
        for (std::size_t i = 0; i < s.items.size(); ++i) s.items[i].id = s.id + "/" + std::to_string(i + 1);
    for (auto& c : s.children) walk(c, ctx, doc);
}

}  // namespace

void extract_all(model::document& doc) {
    if (doc.meta.title)
        for (auto& r : find_references(*doc.meta.title)) doc.meta.implements.push_back(std::move(r.value));
    for (auto& it : doc.preamble) {
        read_text(it, it.text, true);
        keep_first_bodies(it.bodies);
    }
    for (auto& s : doc.sections) walk(s, inherited{}, doc);
}

}  // namespace vnplan::extract
