#include "validate/validate.hpp"
#include "text/chars.hpp"
#include "text/distance.hpp"

#include "text/text.hpp"
#include "vnplan/date_checks.hpp"

#include <unicode/uniset.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace vnplan::validate {

namespace pegtl = tao::pegtl;
using model::severity;

const std::vector<rule>& rules() {
    static const std::vector<rule> table{
        {"missing-deadline", severity::warning,
         "a task with no deadline: state when it is due",
         "A task (an item of kind \"task\") has no deadline in its text, in a field line (`Thời gian hoàn "
         "thành: ...`) or on a heading above it. The document's term (`nhiệm kỳ 2020 - 2025`) counts only with "
         "--assume-term-deadline: a whole term is rarely what the drafter meant. A line that opens a list (it "
         "ends in `:`) is not itself a task. Fix: add `trước ngày "
         "31/12/2025`, `trong Quý II/2025`, `hằng năm` or `thường xuyên` to the task."},
        {"missing-body", severity::warning,
         "a task with no lead body: say who leads it",
         "A task names no body that leads it: no `X chủ trì`, no `Cơ quan chủ trì:` field line, no table "
         "column, and no heading above it that names a body (`1. Ban Tuyên giáo Đảng ủy Khối`). A task nobody "
         "owns is not followed up. In a letter with `Kính gửi: ...` the addressees own the tasks that name no "
         "lead, and a line that opens a list (it ends in `:`) is not itself a task. Fix: name the lead in the "
         "task or group the task under a body heading."},
        {"missing-product", severity::info,
         "a task with no product or result: say what it delivers",
         "A task has no `Sản phẩm:` / `Kết quả:` field line or table column. Government plans (kế hoạch of an "
         "Ủy ban nhân dân) usually require one for every task; Party programs do not, so the rule is off "
         "unless enabled with --enable missing-product.",
         false},
        {"numbering-gap", severity::warning,
         "a label is skipped: renumber the list",
         "Labels at one level under one heading skip a value (`1.`, `2.`, `4.`) or do not start at the first "
         "value (`(6)` as the first of its list). Usually an item was deleted or moved without renumbering. "
         "Fix: renumber the list."},
        {"numbering-duplicate", severity::error,
         "a label is used twice at one level: renumber or remove the repeat",
         "Two headings at the same level under the same parent carry the same label (`II/` twice). Either a "
         "block was pasted twice (see duplicate-block) or the list was not renumbered after an insertion. "
         "Fix: remove the repeat or renumber."},
        {"numbering-order", severity::error,
         "a label comes after a higher one: put the list in order",
         "A label is lower than the one before it at the same level (`3.` after `4.`): items were moved "
         "without renumbering. Fix: reorder or renumber the list."},
        {"numbering-style", severity::warning,
         "labels at one level are written in two ways: use one form",
         "Labels of the same system at the same depth are punctuated differently (`I.` and `I/`, `1.` and "
         "`1-`, `(1)` and `(9).`). The form most labels at that level use is taken as intended; the others "
         "are reported. Fix: write every label at the level the same way."},
        {"duplicate-block", severity::warning,
         "a paragraph or block is repeated word for word: remove the copy",
         "A run of paragraphs (or one long paragraph) appears twice, ignoring case, tone placement and "
         "conversion debris: a copy-paste left behind in the draft. Headers, signature blocks and field "
         "lines (`Cơ quan chủ trì: ...`) are not compared. The finding points at the first line of the copy "
         "and names the lines it repeats. Fix: delete the copy, or reword it if both places need it."},
        {"invalid-date", severity::error,
         "a date that does not exist: correct the day, month or quarter",
         "A date in the text does not exist (`31/02/2024`, `ngày 30 tháng 2`, `tháng 13/2024`, `Quý V`), or "
         "a deadline that should carry a date (before, on, within, by, from, period) has none that can be "
         "read. Fix: correct the date."},
        {"deadline-before-issue", severity::warning,
         "a deadline ends before the document is issued: correct the date",
         "A task's deadline (from its text or its heading) ends before the document's own date (`ngày ... "
         "tháng ... năm ...` in the header): the task is late on the day it is assigned. Usually a year typed "
         "wrong or a date kept from an older program. Fix: correct the deadline."},
        {"deadline-after-term", severity::warning,
         "a deadline ends after the document's term: bring it inside the term",
         "A deadline ends after the last year of the term the document names (`nhiệm kỳ 2020 - 2025`). A "
         "program cannot bind the next term; the date is wrong or the task belongs elsewhere. Fix: bring the "
         "deadline inside the term, or say in the text why it runs past it."},
        {"broken-line", severity::info,
         "a paragraph is split by a page break: join the lines",
         "A paragraph continues after a blank line (or after footnote text dropped in the middle of it), as "
         "Word conversion leaves page breaks: the second half starts in lower case or the first half stops "
         "on a word that cannot end a sentence. vnplan joins the halves when it reads the file; the finding "
         "points at the second half so that the source can be fixed."},
        {"empty-section", severity::warning,
         "a heading with nothing under it: fill it in or remove it",
         "A section heading that reads as a title (a role such as `MỤC TIÊU`, a body such as `2. Ban Tuyên "
         "giáo`, a title in capitals, or a title whose sibling headings have content) has no paragraph and "
         "no sub-heading under it. Fix: write its content or delete the heading."},
        {"footnote-mismatch", severity::warning,
         "a footnote mark without its text, or footnote text without its mark",
         "A superscript footnote mark (`²`) appears in the body but no footnote text carries that mark, or a "
         "footnote text (`² Kết luận số ...`) has no mark in the body. The footnote was lost or misnumbered "
         "when the document was converted or edited. Fix: restore the footnote or its mark."},
        {"mixed-tone-style", severity::info,
         "old and new tone placement mixed: use one style",
         "The file writes some syllables in the old style (`hoá`, `Uỷ`, `thuỷ`) and others in the new style "
         "(`hóa`, `Ủy`, `thủy`). The finding points at the first syllable of the less used style and names "
         "the style most of the file uses. Fix: write every syllable in one style (`vnplan normalize` shows "
         "the text in one style)."},
        {"missing-meta", severity::warning,
         "the header lacks a number, date or issuer: complete the header",
         "The document's header has no number (`Số: 12/KH-UBND`), no date (`Hà Nội, ngày 14 tháng 9 năm "
         "2023`) or no issuing body (`ĐẢNG ỦY KHỐI ...`, `ỦY BAN NHÂN DÂN ...`). A signed document needs all "
         "three. One finding lists what is missing."},
        {"unclassified-line", severity::info,
         "a line the parser could not place: check it",
         "Reported by the parser: a non-blank line that fits neither the metadata, a heading, an item nor a "
         "footnote (for example text after the signature block). Nothing is dropped silently, so check that "
         "the line belongs where it is.",
         true, true},
        {"no-structure", severity::warning,
         "no numbered section found: number the sections",
         "Reported by the parser: the file has no numbered heading (`I.`, `1.`, `a)`, `Điều 1.`), so every "
         "paragraph is in the preamble and no task can be placed in a section.",
         true, true},
    };
    return table;
}

