// References to other documents: drives grammars/vnplan/references.hpp over
// one item's text and turns what it matched into model::reference values.
//
// The grammar sees the grammar form of the text (extract/source.hpp: lower
// case, since PEGTL strings are bytes and `istring` is ASCII-only); spans,
// `text` and `number` are cut from the ORIGINAL, which has the same byte
// length.
#include "extract/references.hpp"

#include "extract/filters.hpp"
#include "extract/rollback.hpp"
#include "text/chars.hpp"
#include "text/text.hpp"
#include "vnplan/references.hpp"

#include <tao/pegtl.hpp>

#include <array>
#include <cstdio>
#include <string>

namespace vnplan::extract {

namespace {

namespace pegtl = tao::pegtl;
namespace g = grammar::references;

bool starts_upper(std::string_view original, std::size_t at) {
    return text::is_capital(text::code_point_at(original, at).value);
}

bool is_blank_byte(char c) { return c == ' ' || c == '\t'; }

// Trims spaces, NBSP and a dangling comma from the end of [begin, end).
std::size_t trim_end(std::string_view s, std::size_t begin, std::size_t end) {
    while (end > begin) {
        if (is_blank_byte(s[end - 1]) || s[end - 1] == ',')
            --end;
        else if (end - begin >= 2 && s[end - 2] == '\xC2' && s[end - 1] == '\xA0')
            end -= 2;
        else
            break;
    }
    return end;
}

// ---- what the actions record --------------------------------------------

enum class mark { type, law_type, number, bare_number, law_name, law_year, day, month, year, citation_end };

struct event {
    mark what;
    std::size_t begin;
    std::size_t end;
};

struct parse_state {
    const char* base = nullptr;
    std::vector<event> events;
    std::vector<std::size_t> marks;  // events.size() when each open rule started (rollback.hpp)
};

template <mark What>
struct record {
    template <typename ActionInput>
    static void apply(const ActionInput& in, parse_state& st) {
        const auto begin = static_cast<std::size_t>(in.begin() - st.base);
        st.events.push_back({What, begin, begin + in.size()});
    }
};

template <typename Rule>
struct action : pegtl::nothing<Rule> {};
template <> struct action<g::type_word> : record<mark::type> {};
template <> struct action<g::bare_type_word> : record<mark::type> {};
template <> struct action<g::law_type_word> : record<mark::law_type> {};
template <> struct action<g::constitution_word> : record<mark::law_type> {};
template <> struct action<g::full_number> : record<mark::number> {};
template <> struct action<g::short_number> : record<mark::number> {};
template <> struct action<g::bare_number> : record<mark::bare_number> {};
template <> struct action<g::law_name> : record<mark::law_name> {};
template <> struct action<g::law_year> : record<mark::law_year> {};
template <> struct action<g::date_day> : record<mark::day> {};
template <> struct action<g::date_month> : record<mark::month> {};
template <> struct action<g::date_year> : record<mark::year> {};
template <> struct action<g::citation_end> : record<mark::citation_end> {};

// ---- from events to a reference -----------------------------------------

struct type_spelling {
    std::string_view lower;
    std::string_view canonical;
};

constexpr std::array<type_spelling, 25> type_spellings{{
    {"chương trình hành động", "Chương trình hành động"},
    {"thông tư liên tịch", "Thông tư liên tịch"},
    {"nghị quyết", "Nghị quyết"},
    {"chỉ thị", "Chỉ thị"},
    {"quy định", "Quy định"},
    {"kết luận", "Kết luận"},
    {"kế hoạch", "Kế hoạch"},
    {"hướng dẫn", "Hướng dẫn"},
    {"quyết định", "Quyết định"},
    {"bộ luật", "Bộ luật"},
    {"luật", "Luật"},
    {"nghị định", "Nghị định"},
    {"thông tư", "Thông tư"},
    {"chương trình", "Chương trình"},
    {"công văn", "Công văn"},
    {"công điện", "Công điện"},
    {"thông báo", "Thông báo"},
    {"thông tri", "Thông tri"},
    {"đề án", "Đề án"},
    {"quy chế", "Quy chế"},
    {"pháp lệnh", "Pháp lệnh"},
    {"hiến pháp", "Hiến pháp"},
    {"văn bản", "Văn bản"},
    {"báo cáo", "Báo cáo"},
    {"tờ trình", "Tờ trình"},
}};

std::string canonical_type(std::string_view lowered) {
    for (const auto& t : type_spellings)
        if (t.lower == lowered) return std::string(t.canonical);
    return std::string(lowered);
}

std::string without_blanks(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (is_blank_byte(s[i])) continue;
        if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
            ++i;
            continue;
        }
        out.push_back(s[i]);
    }
    return out;
}

int to_int(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// ISO date, or nothing for a date that does not exist (`31/02/2024`).
std::optional<std::string> iso_date(int d, int m, int y) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return std::nullopt;
    const int last = days[m - 1] + (m == 2 && leap(y) ? 1 : 0);
    if (d > last) return std::nullopt;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return std::string(buf);
}

// `pháp luật` is `law` as a whole, not a citation of `Luật ...`.
bool after_phap(std::string_view lowered, std::size_t at) {
    constexpr std::string_view phap = "pháp";
    std::size_t end = at;
    while (end > 0 && is_blank_byte(lowered[end - 1])) --end;
    if (end == at || end < phap.size()) return false;
    return lowered.substr(end - phap.size(), phap.size()) == phap &&
           !text::is_alnum(text::code_point_before(lowered, end - phap.size()));
}

