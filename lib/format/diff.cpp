#include "format/diff.hpp"

#include "format/items.hpp"
#include "format/json.hpp"

#include <fmt/format.h>

#include <cmath>
#include <functional>

namespace vnplan::format {

using json = nlohmann::ordered_json;

namespace {

// Similarities are shown to three places: enough to judge a match, and the
// same bytes on every machine.
double rounded(double x) { return std::round(x * 1000.0) / 1000.0; }

json words_json(const std::vector<diff::word>& words) {
    json a = json::array();
    for (const auto& w : words) a.push_back({{"op", std::string(1, w.op)}, {"text", w.text}});
    return a;
}

template <typename T>
json pairs_json(const std::vector<diff::pair<T>>& v) {
    json a = json::array();
    for (const auto& p : v)
        a.push_back({{"old", p.old_value ? to_json(*p.old_value) : json(nullptr)},
                     {"new", p.new_value ? to_json(*p.new_value) : json(nullptr)}});
    return a;
}

json section_side(const std::optional<diff::section_ref>& s) {
    if (!s) return nullptr;
    return {{"id", s->section->id}, {"line", s->section->line}, {"title", s->section->title}};
}

json item_side(const std::optional<diff::item_ref>& i) {
    if (!i) return nullptr;
    return {{"id", i->item->id}, {"section", i->section}, {"line", i->item->line}, {"text", i->item->text}};
}

json summary_json(const diff::summary& s) {
    return {{"added", s.added},
            {"removed", s.removed},
            {"changed", s.changed},
            {"moved", s.moved},
            {"renumbered", s.renumbered},
            {"sections_added", s.sections_added},
            {"sections_removed", s.sections_removed},
            {"sections_moved", s.sections_moved},
            {"sections_retitled", s.sections_retitled},
            {"meta", s.meta}};
}

std::string number(double v) {
    if (std::fabs(v - std::round(v)) < 1e-9) return fmt::format("{}", static_cast<long long>(std::llround(v)));
    // Vietnamese decimal comma, as the documents write it (`0,4%`).
    auto s = fmt::format("{}", v);
    for (auto& c : s)
        if (c == '.') c = ',';
    return s;
}

std::string deadline_text(const model::deadline& d) {
    return d.text + " (" + deadline_summary(d) + ")";
}

std::string body_text(const model::body& b) {
    return b.name + (b.source == "heading" ? " (from the heading)" : "");
}

// --- text and Markdown share their shape; these say how each marks up ---

struct style {
    std::function<std::string(const std::string&)> del, ins, bold, dim, plain;
};

style text_style(bool color) {
    if (color)
        return {[](const std::string& s) { return "\x1b[31m" + s + "\x1b[0m"; },
                [](const std::string& s) { return "\x1b[32m" + s + "\x1b[0m"; },
                [](const std::string& s) { return "\x1b[1m" + s + "\x1b[0m"; },
                [](const std::string& s) { return "\x1b[2m" + s + "\x1b[0m"; },
                [](const std::string& s) { return s; }};
    // wdiff's marks, which a reader without colour recognises.
    return {[](const std::string& s) { return "[-" + s + "-]"; }, [](const std::string& s) { return "{+" + s + "+}"; },
            [](const std::string& s) { return s; }, [](const std::string& s) { return s; },
            [](const std::string& s) { return s; }};
}

std::string md_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (std::string_view("\\`*_~[]<>|#").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

style md_style() {
    return {[](const std::string& s) { return s.empty() ? s : "~~" + md_escape(s) + "~~"; },
            [](const std::string& s) { return s.empty() ? s : "**" + md_escape(s) + "**"; },
            [](const std::string& s) { return "**" + md_escape(s) + "**"; },
            [](const std::string& s) { return md_escape(s); },
            [](const std::string& s) { return md_escape(s); }};
}

// Splits a run into its words, keeping each word's leading space.
std::vector<std::string> spaced_words(const std::string& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = i;
        while (j < s.size() && s[j] == ' ') ++j;
        while (j < s.size() && s[j] != ' ') ++j;
        out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

std::string join(const std::vector<std::string>& v, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += v[i];
    return out;
}

// A long paragraph with one word changed is read by its changes: unchanged
// stretches longer than a dozen words keep five words either side.
std::string words_line(const std::vector<diff::word>& words, const style& st) {
    constexpr std::size_t keep = 5;
    std::string out;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const auto& w = words[k];
        // The space in front of a deleted or inserted run stays outside the mark.
        std::string lead;
        std::string body = w.text;
        while (!body.empty() && body.front() == ' ') {
            lead += ' ';
            body.erase(0, 1);
        }
        if (w.op == '-') {
            out += lead + st.del(body);
            continue;
        }
        if (w.op == '+') {
            // A replacement reads `[-old-] {+new+}` at the start of a text
            // as in its middle, where the space comes from the text; words
            // glued to what they replace (`2025[-.-]{+;+}`) stay glued.
            if (lead.empty() && k > 0 && words[k - 1].op == '-' && (k == 1 || words[k - 1].text.starts_with(' ')))
                lead = " ";
            out += lead + st.ins(body);
            continue;
        }
        const auto v = spaced_words(w.text);
        const bool first = k == 0, last = k + 1 == words.size();
        if (!first && !last && v.size() > 2 * keep + 2) {
            out += st.plain(join(v, 0, keep)) + " …" + st.plain(join(v, v.size() - keep, v.size()));
        } else if (first && !last && v.size() > keep + 1) {
            out += "…" + st.plain(join(v, v.size() - keep, v.size()));
        } else if (last && !first && v.size() > keep + 1) {
            out += st.plain(join(v, 0, keep)) + " …";
        } else {
            out += st.plain(w.text);
        }
    }
    return out;
}

std::string shorten(const std::string& s, std::size_t max_words) {
    const auto v = spaced_words(s);
    if (v.size() <= max_words) return s;
    return join(v, 0, max_words) + " …";
}

std::string section_name(const model::section& s) {
    return s.title.empty() ? s.label : s.label + " " + s.title;
}

// The detail lines of a change (text, targets, deadlines, bodies), without
// their indentation.
std::vector<std::string> change_details(const diff::change& c, const style& st) {
    std::vector<std::string> out;
    switch (c.op) {
        case diff::change_op::added: out.push_back(st.ins(c.new_item->item->text)); break;
        case diff::change_op::removed: out.push_back(st.del(c.old_item->item->text)); break;
        case diff::change_op::changed:
        case diff::change_op::moved:
            if (!c.words.empty())
                out.push_back(words_line(c.words, st));
            else
                out.push_back(st.dim(shorten(c.new_item->item->text, 16)));
            break;
    }
    for (const auto& t : c.targets) {
        std::string line = "target: ";
        if (t.old_value && t.new_value)
            line += st.del(target_summary(*t.old_value)) + " → " + st.ins(target_summary(*t.new_value));
        else if (t.old_value)
            line += "dropped " + st.del(target_summary(*t.old_value) + " (" + t.old_value->text + ")");
        else
            line += "new " + st.ins(target_summary(*t.new_value) + " (" + t.new_value->text + ")");
        out.push_back(line);
    }
    for (const auto& d : c.deadlines) {
        std::string line = "deadline: ";
        if (d.old_value && d.new_value)
            line += st.del(deadline_text(*d.old_value)) + " → " + st.ins(deadline_text(*d.new_value));
        else if (d.old_value)
            line += "dropped " + st.del(deadline_text(*d.old_value));
        else
            line += "new " + st.ins(deadline_text(*d.new_value));
        out.push_back(line);
    }
    for (const auto& b : c.bodies) {
        const auto& role = b.old_value ? b.old_value->role : b.new_value->role;
        std::string line = role + ": ";
        if (b.old_value && b.new_value)
            line += st.del(body_text(*b.old_value)) + " → " + st.ins(body_text(*b.new_value));
        else if (b.old_value)
            line += "dropped " + st.del(body_text(*b.old_value));
        else
            line += "new " + st.ins(body_text(*b.new_value));
        out.push_back(line);
    }
    return out;
}

// "IV.2/3 (was III.2/3)", "line 35 → 37".
std::string change_where(const diff::change& c, const std::function<std::string(const std::string&)>& code) {
    const auto* o = c.old_item ? c.old_item->item : nullptr;
    const auto* n = c.new_item ? c.new_item->item : nullptr;
    std::string s;
    if (o && n) {
        s = code(n->id);
        if (o->id != n->id) s += " (was " + code(o->id) + ")";
        s += fmt::format(", line {} → {}", o->line, n->line);
    } else if (n) {
        s = code(n->id) + fmt::format(", line {}", n->line);
    } else {
        s = code(o->id) + fmt::format(", line {}", o->line);
    }
    if (c.op == diff::change_op::moved)
        s += ", from " + code(c.old_item->section.empty() ? "preamble" : c.old_item->section) + " to " +
             code(c.new_item->section.empty() ? "preamble" : c.new_item->section);
    return s;
}

// The heading of a group of changes: its top-level section as it now stands.
std::string group_heading(const diff::result& r, int group) {
    if (group < 0) return "Preamble";
    const auto& e = r.sections[static_cast<std::size_t>(group)];
    if (e.op == diff::section_op::removed) return section_name(*e.old_section->section) + " (removed)";
    std::string s = section_name(*e.new_section->section);
    if (e.op == diff::section_op::added) s += " (new)";
    else if (e.old_section->section->id != e.new_section->section->id)
        s += " (was " + e.old_section->section->id + ")";
    return s;
}

// A section is worth a line of its own when it was added, removed,
// renumbered, moved, or retitled; a numbered statement (`(1) Hằng năm, có
// 95% ...`) whose title is its own first item is shown through the item.
bool notable(const diff::section_entry& e) {
    if (e.op != diff::section_op::matched) return true;
    return e.renumbered || e.moved || e.retitled;
}

std::string section_line(const diff::section_entry& e, const style& st,
                         const std::function<std::string(const std::string&)>& code) {
    using diff::section_op;
    switch (e.op) {
        case section_op::added: {
            const auto& s = *e.new_section->section;
            return "added " + code(s.id) + " " + st.ins(shorten(s.title, 16)) + fmt::format(" (line {})", s.line);
        }
        case section_op::removed: {
            const auto& s = *e.old_section->section;
            return "removed " + code(s.id) + " " + st.del(shorten(s.title, 16)) + fmt::format(" (line {})", s.line);
        }
        case section_op::matched: break;
    }
    const auto& o = *e.old_section->section;
    const auto& n = *e.new_section->section;
    std::vector<std::string> what;
    if (e.renumbered) what.push_back("renumbered");
    if (e.moved) what.push_back("moved");
    if (e.retitled) what.push_back("retitled");
    std::string s;
    for (const auto& w : what) s += (s.empty() ? "" : ", ") + w;
    s += " " + code(o.id) + " → " + code(n.id) + " ";
    s += e.title_words.empty() ? st.plain(shorten(n.title, 16)) : words_line(e.title_words, st);
    s += fmt::format(" (line {} → {})", o.line, n.line);
    return s;
}

std::string counts_line(const diff::summary& s) {
    return fmt::format(
        "items: {} added, {} removed, {} changed, {} moved; sections: {} added, {} removed, {} renumbered, {} moved, "
        "{} retitled; metadata: {} field{} differ{}",
        s.added, s.removed, s.changed, s.moved, s.sections_added, s.sections_removed, s.renumbered, s.sections_moved,
        s.sections_retitled, s.meta, s.meta == 1 ? "" : "s", s.meta == 1 ? "s" : "");
}

std::string doc_label(const model::document& d) {
    std::string s = d.source.path;
    std::string extra;
    if (d.meta.number) extra = *d.meta.number;
    if (d.meta.date) extra += (extra.empty() ? "" : ", ") + *d.meta.date;
    if (!extra.empty()) s += "  (" + extra + ")";
    return s;
}

std::string render_text(const diff::result& r, const diff_options& opt) {
    const auto st = text_style(opt.color);
    const auto code = [](const std::string& s) { return s; };
    std::string out;
    out += st.bold("--- " + doc_label(*r.old_doc)) + "\n";
    out += st.bold("+++ " + doc_label(*r.new_doc)) + "\n";
    if (opt.stat || r.same()) {
        out += counts_line(r.summary) + "\n";
        if (!opt.stat) out += "the documents are the same in substance\n";
        return out;
    }
    if (!r.meta.empty()) {
        out += "\n" + st.bold("Document") + "\n";
        for (const auto& m : r.meta)
            out += "  " + m.field + ": " + st.del(m.old_value.empty() ? "(none)" : m.old_value) + " → " +
                   st.ins(m.new_value.empty() ? "(none)" : m.new_value) + "\n";
    }
    bool any = false;
    for (const auto& e : r.sections) {
        if (!notable(e)) continue;
        if (!any) out += "\n" + st.bold("Sections") + "\n";
        any = true;
        out += "  " + section_line(e, st, code) + "\n";
    }
    int group = -2;
    for (const auto& c : r.changes) {
        if (c.group != group) {
            group = c.group;
            out += "\n" + st.bold(group_heading(r, group)) + "\n";
        }
        out += "  " + st.bold(diff::op_name(c.op)) + " " + change_where(c, code) + "\n";
        for (const auto& d : change_details(c, st)) out += "      " + d + "\n";
    }
    out += "\n" + counts_line(r.summary) + "\n";
    return out;
}

std::string render_md(const diff::result& r, const diff_options& opt) {
    const auto st = md_style();
    const auto code = [](const std::string& s) { return "`" + s + "`"; };
    const auto cell = [](const std::string& s) { return s.empty() ? std::string("—") : md_escape(s); };
    std::string out = "# Comparison\n\n";
    out += "| | old | new |\n| --- | --- | --- |\n";
    out += "| file | " + code(r.old_doc->source.path) + " | " + code(r.new_doc->source.path) + " |\n";
    for (const auto& m : r.meta) out += "| " + m.field + " | " + cell(m.old_value) + " | " + cell(m.new_value) + " |\n";
    const auto& s = r.summary;
    out += "\n## Summary\n\n| | added | removed | changed | moved | renumbered |\n| --- | --- | --- | --- | --- | --- |\n";
    out += fmt::format("| items | {} | {} | {} | {} | — |\n", s.added, s.removed, s.changed, s.moved);
    out += fmt::format("| sections | {} | {} | {} | {} | {} |\n", s.sections_added, s.sections_removed,
                       s.sections_retitled, s.sections_moved, s.renumbered);
    if (opt.stat) return out;
    if (r.same()) return out + "\nThe documents are the same in substance.\n";
    bool any = false;
    for (const auto& e : r.sections) {
        if (!notable(e)) continue;
        if (!any) out += "\n## Sections\n\n";
        any = true;
        out += "- " + section_line(e, st, code) + "\n";
    }
    if (!r.changes.empty()) out += "\n## Changes\n";
    int group = -2;
    for (const auto& c : r.changes) {
        if (c.group != group) {
            group = c.group;
            out += "\n### " + md_escape(group_heading(r, group)) + "\n\n";
        }
        out += "- **" + std::string(diff::op_name(c.op)) + "** " + change_where(c, code) + "\n";
        for (const auto& d : change_details(c, st)) out += "  - " + d + "\n";
    }
    return out;
}

}  // namespace

std::optional<diff_format> diff_format_of(std::string_view name) {
    if (name == "text") return diff_format::text;
    if (name == "json") return diff_format::json;
    if (name == "md") return diff_format::md;
    return std::nullopt;
}

std::string target_summary(const model::target& t) {
    const std::string unit = t.unit == "%" ? "%" : (t.unit == "count" || t.unit.empty()) ? "" : " " + t.unit;
    if (t.op == "range" && t.max) return number(t.value) + "–" + number(*t.max) + unit;
    std::string op;
    if (t.op == ">=") op = "≥ ";
    else if (t.op == ">") op = "> ";
    else if (t.op == "<=") op = "≤ ";
    else if (t.op == "<") op = "< ";
    return op + number(t.value) + unit;
}

json diff_json(const diff::result& r, bool stat) {
    json j = {{"schema", diff_schema},
              {"old", {{"path", r.old_doc->source.path}, {"meta", to_json(r.old_doc->meta)}}},
              {"new", {{"path", r.new_doc->source.path}, {"meta", to_json(r.new_doc->meta)}}},
              {"summary", summary_json(r.summary)}};
    if (stat) return j;
    json sections = json::array();
    for (const auto& e : r.sections)
        sections.push_back({{"op", diff::op_name(e.op)},
                            {"old", section_side(e.old_section)},
                            {"new", section_side(e.new_section)},
                            {"renumbered", e.renumbered},
                            {"similarity", e.op == diff::section_op::matched ? rounded(e.similarity) : 0.0},
                            {"moved", e.moved},
                            {"retitled", e.retitled},
                            {"words", words_json(e.title_words)}});
    json changes = json::array();
    for (const auto& c : r.changes) {
        const bool both = c.op == diff::change_op::changed || c.op == diff::change_op::moved;
        changes.push_back({{"op", diff::op_name(c.op)},
                           {"old", item_side(c.old_item)},
                           {"new", item_side(c.new_item)},
                           {"words", words_json(c.words)},
                           {"targets", pairs_json(c.targets)},
                           {"deadlines", pairs_json(c.deadlines)},
                           {"bodies", pairs_json(c.bodies)},
                           {"similarity", both ? json(rounded(c.similarity)) : json(nullptr)}});
    }
    json meta = json::array();
    for (const auto& m : r.meta) meta.push_back({{"field", m.field}, {"old", m.old_value}, {"new", m.new_value}});
    j["sections"] = std::move(sections);
    j["changes"] = std::move(changes);
    j["meta"] = std::move(meta);
    return j;
}

std::string render_diff(const diff::result& r, const diff_options& opt) {
    switch (opt.format) {
        case diff_format::json:
            return diff_json(r, opt.stat).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
        case diff_format::md: return render_md(r, opt);
        case diff_format::text: return render_text(r, opt);
    }
    return render_text(r, opt);
}

}  // namespace vnplan::format
