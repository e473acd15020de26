// Deadlines in one item's text: the actions of grammars/vnplan/deadlines.hpp
// and the scanner that runs it.
//
// How it works. The text is lower-cased code point by code point (so that
// byte offsets in the copy are byte offsets in the original), and at every
// word start each kind of deadline rule is tried on its own; the longest
// match wins (ties go to the kind listed first in `kinds`), and the scan goes
// on after it, so deadlines never overlap. While a rule matches, actions push
// tokens (numbers and end-of-date markers); a control class takes back the
// tokens of every rule that fails, so a branch that PEGTL abandons leaves
// nothing behind (STYLE.md: "actions fire on branches that are later
// abandoned"). The tokens of the winning match are then read into dates, and
// the dates into a model::deadline.
#include "extract/deadlines.hpp"

#include "text/chars.hpp"
#include "text/text.hpp"
#include "vnplan/deadlines.hpp"
#include "extract/filters.hpp"
#include "extract/rollback.hpp"

#include <tao/pegtl.hpp>

#include <array>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <utility>

namespace vnplan::extract {
namespace {

namespace pegtl = tao::pegtl;
namespace dg = vnplan::grammar::dates;
namespace dl = vnplan::grammar::deadlines;

// ---- tokens -------------------------------------------------------------

enum class tag {
    day,
    month,
    year,
    quarter,
    half_count,
    half_first,
    half_last,
    end_day,          // a day, with or without month and year
    end_day_of_month, // `ngày 20` of every month
    end_month,
    end_month_range,
    end_quarter,
    end_half,
    end_school_year,
    end_year,
    end_year_range,
    recur_yearly,
    recur_quarterly,
    recur_monthly,
    recur_months,  // `định kỳ N tháng`, value = N
};

struct token {
    tag what;
    int value = 0;
};

struct collector {
    std::vector<token> events;  // the tokens
    std::vector<std::size_t> marks;  // token count when each open rule started
};

int to_int(std::string_view s) {
    int n = 0;
    for (char c : s)
        if (c >= '0' && c <= '9') n = n * 10 + (c - '0');
    return n;
}

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

template <tag T>
struct number_action {
    template <typename ActionInput>
    static void apply(const ActionInput& in, collector& c) {
        c.events.push_back({T, to_int(in.string_view())});
    }
};

template <tag T>
struct marker_action {
    static void apply0(collector& c) { c.events.push_back({T, 0}); }
};

template <> struct action<dg::day_number> : number_action<tag::day> {};
template <> struct action<dg::month_number> : number_action<tag::month> {};
template <> struct action<dg::year_number> : number_action<tag::year> {};
template <> struct action<dg::quarter_arabic> : number_action<tag::quarter> {};
template <> struct action<dg::half_count> : number_action<tag::half_count> {};
template <> struct action<dl::period_months_count> : number_action<tag::recur_months> {};

template <>
struct action<dg::quarter_roman> {
    template <typename ActionInput>
    static void apply(const ActionInput& in, collector& c) {
        int n = 0;
        for (char ch : in.string_view()) n += (ch == 'v' || ch == 'V') ? 5 - 2 * n : 1;  // i ii iii iv
        c.events.push_back({tag::quarter, n});
    }
};

template <> struct action<dg::half_first> : marker_action<tag::half_first> {};
template <> struct action<dg::half_last> : marker_action<tag::half_last> {};
template <> struct action<dg::numeric_dmy> : marker_action<tag::end_day> {};
template <> struct action<dg::numeric_dm> : marker_action<tag::end_day> {};
template <> struct action<dg::verbal_dmy> : marker_action<tag::end_day> {};
template <> struct action<dl::day_of_month> : marker_action<tag::end_day_of_month> {};
template <> struct action<dg::month_date> : marker_action<tag::end_month> {};
template <> struct action<dg::month_with_year> : marker_action<tag::end_month> {};
template <> struct action<dg::month_range> : marker_action<tag::end_month_range> {};
template <> struct action<dg::quarter_date> : marker_action<tag::end_quarter> {};
template <> struct action<dg::quarter_with_year> : marker_action<tag::end_quarter> {};
template <> struct action<dg::half_year> : marker_action<tag::end_half> {};
template <> struct action<dg::half_with_year> : marker_action<tag::end_half> {};
template <> struct action<dg::school_year> : marker_action<tag::end_school_year> {};
template <> struct action<dg::year_date> : marker_action<tag::end_year> {};
template <> struct action<dg::year_range> : marker_action<tag::end_year_range> {};
template <> struct action<dl::every_year> : marker_action<tag::recur_yearly> {};
template <> struct action<dl::every_quarter> : marker_action<tag::recur_quarterly> {};
template <> struct action<dl::every_month> : marker_action<tag::recur_monthly> {};

// ---- calendar -----------------------------------------------------------

struct ymd {
    int y = 0, m = 0, d = 0;
};

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in(int y, int m) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && (y == 0 || leap(y)) ? 29 : days[static_cast<std::size_t>(m - 1)];
}

ymd day_before(ymd x) {
    if (--x.d > 0) return x;
    if (--x.m == 0) {
        x.m = 12;
        --x.y;
    }
    x.d = days_in(x.y, x.m);
    return x;
}

std::string iso(const ymd& x) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", x.y, x.m, x.d);
    return buf;
}