const rule* find_rule(std::string_view id) {
    for (const auto& r : rules())
        if (r.id == id) return &r;
    return nullptr;
}

namespace {

using text::edit_distance;

}  // namespace

std::string closest_rule(std::string_view id) {
    std::string best;
    std::size_t best_d = std::max<std::size_t>(3, id.size() / 3) + 1;
    for (const auto& r : rules()) {
        const auto d = edit_distance(id, r.id);
        // A prefix ("numbering") is as good as a typo: it names a family.
        const bool prefix = id.size() >= 4 && r.id.starts_with(id);
        if (d < best_d || (prefix && best.empty())) {
            best_d = prefix ? best_d : d;
            best = std::string(r.id);
        }
    }
    return best;
}

std::optional<std::string> check_options(const options& opt) {
    for (const auto* set : {&opt.enable, &opt.disable}) {
        for (const auto& id : *set) {
            if (id == "all" || find_rule(id)) continue;
            const auto near = closest_rule(id);
            return "unknown rule '" + id + "'" + (near.empty() ? "" : " (did you mean '" + near + "'?)") +
                   "; run 'vnplan validate --list-rules' for the list";
        }
    }
    for (const auto& id : opt.enable)
        if (opt.disable.count(id)) return "rule '" + id + "' is both enabled and disabled";
    return std::nullopt;
}

bool is_enabled(std::string_view id, const options& opt) {
    const std::string key(id);
    if (opt.disable.count(key)) return false;
    if (opt.enable.count(key)) return true;
    if (opt.disable.count("all")) return false;
    if (opt.enable.count("all")) return true;
    const auto* r = find_rule(id);
    return r ? r->enabled_by_default : true;
}

namespace {

// ---------------------------------------------------------------- columns

// The decoded line, or "" past the end (a diagnostic on line 0 or a line the
// caller did not pass).
const std::string& line_at(const std::vector<std::string>& lines, int number) {
    static const std::string empty;
    if (number < 1 || static_cast<std::size_t>(number) > lines.size()) return empty;
    return lines[static_cast<std::size_t>(number - 1)];
}

// Byte offset of the first character of the text proper: past spaces, tabs,
// NBSP and zero-width characters, and past the `**`/`*` and
// `[bookmark: ...]` debris that Word conversion puts before a heading.
std::size_t text_start(std::string_view s) {
    std::size_t i = 0;
    const auto n = static_cast<int32_t>(s.size());
    while (i < s.size()) {
        if (s.substr(i).starts_with("[bookmark:")) {
            const auto close = s.find(']', i);
            if (close == std::string_view::npos) break;
            i = close + 1;
            continue;
        }
        if (s[i] == '*') {
            ++i;
            continue;
        }
        int32_t j = static_cast<int32_t>(i);
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, n, c);
        if (c < 0) break;
        if (u_isUWhiteSpace(c) || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD) {
            i = static_cast<std::size_t>(j);
            continue;
        }
        break;
    }
    return i < s.size() ? i : 0;
}

int column_at(std::string_view line, std::size_t byte) { return text::code_points(line, byte) + 1; }

int first_column(std::string_view line) { return column_at(line, text_start(line)); }

// A line as fold() made it, and where its words start in it and in the
// line: fold() keeps the words and makes each run of spaces, tabs and line
// ends one space, so the k-th word of the one is the k-th word of the other.
struct folded_line {
    std::string text;
    std::vector<std::size_t> line_words;    // byte of each word in the line
    std::vector<std::size_t> folded_words;  // byte of each word in `text`
    bool aligned = false;                   // as many words in both: the map holds
};

bool is_fold_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

folded_line fold_line(std::string_view line) {
    folded_line f{text::fold(line), {}, {}, false};
    for (std::size_t i = 0; i < line.size(); ++i)
        if (!is_fold_space(line[i]) && (i == 0 || is_fold_space(line[i - 1]))) f.line_words.push_back(i);
    for (std::size_t i = 0; i < f.text.size(); ++i)
        if (i == 0 || f.text[i - 1] == ' ') f.folded_words.push_back(i);
    f.aligned = f.line_words.size() == f.folded_words.size();
    return f;
}

// The folds of the lines searched last: every deadline of a document is
// looked for on its lines, in the order of the items, and a long paragraph
// was folded again for each of its deadlines (3 000 on one 200 KB line:
// 3.8 s). A few lines are kept, not all: an item's lines are searched one
// after another, and a fold of every line would cost as much memory again as
// the lines.
class line_folds {
public:
    explicit line_folds(const std::vector<std::string>& lines) : lines_(lines) {}

    const folded_line& of(int number) const {
        static const folded_line empty;
        if (number < 1 || static_cast<std::size_t>(number) > lines_.size()) return empty;
        for (const auto& [n, f] : kept_)
            if (n == number) return f;
        auto& slot = kept_[next_++ % kept_.size()];
        slot = {number, fold_line(lines_[static_cast<std::size_t>(number - 1)])};
        return slot.second;
    }

private:
    const std::vector<std::string>& lines_;
    mutable std::array<std::pair<int, folded_line>, 8> kept_{};
    mutable std::size_t next_ = 0;
};

// fold(s).starts_with(folded), folding no more of `s` than it takes: whole
// words (fold() reads a word at a time, and a space ends one) until the
// fold is as long as `folded`. Each try costs the needle, not the line.
bool folded_starts_with(std::string_view s, std::string_view folded) {
    std::size_t end = 0;
    while (end < s.size()) {
        end = std::min(s.size(), std::max(end + 1, folded.size()));
        while (end < s.size() && s[end] != ' ') ++end;
        const auto f = text::fold(s.substr(0, end));
        if (f.size() >= folded.size() || end == s.size()) return f.starts_with(folded);
    }
    return folded.empty();
}

// The first byte of `l` from `from` on where the fold of the text starts
// with `folded`, walking code points: a needle starts with a word, never at
// the space before it (which the fold drops).
std::size_t walk_to_fold(std::string_view l, std::size_t from, std::string_view folded) {
    for (std::size_t at = from; at < l.size(); ++at) {
        if ((static_cast<unsigned char>(l[at]) & 0xC0) == 0x80 || l[at] == ' ' || l[at] == '\t') continue;
        if (folded_starts_with(l.substr(at), folded)) return at;
    }
    return std::string_view::npos;
}

// Where in `l` (folded as `f`) the fold of a needle is found, from byte
// `from` of the line on: the byte of the line, or npos. The folded hit is
// taken back to the line by its word, and only that word walked.
std::size_t find_folded(std::string_view l, const folded_line& f, std::string_view folded, std::size_t from) {
    if (folded.empty() || f.folded_words.empty()) return std::string_view::npos;
    if (!f.aligned) {
        // fold() changed the words (it should not): the walk from `from`.
        if (f.text.find(folded) == std::string::npos) return std::string_view::npos;
        return walk_to_fold(l, from, folded);
    }
    const auto& lw = f.line_words;
    const auto& fw = f.folded_words;
    // The first word that starts at `from` or after it.
    const auto first = static_cast<std::size_t>(std::lower_bound(lw.begin(), lw.end(), from) - lw.begin());
    const std::size_t fstart = first < fw.size() ? fw[first] : f.text.size();
    const auto hit = f.text.find(folded, fstart);
    if (hit == std::string::npos) return std::string_view::npos;
    const auto word = static_cast<std::size_t>(std::upper_bound(fw.begin(), fw.end(), hit) - fw.begin()) - 1;
    return walk_to_fold(l, lw[word], folded);
}

