// Targets (chỉ tiêu) in an item's text: scans word starts with the rules of
// grammars/vnplan/targets.hpp and turns each match into a model::target.
//
// What counts as a target (the grammar header has the examples):
//   - every percentage, with or without a marker (`100% tổ chức cơ sở đảng`);
//   - a frequency `N lần/<period>` (`01 lần/quý`);
//   - a count only after a promise or comparison marker (`kết nạp`, `đạt`,
//     `ít nhất`, `trên`, ...) or before `trở lên`; a bare count
//     (`03 chương trình đột phá`) is a fact about the text, not a target.
#include "extract/targets.hpp"

#include "text/text.hpp"
#include "extract/filters.hpp"
#include "extract/rollback.hpp"
#include "vnplan/targets.hpp"

#include <tao/pegtl.hpp>

#include <charconv>
#include <cstdint>
#include <string>
#include <utility>

namespace vnplan::extract {

namespace {

namespace pegtl = tao::pegtl;
namespace g = vnplan::grammar::targets;

enum class event_kind { at_least, more_than, at_most, less_than, from, or_more, or_less, number, percent, count_unit, frequency_unit };

struct event {
    event_kind kind;
    std::size_t begin;
    std::size_t end;
};

// What one attempt at one position has seen. Actions fire on branches that
// are later abandoned (`85% - ...` tried as a range, then as a single
// percentage), so the control of extract/rollback.hpp drops the events of
// every rule that fails.
struct attempt {
    const char* base = nullptr;
    std::vector<event> events;
    std::vector<std::size_t> marks;
};

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

template <event_kind Kind>
struct record {
    template <typename ActionInput>
    static void apply(const ActionInput& in, attempt& a) {
        const auto begin = static_cast<std::size_t>(in.begin() - a.base);
        a.events.push_back({Kind, begin, begin + in.size()});
    }
};

template <> struct action<g::at_least_marker> : record<event_kind::at_least> {};
template <> struct action<g::more_than_marker> : record<event_kind::more_than> {};
template <> struct action<g::at_most_marker> : record<event_kind::at_most> {};
template <> struct action<g::less_than_marker> : record<event_kind::less_than> {};
template <> struct action<g::from_marker> : record<event_kind::from> {};
template <> struct action<g::or_more_suffix> : record<event_kind::or_more> {};
template <> struct action<g::or_less_suffix> : record<event_kind::or_less> {};
template <> struct action<g::number> : record<event_kind::number> {};
template <> struct action<g::percent_sign> : record<event_kind::percent> {};
template <> struct action<g::count_unit> : record<event_kind::count_unit> {};
template <> struct action<g::frequency_unit> : record<event_kind::frequency_unit> {};

// Runs one rule at `pos` of the lower-cased text; the length matched, or 0.
// Most attempts fail: a parse without actions or the rollback control says
// so at a fraction of the cost, and only a match is parsed again for its
// events.
template <typename Rule>
std::size_t try_rule(std::string_view lowered, std::size_t pos, attempt& a) {
    if (!may_start<Rule>(lowered, pos)) return 0;
    {
        pegtl::memory_input<pegtl::tracking_mode::lazy> probe(lowered.data() + pos, lowered.data() + lowered.size(), "");
        if (!pegtl::parse<Rule>(probe)) return 0;
    }
    a.base = lowered.data();
    a.events.clear();
    a.marks.clear();
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(lowered.data() + pos, lowered.data() + lowered.size(), "");
    if (!pegtl::parse<Rule, action, rollback<action>::control>(in, a)) return 0;
    return static_cast<std::size_t>(in.current() - (lowered.data() + pos));
}

// `2.000` -> 2000, `1.500.000` -> 1500000, `0,4` -> 0.4, `12.5` -> 12.5
// (the grammar only lets a dot through as a decimal point when one or two
// digits follow it).
double vietnamese_number(std::string_view s) {
    std::string plain;
    plain.reserve(s.size());
    const bool has_comma = s.find(',') != std::string_view::npos;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ',') {
            plain += '.';
        } else if (c == '.') {
            std::size_t digits = 0;
            while (i + 1 + digits < s.size() && s[i + 1 + digits] >= '0' && s[i + 1 + digits] <= '9') ++digits;
            const bool grouping = has_comma || digits == 3;
            if (!grouping) plain += '.';
        } else {
            plain += c;
        }
    }
    double value = 0;
    std::from_chars(plain.data(), plain.data() + plain.size(), value);
    return value;
}

// `lần / năm` -> `lần/năm`; runs of spaces (or NBSP) in a unit become one space.
std::string tidy_unit(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool nbsp = s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
        const bool blank = s[i] == ' ' || s[i] == '\t' || nbsp;
        if (nbsp) ++i;
        if (!blank) {
            out += s[i];
            continue;
        }
        if (!out.empty() && out.back() != ' ' && out.back() != '/') out += ' ';
    }
    std::string joined;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == ' ' && i + 1 < out.size() && out[i + 1] == '/') continue;
        joined += out[i];
    }
    while (!joined.empty() && joined.back() == ' ') joined.pop_back();
    return joined;
}