bool before(const ymd& a, const ymd& b) {
    return a.y != b.y ? a.y < b.y : a.m != b.m ? a.m < b.m : a.d < b.d;
}

// One named stretch of time, as written: a day, a month, a quarter, N months
// at the start or end of a year, a school year or a year. year 0 = not said.
struct date_value {
    enum class unit { day, day_of_month, month, quarter, half, school_year, year } what = unit::year;
    int day = 0, month = 0, quarter = 0, count = 0;
    bool first_months = true;
    int year = 0;

    bool valid() const {
        switch (what) {
            case unit::day: return month >= 1 && month <= 12 && day >= 1 && day <= days_in(year, month);
            case unit::day_of_month: return day >= 1 && day <= 31;
            case unit::month: return month >= 1 && month <= 12;
            case unit::quarter: return quarter >= 1 && quarter <= 4;
            case unit::half: return count >= 1 && count <= 12;
            case unit::school_year:
            case unit::year: return true;
        }
        return true;
    }

    // First and last day; false when the year is not said or the date is invalid.
    bool bounds(ymd& from, ymd& to) const {
        if (year == 0 || !valid()) return false;
        switch (what) {
            case unit::day: from = to = ymd{year, month, day}; return true;
            case unit::day_of_month: return false;
            case unit::month:
                from = {year, month, 1};
                to = {year, month, days_in(year, month)};
                return true;
            case unit::quarter: {
                const int m = quarter * 3;
                from = {year, m - 2, 1};
                to = {year, m, days_in(year, m)};
                return true;
            }
            case unit::half: {
                const int m0 = first_months ? 1 : 13 - count;
                const int m1 = first_months ? count : 12;
                from = {year, m0, 1};
                to = {year, m1, days_in(year, m1)};
                return true;
            }
            // The school year starts in September; taken to run to the end
            // of August so that consecutive school years leave no gap.
            case unit::school_year:
                from = {year, 9, 1};
                to = {year + 1, 8, 31};
                return true;
            case unit::year:
                from = {year, 1, 1};
                to = {year, 12, 31};
                return true;
        }
        return false;
    }
};

struct reading {
    std::vector<date_value> dates;
    std::optional<std::string> recurrence;
    bool recurring_months = false;  // `định kỳ N tháng` seen
    bool valid = true;
};