// Where the last deadline of one item was found: the next is looked for
// after it. An item's deadlines come in the order of its text, so a search
// from the start of a line for each one cost the line each time (15 000 on
// one 2 MB paragraph: 43 minutes); and one written twice is shown twice.
// The column is counted on from the last one found on the line, too.
struct cursor {
    int line = 0;
    std::size_t byte = 0;     // the next search starts here
    std::size_t counted = 0;  // the code points of `line` before this byte ...
    int points = 0;           // ... are these
};

// How far past the cursor the needle is looked for as written before its
// fold is looked for: far enough for the next deadline of a sentence, not
// so far that a paragraph is read again for each needle that differs.
constexpr std::size_t exact_window = 2048;

// Where `needle` starts on one of the lines, as a line and a column: after
// `at` first, else the first that holds it; the first line's text start
// when no line does. `at` moves past what was found.
std::pair<int, int> locate(const std::vector<std::string>& lines, const line_folds& folds, const std::vector<int>& where,
                           std::string_view needle, int fallback_line, cursor& at) {
    if (!needle.empty()) {
        // Case may differ (`Trước ngày` at the start of a sentence), and so
        // may the spaces (`trước  ngày`).
        const auto folded = text::fold(needle);
        auto found = [&](int n, std::string_view l, std::size_t byte) {
            const bool on = n == at.line && byte >= at.counted;
            const int points = on ? at.points + text::code_points(l.substr(at.counted), byte - at.counted)
                                  : text::code_points(l, byte);
            at = {n, byte + 1, byte, points};
            return std::pair<int, int>{n, points + 1};
        };
        // The item's lines come in order: its cursor's line is looked up,
        // not reached (an item of 40 000 lines, a date on each).
        for (auto p = std::lower_bound(where.begin(), where.end(), at.line); p != where.end(); ++p) {
            const int n = *p;
            const std::string_view l = line_at(lines, n);
            const std::size_t from = n == at.line ? std::min(at.byte, l.size()) : 0;
            const auto window = l.substr(0, std::min(l.size(), from + exact_window + needle.size()));
            if (const auto hit = window.find(needle, from); hit != std::string_view::npos) return found(n, l, hit);
            if (const auto hit = find_folded(l, folds.of(n), folded, from); hit != std::string_view::npos)
                return found(n, l, hit);
        }
        // Not after the cursor: the first line before it that holds it (the
        // rest were searched just now). A deadline that wraps onto the next
        // line is on none, and costs the item's lines once, not twice.
        const auto before = std::upper_bound(where.begin(), where.end(), at.line);
        for (auto p = where.begin(); p != before; ++p) {
            const std::string_view l = line_at(lines, *p);
            if (const auto hit = l.find(needle); hit != std::string_view::npos) return found(*p, l, hit);
        }
        for (auto p = where.begin(); p != before; ++p) {
            const std::string_view l = line_at(lines, *p);
            if (const auto hit = find_folded(l, folds.of(*p), folded, 0); hit != std::string_view::npos)
                return found(*p, l, hit);
        }
    }
    return {fallback_line, first_column(line_at(lines, fallback_line))};
}

std::string clip(std::string_view s, int max_points = 60) {
    std::string out;
    int n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++n > max_points) return out + "…";
        out += s[i];
    }
    return out;
}

// ---------------------------------------------------------------- the walk

struct item_ref {
    const model::item* item;
    const model::section* section;  // nullptr for the preamble
};

std::vector<item_ref> all_items(const model::document& doc) {
    std::vector<item_ref> out;
    for (const auto& it : doc.preamble) out.push_back({&it, nullptr});
    auto walk = [&](auto&& self, const std::vector<model::section>& ss) -> void {
        for (const auto& s : ss) {
            for (const auto& it : s.items) out.push_back({&it, &s});
            self(self, s.children);
        }
    };
    walk(walk, doc.sections);
    return out;
}

std::vector<const model::section*> all_sections(const model::document& doc) {
    std::vector<const model::section*> out;
    auto walk = [&](auto&& self, const std::vector<model::section>& ss) -> void {
        for (const auto& s : ss) {
            out.push_back(&s);
            self(self, s.children);
        }
    };
    walk(walk, doc.sections);
    return out;
}

struct context {
    const model::document& doc;
    const std::vector<std::string>& lines;
    const options& opt;
    std::vector<model::diagnostic>& out;
    const line_folds& folds;

    void add(std::string_view id, int line, int column, std::string message) const {
        if (!is_enabled(id, opt)) return;
        const auto* r = find_rule(id);
        out.push_back({r ? r->level : severity::warning, std::string(id), std::move(message), line, column});
    }
    void add_at_text(std::string_view id, int line, std::string message) const {
        add(id, line, first_column(line_at(lines, line)), std::move(message));
    }
};

// ---------------------------------------------------------------- tasks

bool is_bullet(const model::section& s) { return s.style.starts_with("bullet"); }

bool ends_like_statement(std::string_view title) {
    while (!title.empty() && (title.back() == ' ' || title.back() == '*')) title.remove_suffix(1);
    return title.ends_with(".") || title.ends_with(";") || title.ends_with("!") || title.ends_with("?") ||
           title.ends_with(".”") || title.ends_with("./.");
}

// Content under a heading other than the heading itself read as an item.
bool has_content(const model::section& s) {
    if (!s.children.empty()) return true;
    return std::any_of(s.items.begin(), s.items.end(), [&](const auto& it) { return it.line != s.line; });
}


// A heading that reads as a title and has nothing under it (`2. Ban Tổ chức
// Đảng ủy Khối` followed by the next heading). The parser makes such a line
// its own item, often of kind task; it is reported once, as empty-section,
// not again as a task with no deadline.
bool is_empty_heading(const model::section& s, bool peers_have_content) {
    if (is_bullet(s) || has_content(s) || ends_like_statement(s.title) || s.title.empty()) return false;
    // A short numbered line may be a task written as a title; only a line
    // that is plainly a heading counts.
    return s.role || !s.bodies.empty() || text::all_upper(s.title) || peers_have_content;
}

std::set<int> empty_heading_lines(const model::document& doc) {
    std::set<int> out;
    auto walk = [&](auto&& self, const std::vector<model::section>& siblings) -> void {
        const bool peers = std::any_of(siblings.begin(), siblings.end(), has_content);
        for (const auto& s : siblings) {
            if (is_empty_heading(s, peers)) out.insert(s.line);
            self(self, s.children);
        }
    };
    walk(walk, doc.sections);
    return out;
}

bool has_lead(const model::item& it) {
    return std::any_of(it.bodies.begin(), it.bodies.end(), [](const auto& b) { return b.role == "lead"; });
}