model::target to_target(const attempt& a, std::string_view original, std::string_view lowered, std::size_t begin, std::size_t end) {
    model::target t;
    t.text = std::string(original.substr(begin, end - begin));
    std::vector<double> numbers;
    const char* comparison = nullptr;
    const char* suffix = nullptr;
    bool from = false;
    t.unit = "count";
    for (const auto& e : a.events) {
        const auto piece = lowered.substr(e.begin, e.end - e.begin);
        switch (e.kind) {
        case event_kind::number: numbers.push_back(vietnamese_number(piece)); break;
        case event_kind::percent: t.unit = "%"; break;
        case event_kind::count_unit:
        case event_kind::frequency_unit: t.unit = tidy_unit(piece); break;
        // The last comparison wins: `ít nhất đạt trên` is "more than".
        case event_kind::at_least: comparison = ">="; break;
        case event_kind::more_than: comparison = ">"; break;
        case event_kind::at_most: comparison = "<="; break;
        case event_kind::less_than: comparison = "<"; break;
        case event_kind::from: from = true; break;
        case event_kind::or_more: suffix = ">="; break;
        case event_kind::or_less: suffix = "<="; break;
        }
    }
    if (!numbers.empty()) t.value = numbers.front();
    if (numbers.size() >= 2) {
        t.max = numbers[1];
        t.op = "range";
    } else if (comparison) {
        t.op = comparison;
    } else if (suffix) {
        t.op = suffix;
    } else if (from) {
        t.op = ">=";  // `có từ 15% người dân`: from 15% up
    } else {
        t.op = "=";
    }
    return t;
}

bool is_ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A match may start where a word starts after a space, an opening bracket or
// quote, a table bar, Markdown `*`, or clause punctuation; never after `/`, `-`, `.`, a digit or a
// letter, so `31/12/2020`, `28-NQ/TW` and `1.2.` give no number to start on.
bool target_may_start_at(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!is_ascii_alnum(c) && c < 0xC0) return false;  // not a digit or a letter's first byte
    if (i == 0) return true;
    const auto p = static_cast<unsigned char>(s[i - 1]);
    switch (p) {
    case ' ': case '\t': case '(': case '[': case '"': case '\'': case ':': case ';': case ',': case '*': case '|':
        return true;
    default: break;
    }
    // NBSP, and the curly quotes “ ‘ that Word leaves.
    if (i >= 2 && s.substr(i - 2, 2) == "\xC2\xA0") return true;
    if (i >= 3 && (s.substr(i - 3, 3) == "\xE2\x80\x9C" || s.substr(i - 3, 3) == "\xE2\x80\x98")) return true;
    return false;
}

constexpr std::size_t max_lead_bytes = 120;

}  // namespace

std::vector<found_target> find_targets(const source& text, const span_set& skip) {
    std::vector<found_target> found;
    // Every target holds a digit; most sentences hold none.
    const std::string_view lowered(text.low);
    auto digit_from = [&](std::size_t from) {
        for (std::size_t k = from; k < lowered.size(); ++k)
            if (lowered[k] >= '0' && lowered[k] <= '9') return k;
        return std::string_view::npos;
    };
    auto next_digit = digit_from(0);
    if (next_digit == std::string_view::npos) return found;
    attempt a;
    attempt best;
    std::size_t resume = 0;
    for (const std::size_t i : text.words) {
        if (i < resume) continue;
        if (next_digit != std::string_view::npos && next_digit < i) next_digit = digit_from(i);
        if (next_digit == std::string_view::npos) break;
        // No chain of markers is this long (`không được thấp hơn là`, `phấn
        // đấu đạt tỷ lệ từ trên`): a word this far from the next digit
        // cannot start a target.
        if (next_digit - i > max_lead_bytes || !target_may_start_at(lowered, i)) continue;
        // The longest of the three kinds wins: `01 lần/quý` is a frequency,
        // not the count `01 lần`.
        std::size_t best_length = 0;
        auto consider = [&](std::size_t length) {
            if (length > best_length) {
                best_length = length;
                std::swap(best, a);
            }
        };
        consider(try_rule<g::frequency_target>(lowered, i, a));
        consider(try_rule<g::percent_target>(lowered, i, a));
        consider(try_rule<g::count_target>(lowered, i, a));
        const span where{i, i + best_length};
        // A match that reaches into a reference may still hold a target
        // further on (`Nghị quyết số 28 ... đạt 95%`): the next word is tried.
        if (best_length == 0 || skip.overlaps_any(where)) continue;
        found.push_back({to_target(best, text.orig, lowered, where.begin, where.end), where});
        resume = where.end;
    }
    return found;
}

std::vector<found_target> find_targets(std::string_view text, const span_set& skip) {
    return find_targets(source(text), skip);
}

}  // namespace vnplan::extract