// Groups the tokens of one match into dates: numbers gather until an end
// marker says what they were.
reading read_tokens(const std::vector<token>& tokens) {
    reading r;
    int day = 0, count = 0;
    bool first = true;
    std::vector<int> months, years, quarters;
    auto reset = [&] {
        day = count = 0;
        first = true;
        months.clear();
        years.clear();
        quarters.clear();
    };
    auto year_at = [&](std::size_t i) { return i < years.size() ? years[i] : 0; };
    using unit = date_value::unit;
    for (const auto& t : tokens) {
        switch (t.what) {
            case tag::day: day = t.value; break;
            case tag::month: months.push_back(t.value); break;
            case tag::year: years.push_back(t.value); break;
            case tag::quarter: quarters.push_back(t.value); break;
            case tag::half_count: count = t.value; break;
            case tag::half_first: first = true; break;
            case tag::half_last: first = false; break;
            case tag::end_day:
                r.dates.push_back({unit::day, day, months.empty() ? 0 : months[0], 0, 0, true, year_at(0)});
                reset();
                break;
            case tag::end_day_of_month:
                r.dates.push_back({unit::day_of_month, day, 0, 0, 0, true, 0});
                reset();
                break;
            case tag::end_month:
                r.dates.push_back({unit::month, 0, months.empty() ? 0 : months[0], 0, 0, true, year_at(0)});
                reset();
                break;
            case tag::end_month_range:
                if (months.size() >= 2) {
                    r.dates.push_back({unit::month, 0, months[0], 0, 0, true, year_at(0)});
                    r.dates.push_back({unit::month, 0, months[1], 0, 0, true, year_at(0)});
                }
                reset();
                break;
            case tag::end_quarter:
                if (!quarters.empty()) {
                    r.dates.push_back({unit::quarter, 0, 0, quarters.front(), 0, true, year_at(0)});
                    if (quarters.size() > 1)
                        r.dates.push_back({unit::quarter, 0, 0, quarters.back(), 0, true, year_at(0)});
                }
                reset();
                break;
            case tag::end_half:
                r.dates.push_back({unit::half, 0, 0, 0, count, first, year_at(0)});
                reset();
                break;
            case tag::end_school_year:
                r.dates.push_back({unit::school_year, 0, 0, 0, 0, true, year_at(0)});
                if (years.size() >= 2 && years[1] != years[0] + 1) r.valid = false;
                reset();
                break;
            case tag::end_year:
                r.dates.push_back({unit::year, 0, 0, 0, 0, true, year_at(0)});
                reset();
                break;
            case tag::end_year_range:
                r.dates.push_back({unit::year, 0, 0, 0, 0, true, year_at(0)});
                r.dates.push_back({unit::year, 0, 0, 0, 0, true, year_at(1)});
                reset();
                break;
            case tag::recur_yearly: r.recurrence = "yearly"; break;
            case tag::recur_quarterly: r.recurrence = "quarterly"; break;
            case tag::recur_monthly: r.recurrence = "monthly"; break;
            case tag::recur_months:
                r.recurring_months = true;
                // `định kỳ 6 tháng` has no name in the model: recurrence stays null.
                if (t.value == 1) r.recurrence = "monthly";
                if (t.value == 3) r.recurrence = "quarterly";
                if (t.value == 12) r.recurrence = "yearly";
                break;
        }
    }
    // `từ ngày 24 đến ngày 26 tháng 8 năm 2020`: a bare day that starts a
    // range is a day of the month of the end.
    for (std::size_t i = 0; i + 1 < r.dates.size(); ++i)
        if (r.dates[i].what == unit::day_of_month && r.dates[i + 1].what == unit::day) {
            r.dates[i].what = unit::day;
            r.dates[i].month = r.dates[i + 1].month;
        }
    // `từ tháng 3 đến tháng 10 năm 2026`, `từ ngày 15/11 đến ngày 15/12/2025`:
    // an end without a year takes the year of the end after it.
    for (std::size_t i = 0; i < r.dates.size(); ++i) {
        if (r.dates[i].year != 0 || r.dates[i].what == unit::day_of_month) continue;
        for (std::size_t j = i + 1; j < r.dates.size(); ++j)
            if (r.dates[j].year != 0) {
                r.dates[i].year = r.dates[j].year;
                break;
            }
    }
    for (const auto& d : r.dates)
        if (!d.valid()) r.valid = false;
    return r;
}

// ---- the kinds, in order of preference for matches of equal length ------

enum class kind {
    recurring,
    period,
    open_ended,
    before,
    by,
    from,
    within,
    on,
    conditional,
    ongoing,
    schedule_within,
    schedule_on,
    scope,  // matched and consumed, never reported (dl::scope_school_year)
};

template <typename Rule>
std::size_t run(std::string_view text, std::size_t pos, collector& c) {
    if (!may_start<Rule>(text, pos)) return 0;
    {
        // A parse without actions fails at a fraction of the cost; only a
        // match is parsed again for its tokens.
        pegtl::memory_input<pegtl::tracking_mode::lazy> probe(text.data() + pos, text.data() + text.size(), "");
        if (!pegtl::parse<Rule>(probe)) return 0;
    }
    c.events.clear();
    c.marks.clear();
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(text.data() + pos, text.data() + text.size(), "");
    if (!pegtl::parse<Rule, action, rollback<action>::control>(in, c)) return 0;
    return static_cast<std::size_t>(in.current() - (text.data() + pos));
}