// A paragraph that ends in a colon opens the list below it (`Chủ trì phối
// hợp các cơ quan liên quan tham mưu ...:`, `... đề ra những nhiệm vụ, giải
// pháp sau:`): the tasks are the list's items, not the opening line.
bool opens_list(const model::item& it) {
    std::string_view t = it.text;
    while (!t.empty() && (t.back() == ' ' || t.back() == '*')) t.remove_suffix(1);
    return t.ends_with(":");
}

void check_tasks(const context& cx) {
    const auto empty = empty_heading_lines(cx.doc);
    // A letter (công văn) addressed to bodies (`Kính gửi: Các đảng bộ, chi bộ
    // trực thuộc`) gives its tasks to them: a task with no lead of its own is
    // theirs.
    const bool addressed = !cx.doc.meta.addressees.empty();
    for (const auto& [it, sec] : all_items(cx.doc)) {
        if (it->kind != "task" || opens_list(*it)) continue;
        if (sec && it->line == sec->line && empty.count(it->line)) continue;
        bool own = false, term = false;
        for (const auto& d : it->deadlines) (d.source == "document" ? term : own) = true;
        if (!own && !(term && cx.opt.assume_term_deadline)) {
            if (term && cx.doc.meta.term)
                cx.add_at_text("missing-deadline", it->line,
                               "task has no deadline of its own, only the term " +
                                   std::to_string(cx.doc.meta.term->from) + "-" +
                                   std::to_string(cx.doc.meta.term->to) +
                                   ": state when it is due (or pass --assume-term-deadline)");
            else
                cx.add_at_text("missing-deadline", it->line,
                               "task has no deadline: state when it is due ('trước ngày ...', 'trong năm ...', "
                               "'Thời gian hoàn thành: ...')");
        }
        if (!has_lead(*it) && !addressed)
            cx.add_at_text("missing-body", it->line,
                           "task has no lead body: name who leads it ('X chủ trì') or put it under a heading "
                           "that names the body");
        if (!it->product)
            cx.add_at_text("missing-product", it->line,
                           "task names no product or result: add a 'Sản phẩm:' line");
    }
}

// ---------------------------------------------------------------- numbering

int roman_value(std::string_view s) {
    int total = 0, prev = 0;
    for (auto i = s.size(); i-- > 0;) {
        int v = 0;
        switch (s[i]) {
            case 'I': v = 1; break;
            case 'V': v = 5; break;
            case 'X': v = 10; break;
            case 'L': v = 50; break;
            case 'C': v = 100; break;
            default: return 0;
        }
        total += v < prev ? -v : v;
        prev = std::max(prev, v);
    }
    return total;
}

// The Vietnamese alphabet as lists use it: no f, j, w, z; đ after d.
int letter_value(std::string_view s) {
    static constexpr std::array<std::string_view, 23> letters{"a", "b", "c", "d", "đ", "e", "g", "h",
                                                              "i", "k", "l", "m", "n", "o", "p", "q",
                                                              "r", "s", "t", "u", "v", "x", "y"};
    static constexpr std::array<std::string_view, 23> upper{"A", "B", "C", "D", "Đ", "E", "G", "H",
                                                            "I", "K", "L", "M", "N", "O", "P", "Q",
                                                            "R", "S", "T", "U", "V", "X", "Y"};
    for (std::size_t i = 0; i < letters.size(); ++i)
        if (s == letters[i] || s == upper[i]) return static_cast<int>(i) + 1;
    return 0;
}

struct label_shape {
    int value = 0;      // 0: cannot tell
    std::string form;   // the label with its value replaced by '#': "#/", "(#).", "Điều #."
};

// Splits a label as written into its value and its punctuation. The value
// of `2.13.` is 13 (the last part); its form is `#.#.`.
label_shape shape_of(const model::section& s) {
    label_shape out;
    const std::string& l = s.label;
    // The run of characters that makes the value: the last alphanumeric run.
    std::size_t end = l.size();
    while (end > 0 && std::string_view(".)/-:] ").find(l[end - 1]) != std::string_view::npos) --end;
    std::size_t start = end;
    auto is_word = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
    while (start > 0 && is_word(static_cast<unsigned char>(l[start - 1]))) --start;
    const std::string value = l.substr(start, end - start);
    const std::string head = l.substr(0, start);
    const std::string tail = l.substr(end);
    std::string head_form;
    for (std::size_t i = 0; i < head.size(); ++i) {
        // Earlier numbers of a dotted label become '#' too: `2.1.` -> `#.#.`.
        if (std::isdigit(static_cast<unsigned char>(head[i]))) {
            if (head_form.empty() || head_form.back() != '#') head_form += '#';
        } else {
            head_form += head[i];
        }
    }
    out.form = head_form + "#" + tail;
    const bool digits = !value.empty() && std::all_of(value.begin(), value.end(), [](unsigned char c) {
        return std::isdigit(c);
    });
    if (digits) out.value = value.size() <= 4 ? std::stoi(value) : 0;
    else if (s.style == "letter" || s.style == "upper") out.value = letter_value(value);
    else out.value = roman_value(value);
    return out;
}