// Builds the reference from the events of one successful parse, or nothing
// when the match fails a check the grammar cannot make (case, `pháp luật`).
std::optional<found_reference> build(std::string_view original, std::string_view lowered, std::size_t begin,
                                     std::size_t end, const std::vector<event>& events) {
    const event* type = nullptr;
    const event* number = nullptr;
    const event* name = nullptr;
    bool bare = false;
    bool dated_law = false;
    std::size_t citation_end = end;
    int day = -1, month = -1, year = -1;
    std::optional<std::string> date;
    for (const auto& e : events) {
        switch (e.what) {
            case mark::type:
            case mark::law_type:
                if (!type) type = &e;
                break;
            case mark::number:
                if (!number) number = &e;
                break;
            case mark::bare_number:
                if (!number) number = &e;
                bare = true;
                break;
            case mark::law_name: name = &e; break;
            case mark::law_year: dated_law = true; break;
            case mark::day: day = to_int(lowered.substr(e.begin, e.end - e.begin)); break;
            case mark::month: month = to_int(lowered.substr(e.begin, e.end - e.begin)); break;
            case mark::year:
                year = to_int(lowered.substr(e.begin, e.end - e.begin));
                // The first complete date is the document's date.
                if (!date && day > 0 && month > 0) {
                    date = iso_date(day, month, year);
                    dated_law = true;
                }
                day = month = -1;
                break;
            case mark::citation_end: citation_end = e.begin; break;
        }
    }
    if (!type) return std::nullopt;
    const std::string_view type_lower = lowered.substr(type->begin, type->end - type->begin);
    if ((type_lower == "luật") && after_phap(lowered, type->begin)) return std::nullopt;
    // A bare number (`Nghị quyết 35`) or a law with no number (`Luật Nhà ở năm
    // 2023`) is a citation only as a proper name: capitalised as written.
    if (bare && !starts_upper(original, type->begin)) return std::nullopt;
    // `Kế hoạch 2026` (a table's column head) is the plan of a year.
    if (bare) {
        const int n = to_int(lowered.substr(number->begin, number->end - number->begin));
        if (number->end - number->begin == 4 && n >= 1900 && n < 2100) return std::nullopt;
    }
    if (!number) {
        if (!dated_law || !starts_upper(original, type->begin)) return std::nullopt;
        if (name) {
            std::size_t first = name->begin;  // the name starts with its blanks
            while (first < name->end && !text::is_letter(text::code_point_at(original, first).value)) ++first;
            if (!starts_upper(original, first)) return std::nullopt;
        }
    }

    found_reference r;
    r.value.type = canonical_type(type_lower);
    if (number) r.value.number = without_blanks(original.substr(number->begin, number->end - number->begin));
    r.value.date = date;
    const std::size_t text_end = trim_end(original, begin, citation_end);
    r.value.text = std::string(original.substr(begin, text_end - begin));
    r.where = {begin, trim_end(original, begin, end)};
    return r;
}

// Lazy tracking: only byte positions are read back, and eager tracking
// counted lines and columns at every byte of every attempt.
using scan_input = pegtl::memory_input<pegtl::tracking_mode::lazy>;

// Calls on_match(at, input) at every word start before `before` where `Rule`
// may start; the callback returns where the scan goes on (0: at the next
// word). A citation starts with a letter that follows no letter or digit.
template <typename Rule, typename F>
void scan(const source& text, std::size_t before, F&& on_match) {
    const std::string_view low(text.low);
    std::size_t resume = 0;
    for (const std::uint32_t at : text.words) {
        if (at >= before) break;
        if (at < resume || !may_start<Rule>(low, at) || !text::is_letter(text::code_point_at(low, at).value)) continue;
        scan_input in(low.data() + at, low.data() + low.size(), "");
        const std::size_t end = on_match(at, in);
        if (end > at) resume = end;
    }
}

}  // namespace

std::vector<found_reference> find_references(const source& text) {
    std::vector<found_reference> out;
    const std::string_view low(text.low);
    // One state for every attempt: a fresh one at each word start cost an
    // allocation per word.
    parse_state st;
    st.base = low.data();
    scan<g::reference>(text, text.digits_end, [&](std::size_t at, scan_input& in) -> std::size_t {
        // Most attempts fail: a parse without actions or the rollback control
        // says so at a fraction of the cost; the one that matches runs again.
        {
            scan_input probe(low.data() + at, low.data() + low.size(), "");
            if (!pegtl::parse<g::reference>(probe)) return 0;
        }
        st.events.clear();
        st.marks.clear();
        if (!pegtl::parse<g::reference, action, rollback<action>::control>(in, st)) return 0;
        const auto end = static_cast<std::size_t>(in.current() - low.data());
        auto r = build(text.orig, low, at, end, st.events);
        if (!r) return 0;
        out.push_back(std::move(*r));
        return out.back().where.end > at ? out.back().where.end : end;
    });
    return out;
}

std::vector<found_reference> find_references(std::string_view text) { return find_references(source(text)); }

std::vector<span> find_named_periods(const source& text) {
    std::vector<span> out;
    const std::string_view low(text.low);
    scan<g::named_period>(text, text.year_end, [&](std::size_t at, scan_input& in) -> std::size_t {
        if (!pegtl::parse<g::named_period>(in)) return 0;
        const auto end = static_cast<std::size_t>(in.current() - low.data());
        out.push_back({at, trim_end(text.orig, at, end)});
        return end;
    });
    return out;
}

std::vector<span> find_named_periods(std::string_view text) { return find_named_periods(source(text)); }

}  // namespace vnplan::extract