struct kind_rule {
    kind what;
    std::size_t (*match)(std::string_view, std::size_t, collector&);
    bool schedule_only;
};

constexpr std::array<kind_rule, 13> kinds{{
    {kind::recurring, &run<dl::deadline_recurring>, false},
    {kind::period, &run<dl::deadline_period>, false},
    {kind::open_ended, &run<dl::deadline_open_ended>, false},
    {kind::before, &run<dl::deadline_before>, false},
    {kind::by, &run<dl::deadline_by>, false},
    {kind::from, &run<dl::deadline_from>, false},
    {kind::within, &run<dl::deadline_within>, false},
    {kind::on, &run<dl::deadline_on>, false},
    {kind::conditional, &run<dl::deadline_conditional>, false},
    {kind::ongoing, &run<dl::deadline_ongoing>, false},
    {kind::schedule_within, &run<dl::schedule_within>, true},
    {kind::schedule_on, &run<dl::schedule_on>, true},
    {kind::scope, &run<dl::scope_school_year>, false},
}};

// Whether anything can start here: one parse without actions that fails fast
// at almost every word start, before the kinds are tried one by one.
using dl::anything_in_field;
using dl::anything_in_text;

bool can_start(std::string_view text, std::size_t pos, bool schedule_field) {
    if (!(schedule_field ? may_start<anything_in_field>(text, pos) : may_start<anything_in_text>(text, pos))) return false;
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(text.data() + pos, text.data() + text.size(), "");
    return schedule_field ? pegtl::parse<anything_in_field>(in) : pegtl::parse<anything_in_text>(in);
}

// ---- text helpers -------------------------------------------------------

bool is_space(char c) { return c == ' ' || c == '\t'; }

// `thường xuyên` is a schedule only where it stands as one, never as an
// adverb inside a clause (`thường xuyên kiểm tra`, `kiểm tra thường xuyên,
// định kỳ`). It stands as the schedule when
//   - it closes a parenthesis: `(thực hiện thường xuyên)`, `(Quý IV/2013,
//     Quý I/2014 và thường xuyên)`;
//   - it ends the item, give or take final punctuation: `...; thực hiện
//     thường xuyên.`;
//   - it opens a parenthesis, a field value or a clause after `;` and is
//     followed by punctuation: `(thường xuyên, hằng năm)`, `Thời gian:
//     thường xuyên.`, `; thực hiện thường xuyên;`.
// In a schedule field every occurrence counts (handled by the caller).
bool stands_as_schedule(std::string_view s, std::size_t b, std::size_t e) {
    std::size_t j = e;
    while (j < s.size() && is_space(s[j])) ++j;
    if (j < s.size() && s[j] == ')') return true;
    std::size_t k = j;
    while (k < s.size() && (is_space(s[k]) || s[k] == '.' || s[k] == ';' || s[k] == '!' || s[k] == '/')) ++k;
    if (k == s.size()) return true;
    std::size_t i = b;
    while (i > 0 && is_space(s[i - 1])) --i;
    const bool opens = i == 0 || s[i - 1] == '(' || s[i - 1] == ':' || s[i - 1] == ';' || s[i - 1] == '-';
    const bool punct_after = j < s.size() && (s[j] == ',' || s[j] == ';' || s[j] == '.');
    return opens && punct_after;
}

// ---- from a match to a deadline -----------------------------------------