std::string label_range(const model::section& like, int from, int to) {
    // Writes the missing values in the style of a sibling: `3.`, `(2)`, `II/`.
    auto render = [&](int v) {
        std::string value;
        if (like.style == "roman" || ((like.style == "part" || like.style == "chapter") &&
                                      roman_value(like.label.substr(like.label.rfind(' ') + 1,
                                                                    std::string::npos)) > 0)) {
            static constexpr std::array<std::pair<int, std::string_view>, 9> parts{
                {{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}};
            for (auto [n, r] : parts)
                while (v >= n) {
                    value += r;
                    v -= n;
                }
        } else if (like.style == "letter" || like.style == "upper") {
            static constexpr std::array<std::string_view, 23> letters{"a", "b", "c", "d", "đ", "e", "g", "h",
                                                                      "i", "k", "l", "m", "n", "o", "p", "q",
                                                                      "r", "s", "t", "u", "v", "x", "y"};
            value = v >= 1 && v <= 23 ? std::string(letters[static_cast<std::size_t>(v - 1)]) : "?";
            if (like.style == "upper") value = text::upper(value);
        } else {
            value = std::to_string(v);
        }
        // Put the value where the sibling has its own (`Điều `, `(`, the
        // `2.` of `2.13.` stay).
        std::size_t end = like.label.size();
        while (end > 0 && std::string_view(".)/-:] ").find(like.label[end - 1]) != std::string_view::npos) --end;
        std::size_t start = end;
        while (start > 0 && (std::isalnum(static_cast<unsigned char>(like.label[start - 1])) ||
                             static_cast<unsigned char>(like.label[start - 1]) >= 0x80))
            --start;
        return like.label.substr(0, start) + value + like.label.substr(end);
    };
    if (from == to) return render(from);
    return render(from) + (to == from + 1 ? " and " : " to ") + render(to);
}

void check_sequence(const context& cx, const std::vector<const model::section*>& group) {
    std::map<int, const model::section*> seen;  // value -> first section with it
    int previous = 0;
    const model::section* previous_sec = nullptr;
    std::vector<std::pair<int, const model::section*>> kept;  // values in order, repeats left out
    for (const auto* s : group) {
        const int v = shape_of(*s).value;
        if (v <= 0) continue;
        if (auto hit = seen.find(v); hit != seen.end()) {
            cx.add_at_text("numbering-duplicate", s->line,
                           "'" + s->label + "' is used twice at this level (first on line " +
                               std::to_string(hit->second->line) + "): renumber or remove the repeat");
        } else {
            if (previous_sec && v < previous)
                cx.add_at_text("numbering-order", s->line,
                               "'" + s->label + "' comes after '" + previous_sec->label + "' (line " +
                                   std::to_string(previous_sec->line) + "): put the list in order");
            seen.emplace(v, s);
            kept.emplace_back(v, s);
        }
        previous = v;
        previous_sec = s;
    }
    if (kept.empty()) return;
    // Gaps: values below the highest that never appear. Each run of missing
    // values is reported at the first label written after it.
    const int highest = std::max_element(kept.begin(), kept.end())->first;
    for (int v = 1; v <= highest;) {
        if (seen.count(v)) {
            ++v;
            continue;
        }
        int to = v;
        while (to + 1 <= highest && !seen.count(to + 1)) ++to;
        const auto* next = seen.upper_bound(to)->second;
        const auto missing = label_range(*next, v, to);
        if (v == 1)
            cx.add_at_text("numbering-gap", next->line,
                           "the list starts at '" + next->label + "': " + missing + " " +
                               (v == to ? "is" : "are") + " missing, renumber the list");
        else
            cx.add_at_text("numbering-gap", next->line,
                           missing + " " + (v == to ? "is" : "are") + " missing before '" + next->label +
                               "': renumber the list");
        v = to + 1;
    }
}

void check_numbering(const context& cx) {
    // Sequences: siblings of one numbering style under one parent.
    auto groups = [&](const std::vector<model::section>& siblings) {
        std::map<std::string, std::vector<const model::section*>> by_style;
        for (const auto& s : siblings)
            if (!is_bullet(s)) by_style[s.style].push_back(&s);
        for (const auto& [style, group] : by_style) check_sequence(cx, group);
    };
    groups(cx.doc.sections);
    for (const auto* s : all_sections(cx.doc)) groups(s->children);

    // Forms: every label of one style at one depth, across parents, written
    // the way most of them are. Ties go to the form seen first.
    std::map<std::pair<int, std::string>, std::vector<std::pair<std::string, const model::section*>>> levels;
    for (const auto* s : all_sections(cx.doc))
        if (!is_bullet(*s)) levels[{s->level, s->style}].emplace_back(shape_of(*s).form, s);
    for (const auto& [key, labels] : levels) {
        std::map<std::string, int> count;
        for (const auto& [form, s] : labels) ++count[form];
        if (count.size() < 2) continue;
        std::string best;
        int best_n = 0;
        for (const auto& [form, s] : labels)
            if (count[form] > best_n) {
                best_n = count[form];
                best = form;
            }
        const model::section* model_label = nullptr;
        for (const auto& [form, s] : labels)
            if (form == best) {
                model_label = s;
                break;
            }
        for (const auto& [form, s] : labels) {
            if (form == best) continue;
            cx.add_at_text("numbering-style", s->line,
                           "'" + s->label + "' is punctuated unlike '" + model_label->label + "' (line " +
                               std::to_string(model_label->line) + "), the form " +
                               (best_n * 2 > static_cast<int>(labels.size()) ? "most labels" : "the first label") +
                               " at this level use" + (best_n * 2 > static_cast<int>(labels.size()) ? "" : "s") +
                               ": write every label the same way");
        }
    }
}

// ---------------------------------------------------------------- sections

void check_sections(const context& cx) {
    const auto empty = empty_heading_lines(cx.doc);
    for (const auto* s : all_sections(cx.doc))
        if (empty.count(s->line))
            cx.add_at_text("empty-section", s->line,
                           "heading '" + s->label + " " + clip(s->title, 40) +
                               "' has nothing under it: write its content or remove it");
}

// ---------------------------------------------------------------- dates

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in(int month, int year) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2) return year == 0 || leap(year) ? 29 : 28;
    return days[static_cast<std::size_t>(month - 1)];
}

// Why d/m/y is not a date, or "" when it is one. year 0: unknown.
std::string date_problem(int d, int m, int y) {
    if (m < 1 || m > 12) return "there is no month " + std::to_string(m);
    if (d < 1 || d > days_in(m, y))
        return "month " + std::to_string(m) + (y ? " of " + std::to_string(y) : std::string()) + " has " +
               std::to_string(days_in(m, y)) + " days";
    return "";
}

struct date_hit {
    int line;
    std::size_t start, end;  // byte offsets in the line
    int column;
    std::string message;
};

// The code points that may not come just before or just after a date form
// (grammars/vnplan/date_checks.hpp): a date does not start inside a number
// (`1/31/12/2024`) and does not stop inside one or inside a word (`quý IVa`).
// Digits are any Unicode decimal digits; letters are in either case, as the
// forms match in either case.
struct date_bounds {
    icu::UnicodeSet before_numeric, after_numeric, after_number, after_month, after_quarter;
    date_bounds() {
        UErrorCode ec = U_ZERO_ERROR;
        before_numeric.applyPattern(icu::UnicodeString(u"[\\p{Nd}/.\\-]"), ec);
        after_numeric.applyPattern(icu::UnicodeString(u"[\\p{Nd}/]"), ec);
        after_number.applyPattern(icu::UnicodeString(u"[\\p{Nd}]"), ec);
        after_month.applyPattern(icu::UnicodeString(u"[\\p{Nd}/,.]"), ec);
        after_quarter.applyPattern(icu::UnicodeString(u"[\\p{Nd}IVXa-zà-ỹ]"), ec);
        after_quarter.closeOver(USET_CASE_INSENSITIVE);
        for (auto* set : {&before_numeric, &after_numeric, &after_number, &after_month, &after_quarter}) set->freeze();
    }
};

bool in_set(const icu::UnicodeSet* set, UChar32 c) { return set && c >= 0 && set->contains(c); }

template <typename Rule>
std::size_t date_form_at(std::string_view low, std::size_t at) {
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(low.data() + at, low.data() + low.size(), "");
    if (!pegtl::parse<Rule>(in)) return 0;
    return static_cast<std::size_t>(in.current() - (low.data() + at));
}

// The runs of ASCII digits in `s`, as numbers (at most four digits each).
std::vector<int> numbers_in(std::string_view s) {
    std::vector<int> out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) continue;
        int v = 0;
        for (; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i) v = v * 10 + (s[i] - '0');
        out.push_back(v);
    }
    return out;
}

// Scans the raw lines for dates that do not exist. Each form is looked for
// along the line in turn, a match taken whole before the next is looked
// for; a hit inside an earlier hit on the line is dropped so that
// `ngày 31 tháng 2 năm 2024` is one finding, not two.
std::vector<date_hit> scan_dates(const std::vector<std::string>& lines) {
    namespace dc = grammar::date_checks;
    enum class form { dmy, day_month, month_year, month, quarter };
    static const date_bounds bounds;
    struct date_form {
        std::size_t (*match)(std::string_view, std::size_t);
        char first;  // the byte the form starts with; '0' for any digit
        const icu::UnicodeSet* before;
        const icu::UnicodeSet* after;
        form f;
    };
    const std::array<date_form, 6> forms{{
        {&date_form_at<dc::numeric_dmy>, '0', &bounds.before_numeric, &bounds.after_numeric, form::dmy},
        {&date_form_at<dc::verbal_dmy>, 'n', nullptr, nullptr, form::dmy},
        {&date_form_at<dc::verbal_dm>, 'n', nullptr, &bounds.after_number, form::day_month},
        {&date_form_at<dc::month_year>, 't', nullptr, nullptr, form::month_year},
        {&date_form_at<dc::month_alone>, 't', nullptr, &bounds.after_month, form::month},
        {&date_form_at<dc::quarter>, 'q', nullptr, &bounds.after_quarter, form::quarter},
    }};
    std::vector<date_hit> out;
    for (std::size_t li = 0; li < lines.size(); ++li) {
        const auto& raw = lines[li];
        if (raw.find_first_of("0123456789") == std::string::npos) continue;
        const std::string low = text::lower_same_length(raw);
        std::vector<date_hit> here;
        for (const auto& fm : forms) {
            for (std::size_t at = 0; at < low.size();) {
                const char b = low[at];
                const bool may = fm.first == '0' ? std::isdigit(static_cast<unsigned char>(b)) != 0 : b == fm.first;
                const std::size_t len = may ? fm.match(low, at) : 0;
                if (len == 0 || in_set(fm.before, text::code_point_before(raw, at)) ||
                    (at + len < raw.size() && in_set(fm.after, text::code_point_at(raw, at + len).value))) {
                    ++at;
                    continue;
                }
                const std::size_t s = at, e = at + len;
                at = e;
                const std::string_view what(raw.data() + s, len);
                const auto n = numbers_in(what);
                std::string why;
                switch (fm.f) {
                    case form::dmy: why = date_problem(n[0], n[1], n[2]); break;
                    case form::day_month: why = date_problem(n[0], n[1], 0); break;
                    case form::month_year:
                    case form::month:
                        if (n[0] < 1 || n[0] > 12) why = "there is no month " + std::to_string(n[0]);
                        break;
                    case form::quarter: {
                        // The numeral ends the match: a digit, or I, V and X
                        // in either case.
                        std::size_t k = what.size();
                        while (k > 0 && std::string_view("0123456789ivxIVX").find(what[k - 1]) != std::string_view::npos) --k;
                        std::string numeral(what.substr(k));
                        for (auto& c : numeral) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                        const int v = n.empty() ? roman_value(numeral) : n.back();
                        if (v < 1 || v > 4) why = "a year has four quarters";
                        break;
                    }
                }
                if (why.empty()) continue;
                const bool inside = std::any_of(here.begin(), here.end(), [&](const auto& h) {
                    return s < h.end && e > h.start;
                });
                if (inside) continue;
                here.push_back({static_cast<int>(li + 1), s, e, text::code_points(raw, s) + 1,
                                "'" + std::string(what) + "' is not a date that exists (" + why + "): correct it"});
            }
        }
        out.insert(out.end(), here.begin(), here.end());
    }
    return out;
}

bool needs_dates(const model::deadline& d) {
    if (d.kind == "before" || d.kind == "by") return !d.end;
    if (d.kind == "from") return !d.start;
    if (d.kind == "on" || d.kind == "within" || d.kind == "period") return !d.start || !d.end;
    return false;
}

void check_dates(const context& cx) {
    const auto hits = scan_dates(cx.lines);
    std::set<int> lines_with_hits;
    for (const auto& h : hits) {
        lines_with_hits.insert(h.line);
        cx.add("invalid-date", h.line, h.column, h.message);
    }
    for (const auto& [it, sec] : all_items(cx.doc)) {
        // A line of the item with an invalid date has said it already.
        if (std::any_of(it->lines.begin(), it->lines.end(), [&](int n) { return lines_with_hits.count(n); }))
            continue;
        cursor at;
        for (const auto& d : it->deadlines) {
            if (d.source != "text" || !needs_dates(d)) continue;
            const auto [line, col] = locate(cx.lines, cx.folds, it->lines, d.text, it->line, at);
            cx.add("invalid-date", line, col, "deadline '" + d.text + "' names no date that can be read: correct it");
        }
    }
}

// ---------------------------------------------------------------- deadlines

std::string term_end(const model::term& t) { return std::to_string(t.to) + "-12-31"; }

void check_deadline_range(const context& cx) {
    const auto& meta = cx.doc.meta;
    if (!meta.date && !meta.term) return;
    auto check = [&](const model::deadline& d, int line, int col) {
        if (!d.end || d.kind == "recurring") return;
        if (meta.date && *d.end < *meta.date)
            cx.add("deadline-before-issue", line, col,
                   "deadline '" + d.text + "' ends on " + *d.end + ", before the document's date " + *meta.date +
                       ": correct it");
        if (meta.term && *d.end > term_end(*meta.term))
            cx.add("deadline-after-term", line, col,
                   "deadline '" + d.text + "' ends on " + *d.end + ", after the term " +
                       std::to_string(meta.term->from) + "-" + std::to_string(meta.term->to) +
                       ": bring it inside the term");
    };
    // A heading's deadline is checked once, on the heading; items repeat it.
    for (const auto* s : all_sections(cx.doc)) {
        cursor at;
        for (const auto& d : s->deadlines) {
            const auto [line, col] = locate(cx.lines, cx.folds, {s->line}, d.text, s->line, at);
            check(d, line, col);
        }
    }
    for (const auto& [it, sec] : all_items(cx.doc)) {
        // Narrative text (the review of the last term, the preamble's account
        // of a congress) is full of past dates that are not deadlines.
        if (it->kind == "text" || it->kind == "viewpoint") continue;
        cursor at;
        for (const auto& d : it->deadlines) {
            if (d.source != "text") continue;
            const auto [line, col] = locate(cx.lines, cx.folds, it->lines, d.text, it->line, at);
            check(d, line, col);
        }
    }
}

// ---------------------------------------------------------------- lines

std::string strip_bullet(std::string s) {
    for (std::string_view b : {"- ", "+ ", "• ", "– "})
        if (s.starts_with(b)) return s.substr(b.size());
    return s;
}

// The lines of items that are field lines (`- Cơ quan chủ trì: ...`), not text.
std::set<int> field_lines(const model::document& doc, const std::vector<std::string>& lines) {
    std::set<int> out;
    for (const auto& [it, sec] : all_items(doc)) {
        if (it->fields.empty()) continue;
        for (std::size_t k = 1; k < it->lines.size(); ++k) {
            const auto clean = text::strip_debris(line_at(lines, it->lines[k]));
            const auto body = strip_bullet(clean);
            if (std::find(it->fields.begin(), it->fields.end(), body) != it->fields.end() ||
                std::find(it->fields.begin(), it->fields.end(), clean) != it->fields.end())
                out.insert(it->lines[k]);
        }
    }
    return out;
}