std::optional<found_deadline> interpret(kind what, std::string_view original, span where, const std::vector<token>& tokens) {
    found_deadline f;
    f.where = where;
    auto& d = f.value;
    d.text = std::string(original.substr(where.begin, where.end - where.begin));
    d.source = "text";
    const reading r = read_tokens(tokens);
    f.valid = r.valid;

    // The quarter of a deadline that names exactly one quarter.
    std::optional<int> quarter;
    {
        int quarters = 0;
        for (const auto& v : r.dates)
            if (v.what == date_value::unit::quarter) {
                ++quarters;
                quarter = v.quarter;
            }
        if (quarters != 1) quarter.reset();
    }
    const date_value* first = r.dates.empty() ? nullptr : &r.dates.front();
    const date_value* last = r.dates.empty() ? nullptr : &r.dates.back();
    ymd first_start, first_end, last_start, last_end;
    const bool first_bounds = first && r.valid && first->bounds(first_start, first_end);
    const bool last_bounds = last && r.valid && last->bounds(last_start, last_end);

    switch (what) {
        case kind::before:
            // `trước ngày 31/12/2020`: that day. `trước tháng 6/2025`: the day
            // before the month starts.
            d.kind = "before";
            if (first_bounds)
                d.end = iso(first->what == date_value::unit::day ? first_start : day_before(first_start));
            d.quarter = quarter;
            break;
        case kind::on:
        case kind::schedule_on:
            d.kind = "on";
            if (first_bounds) {
                d.start = iso(first_start);
                d.end = iso(first_end);
            }
            break;
        case kind::within:
        case kind::schedule_within:
            d.kind = "within";
            if (first_bounds && last_bounds) {
                d.start = iso(first_start);
                d.end = iso(last_end);
            }
            d.quarter = quarter;
            break;
        case kind::by:
            d.kind = "by";
            if (last_bounds) d.end = iso(last_end);
            d.quarter = quarter;
            break;
        case kind::from:
        case kind::open_ended:
            d.kind = "from";
            if (first_bounds) d.start = iso(first_start);
            break;
        case kind::period:
            d.kind = "period";
            if (r.dates.size() >= 2 && first->what == date_value::unit::year && last->what == date_value::unit::year &&
                first->year != 0 && last->year != 0) {
                // A bare `2026-2030` is only a period when it reads as one.
                const bool bare = !d.text.empty() && d.text[0] >= '0' && d.text[0] <= '9';
                if (bare && (last->year <= first->year || last->year - first->year > 50)) return std::nullopt;
            }
            if (first_bounds && last_bounds) {
                if (before(last_end, first_start)) {
                    f.valid = false;
                } else {
                    d.start = iso(first_start);
                    d.end = iso(last_end);
                }
            }
            break;
        case kind::recurring:
            d.kind = "recurring";
            d.recurrence = r.recurrence;
            d.quarter = quarter;
            break;
        case kind::ongoing: d.kind = "ongoing"; break;
        case kind::conditional:
            d.kind = "conditional";
            d.condition = d.text;
            break;
        case kind::scope: return std::nullopt;
    }
    return f;
}

}  // namespace

std::vector<found_deadline> find_deadlines(std::string_view text, const span_set& skip, bool schedule_field) {
    return find_deadlines(source(text), skip, schedule_field);
}

std::vector<found_deadline> find_deadlines(const source& src, const span_set& skip, bool schedule_field) {
    std::vector<found_deadline> out;
    const std::string_view text = src.orig;
    if (text.empty()) return out;
    const std::string_view lowered(src.low);
    // Scratch the thread keeps from text to text (every match clears it
    // first): new vectors for each text where a deadline may start were an
    // eighth of extraction's allocations. The tokens of one match are few,
    // so what is kept stays small.
    thread_local collector c;
    thread_local std::vector<token> best_tokens;
    std::size_t resume = 0;  // no deadline may start before this
    for (const std::size_t pos : src.words) {
        if (pos < resume || !can_start(lowered, pos, schedule_field)) continue;
        std::size_t best_len = 0;
        kind best_kind = kind::recurring;
        for (const auto& k : kinds) {
            if (k.schedule_only && !schedule_field) continue;
            std::size_t len = k.match(lowered, pos, c);
            while (len > 0 && is_space(lowered[pos + len - 1])) --len;
            if (len <= best_len) continue;
            const span where{pos, pos + len};
            if (skip.overlaps_any(where)) continue;
            if (k.what == kind::ongoing && !schedule_field && !stands_as_schedule(lowered, where.begin, where.end))
                continue;
            best_len = len;
            best_kind = k.what;
            best_tokens = c.events;
        }
        if (best_len == 0) continue;
        auto f = interpret(best_kind, text, span{pos, pos + best_len}, best_tokens);
        if (f) out.push_back(std::move(*f));
        if (f || best_kind == kind::scope) resume = pos + best_len;
    }
    return out;
}

}  // namespace vnplan::extract