void check_broken_lines(const context& cx, const std::set<int>& fields) {
    std::set<int> footnote_lines;
    for (const auto& f : cx.doc.footnotes) footnote_lines.insert(f.line);
    for (const auto& [it, sec] : all_items(cx.doc)) {
        int previous = it->lines.empty() ? it->line : it->lines.front();
        for (std::size_t k = 1; k < it->lines.size(); ++k) {
            const int n = it->lines[k];
            if (fields.count(n)) {
                previous = n;
                continue;
            }
            if (n > previous + 1) {
                std::string why;
                for (int f = previous + 1; f < n; ++f)
                    if (footnote_lines.count(f)) {
                        why = " (footnote text on line " + std::to_string(f) + " sits in between)";
                        break;
                    }
                cx.add_at_text("broken-line", n,
                               "this line continues the paragraph of line " + std::to_string(previous) +
                                   " across a page break" + why + ": join the two lines");
            }
            previous = n;
        }
    }
}

// ---------------------------------------------------------------- repeats

// Two paragraphs are the same when their folded text is, or when one is the
// other cut short or with a last phrase changed (a copy trimmed after the
// paste: seed 001 repeats `IV/ ... theo quy định Đảng. Lãnh đạo ...` as
// `IV/ ... theo quy định.`). The loose match only extends a run that an exact
// match started.
bool nearly_same(std::string_view a, std::string_view b) {
    if (a == b) return true;
    const auto shorter = std::min(a.size(), b.size());
    if (shorter < 120) return false;
    std::size_t common = 0;
    while (common < shorter && a[common] == b[common]) ++common;
    return common * 10 >= shorter * 9;
}

constexpr std::size_t max_candidates = 16;

void check_repeats(const context& cx) {
    // Paragraphs, not physical lines: an item's text has its page-break
    // halves joined, so a copy pasted whole still matches an original that
    // was split (seed 001: line 191 is lines 173 and 175 in one). Headers,
    // field lines and footnotes are not paragraphs here.
    struct unit {
        int line, end_line;
        std::string key;
        int points;
    };
    std::vector<unit> units;
    std::set<int> item_lines;
    const auto items = all_items(cx.doc);
    const auto sections = all_sections(cx.doc);
    units.reserve(items.size() + sections.size());
    for (const auto& [it, sec] : items) {
        item_lines.insert(it->line);
        const auto clean = text::strip_debris(it->text);
        units.push_back({it->line, it->end_line, text::fold(clean), text::code_points(clean)});
    }
    for (const auto* s : sections) {
        // A heading that is also its own first item is already there.
        if (item_lines.count(s->line)) continue;
        const auto clean = text::strip_debris(s->label + " " + s->title);
        units.push_back({s->line, s->line, text::fold(clean), text::code_points(clean)});
    }
    std::stable_sort(units.begin(), units.end(), [](const auto& a, const auto& b) { return a.line < b.line; });

    // key -> indexes of earlier units; the keys are the units' own, which
    // no longer move: a copy of each was another copy of the document.
    std::map<std::string_view, std::vector<std::size_t>> where;
    struct run {
        std::size_t original, copy, length;
    };
    std::vector<run> runs;
    for (std::size_t i = 0; i < units.size();) {
        std::size_t best_len = 0, best_j = 0;
        if (auto hit = where.find(units[i].key); hit != where.end()) {
            // The first copies and the latest only: a key that comes back
            // thousands of times (a column of `-`, a formula line) made this
            // quadratic. The first is the original a copy is reported
            // against, as when every copy was compared; the latest hold the
            // block pasted last.
            const auto& seen = hit->second;
            for (std::size_t c = 0; c < seen.size(); ++c) {
                if (c == max_candidates / 2 && seen.size() > max_candidates) c = seen.size() - max_candidates / 2;
                const auto j = seen[c];
                std::size_t k = 1;
                while (i + k < units.size() && j + k < i && nearly_same(units[j + k].key, units[i + k].key)) ++k;
                if (k > best_len) {
                    best_len = k;
                    best_j = j;
                }
            }
        }
        if (best_len == 0) {
            where[units[i].key].push_back(i);
            ++i;
            continue;
        }
        runs.push_back({best_j, i, best_len});
        for (std::size_t k = 0; k < best_len; ++k) where[units[i + k].key].push_back(i + k);
        i += best_len;
    }
    for (const auto& r : runs) {
        int points = 0;
        for (std::size_t k = 0; k < r.length; ++k) points += units[r.copy + k].points;
        // Short paragraphs repeat legitimately (`1. Mục tiêu chung`), and so
        // does the formula that opens each body's list (seed 003: `Chủ trì
        // phối hợp các cơ quan liên quan tham mưu ...:` under three bodies).
        if (points < 80) continue;
        if (r.length == 1 && (points < 120 || units[r.copy].key.ends_with(":"))) continue;
        const int first = units[r.copy].line, last = units[r.copy + r.length - 1].end_line;
        const int ofirst = units[r.original].line, olast = units[r.original + r.length - 1].end_line;
        if (r.length == 1)
            cx.add_at_text("duplicate-block", first,
                           "this paragraph repeats the one on line " + std::to_string(ofirst) +
                               ": remove the copy");
        else
            cx.add_at_text("duplicate-block", first,
                           "lines " + std::to_string(first) + "-" + std::to_string(last) + " repeat lines " +
                               std::to_string(ofirst) + "-" + std::to_string(olast) + ": remove the pasted copy");
    }
}

// ---------------------------------------------------------------- footnotes

void check_footnotes(const context& cx) {
    static constexpr std::array<std::pair<std::string_view, char>, 10> sup{
        {{"¹", '1'}, {"²", '2'}, {"³", '3'}, {"⁴", '4'}, {"⁵", '5'}, {"⁶", '6'}, {"⁷", '7'}, {"⁸", '8'}, {"⁹", '9'}, {"⁰", '0'}}};
    std::set<int> footnote_lines;
    std::map<std::string, int> texts;  // mark -> line of its text
    for (const auto& f : cx.doc.footnotes) {
        footnote_lines.insert(f.line);
        texts.emplace(f.mark, f.line);
    }
    std::map<std::string, std::tuple<int, int, std::string>> marks;  // mark -> first line, column, as written
    for (std::size_t i = 0; i < cx.lines.size(); ++i) {
        const int n = static_cast<int>(i) + 1;
        if (footnote_lines.count(n)) continue;
        const auto& l = cx.lines[i];
        for (std::size_t at = 0; at < l.size();) {
            // Every mark starts with C2 (`¹²³`) or E2 (`⁰⁴…⁹`): other bytes
            // are passed without trying the ten marks (that was a fifth of
            // validate's time).
            if (const auto b = static_cast<unsigned char>(l[at]); b != 0xC2 && b != 0xE2) {
                ++at;
                continue;
            }
            std::string mark;
            std::size_t end = at;
            for (bool hit = true; hit && end < l.size();) {
                hit = false;
                for (auto [s, d] : sup)
                    if (std::string_view(l).substr(end).starts_with(s)) {
                        mark += d;
                        end += s.size();
                        hit = true;
                        break;
                    }
            }
            if (mark.empty()) {
                ++at;
                continue;
            }
            // m², km³: units, not footnotes.
            const bool unit = at > 0 && l[at - 1] == 'm';
            if (!unit) marks.emplace(mark, std::make_tuple(n, column_at(l, at), l.substr(at, end - at)));
            at = end;
        }
    }
    for (const auto& [mark, pos] : marks)
        if (!texts.count(mark))
            cx.add("footnote-mismatch", std::get<0>(pos), std::get<1>(pos),
                   "footnote mark " + std::get<2>(pos) + " has no footnote text: restore the footnote or remove the mark");
    for (const auto& [mark, line] : texts) {
        if (marks.count(mark)) continue;
        // A bracketed footnote (`[3] ...`) is marked `[3]` in the body.
        bool bracket = false;
        for (std::size_t i = 0; i < cx.lines.size() && !bracket; ++i)
            bracket = !footnote_lines.count(static_cast<int>(i) + 1) &&
                      cx.lines[i].find("[" + mark + "]") != std::string::npos;
        if (!bracket)
            cx.add_at_text("footnote-mismatch", line,
                           "footnote " + mark + " is not marked anywhere in the text: add its mark or remove it");
    }
}

// ---------------------------------------------------------------- style

void check_tone_style(const context& cx) {
    struct first_use {
        int line = 0, column = 0;
        std::string word;
    };
    std::array<int, 2> count{0, 0};
    std::array<first_use, 2> first;
    const std::array<text::tone_style, 2> styles{text::tone_style::old_style, text::tone_style::new_style};
    // The styles of each word, kept: a document writes a few thousand
    // syllables tens of thousands of times, and each reading of one costs
    // two copies of it in each style.
    std::unordered_map<std::string, std::array<bool, 2>, text::string_hash, std::equal_to<>> word_styles;
    // Only a letter outside ASCII can carry a tone. A word's style is its
    // own (a line is in a style when one of its words is), so a line is read
    // word by word and never as a whole: reading every line in both styles
    // first cost more than the words did.
    for (std::size_t i = 0; i < cx.lines.size(); ++i) {
        const auto& l = cx.lines[i];
        if (text::is_ascii(l)) continue;
        // Count syllable by syllable so that the majority is a real count. A
        // syllable is a run of letters (and their marks): quotes, brackets and
        // punctuation around it are not part of it.
        const auto* p = reinterpret_cast<const uint8_t*>(l.data());
        const auto n = static_cast<int32_t>(l.size());
        for (int32_t at = 0; at < n;) {
            int32_t next = at;
            UChar32 c = 0;
            U8_NEXT(p, next, n, c);
            if (c < 0 || !(u_isalpha(c) || u_getCombiningClass(c) > 0)) {
                at = next;
                continue;
            }
            int32_t end = next;
            while (end < n) {
                int32_t after = end;
                U8_NEXT(p, after, n, c);
                if (c < 0 || !(u_isalpha(c) || u_getCombiningClass(c) > 0)) break;
                end = after;
            }
            const std::string_view word(l.data() + at, static_cast<std::size_t>(end - at));
            if (text::is_ascii(word)) {
                at = end;
                continue;
            }
            auto known = word_styles.find(word);
            if (known == word_styles.end()) known = word_styles.emplace(std::string(word), text::tone_styles_used(word)).first;
            for (std::size_t s = 0; s < 2; ++s) {
                if (!known->second[s]) continue;
                if (count[s]++ == 0)
                    first[s] = {static_cast<int>(i) + 1, column_at(l, static_cast<std::size_t>(at)), std::string(word)};
            }
            at = end;
        }
    }
    if (count[0] == 0 || count[1] == 0) return;
    // The style most syllables use wins; on a tie, the new style (the one
    // current official spelling uses).
    const std::size_t minority = count[0] < count[1] || count[0] == count[1] ? 0 : 1;
    const std::size_t majority = 1 - minority;
    const auto& f = first[minority];
    const char* names[2] = {"old style (hoá, uỷ)", "new style (hóa, ủy)"};
    cx.add("mixed-tone-style", f.line, f.column,
           "'" + f.word + "' is written in the " + names[minority] + ", but the " + names[majority] +
               " dominates (" + std::to_string(count[majority]) + " to " + std::to_string(count[minority]) +
               "): write '" + text::set_tone_style(f.word, styles[majority]) + "'");
}

// ---------------------------------------------------------------- header

void check_meta(const context& cx) {
    const auto& m = cx.doc.meta;
    std::vector<std::string> missing;
    if (!m.number) missing.push_back("number ('Số: ...')");
    if (!m.date) missing.push_back("date ('..., ngày ... tháng ... năm ...')");
    if (!m.issuer) missing.push_back("issuing body");
    if (missing.empty()) return;
    std::string list;
    for (std::size_t i = 0; i < missing.size(); ++i)
        list += (i == 0 ? "" : i + 1 == missing.size() ? " or " : ", ") + missing[i];
    int line = 1;
    for (std::size_t i = 0; i < cx.lines.size(); ++i)
        if (!text::strip_debris(cx.lines[i]).empty()) {
            line = static_cast<int>(i) + 1;
            break;
        }
    cx.add_at_text("missing-meta", line, "the header has no " + list + ": complete the header");
}

// ---------------------------------------------------------------- parser

void pass_parser_diagnostics(const context& cx) {
    for (const auto& d : cx.doc.diagnostics) {
        if (!is_enabled(d.rule, cx.opt)) continue;
        auto copy = d;
        // The parser points at the line; point at its text.
        if (copy.column <= 1) copy.column = first_column(line_at(cx.lines, copy.line));
        // Say what to do, as every other message does. The parser writes
        // "<why>: <the line>"; the line is shown under the finding anyway.
        if (copy.rule == "unclassified-line") {
            const auto colon = copy.message.find(": ");
            const auto why = colon == std::string::npos ? copy.message : copy.message.substr(0, colon);
            copy.message = "line not placed in the document (" + why + "): move it where it belongs or delete it";
        } else if (copy.rule == "no-structure") {
            copy.message = "no numbered section found (every paragraph is in the preamble): number the sections "
                           "(I., 1., a)) so that tasks can be found";
        }
        cx.out.push_back(std::move(copy));
    }
}

}  // namespace

std::vector<model::diagnostic> run(const model::document& doc, const std::vector<std::string>& lines,
                                   const options& opt) {
    std::vector<model::diagnostic> out;
    const line_folds folds(lines);
    const context cx{doc, lines, opt, out, folds};
    const auto fields = field_lines(doc, lines);
    pass_parser_diagnostics(cx);
    check_meta(cx);
    check_tasks(cx);
    check_numbering(cx);
    check_sections(cx);
    check_dates(cx);
    check_deadline_range(cx);
    check_broken_lines(cx, fields);
    check_repeats(cx);
    check_footnotes(cx);
    check_tone_style(cx);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::tie(a.line, a.column, a.rule, a.message) < std::tie(b.line, b.column, b.rule, b.message);
    });
    // The same finding twice (a deadline read from two field lines) is one.
    out.erase(std::unique(out.begin(), out.end(),
                          [](const auto& a, const auto& b) {
                              return a.line == b.line && a.column == b.column && a.rule == b.rule &&
                                     a.message == b.message;
                          }),
              out.end());
    return out;
}

}  // namespace vnplan::validate
