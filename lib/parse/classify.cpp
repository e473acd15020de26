#include "parse/classify.hpp"

#include "text/text.hpp"
#include "vnplan/lines.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace vnplan::parse {
namespace {

namespace pegtl = tao::pegtl;
namespace g = vnplan::grammar::lines;

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s)
        if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
    return v;
}

std::string trim_label(std::string_view s) {
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return std::string(s);
}

// Position in the Vietnamese alphabet of labels: a b c d đ e g h i k l m n o
// p q r s t u v x y.
int letter_ordinal(std::string_view letter) {
    static constexpr std::array<std::string_view, 23> order{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                                            "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
    for (std::size_t i = 0; i < order.size(); ++i)
        if (order[i] == letter) return static_cast<int>(i) + 1;
    return 0;
}

int upper_ordinal(std::string_view letter) {
    static constexpr std::array<std::string_view, 24> order{"A", "B", "C", "D", "Đ", "E", "G", "H", "I", "K", "L", "M",
                                                            "N", "O", "P", "Q", "R", "S", "T", "U", "V", "X", "Y", "Ð"};
    for (std::size_t i = 0; i < order.size(); ++i)
        if (order[i] == letter) return i == 23 ? 5 : static_cast<int>(i) + 1;
    return 0;
}

std::string strip_punct(std::string_view s, std::string_view punct) {
    while (!s.empty() && punct.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
    while (!s.empty() && punct.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
    return std::string(s);
}

template <typename Rule>
struct label_action : pegtl::nothing<Rule> {};

#define VNPLAN_LABEL(rule, style_name, key_name, ordinal_expr, norm_expr)  \
    template <>                                                             \
    struct label_action<g::rule> {                                          \
        template <typename Input>                                           \
        static void apply(const Input& in, classified& c) {                 \
            const std::string_view m(in.begin(), in.size());                \
            c.kind = line_kind::label;                                      \
            c.label = trim_label(m);                                        \
            c.style = style_name;                                           \
            c.key = key_name;                                               \
            c.ordinal = ordinal_expr;                                       \
            c.norm = norm_expr;                                             \
        }                                                                   \
    };

VNPLAN_LABEL(roman_heading, "roman", "roman", roman_value(strip_punct(c.label, "./-")), strip_punct(c.label, "./-"))
VNPLAN_LABEL(dotted_heading, "dotted", "dotted-" + std::to_string(std::count(c.label.begin(), c.label.end(), '.') + (c.label.back() == '.' ? 0 : 1)),
             to_int(c.label.substr(c.label.find_last_of('.', c.label.size() - 2) + 1)), strip_punct(c.label, "."))
VNPLAN_LABEL(arabic_heading, "arabic", "arabic", to_int(c.label), strip_punct(c.label, "./-"))
VNPLAN_LABEL(arabic_paren_heading, "paren", "arabic-paren", to_int(c.label), strip_punct(c.label, ")") + ")")
VNPLAN_LABEL(paren_heading, "paren", "paren", to_int(c.label), "(" + strip_punct(c.label, "().:") + ")")
VNPLAN_LABEL(letter_heading, "letter", "letter", letter_ordinal(strip_punct(c.label, "().")), strip_punct(c.label, "()."))
VNPLAN_LABEL(upper_heading, "upper", "upper", upper_ordinal(strip_punct(c.label, ".)/-")), strip_punct(c.label, ".)/-"))
VNPLAN_LABEL(article_heading, "article", "article", to_int(c.label), "Điều " + std::to_string(to_int(c.label)))
#undef VNPLAN_LABEL

// Part, chapter and division headings: the label is the word and the number,
// not the title that follows.
template <typename Word, const char* Style>
struct division_action {
    template <typename Input>
    static void apply(const Input& in, classified& c) {
        std::string_view m(in.begin(), in.size());
        const auto space = m.find(' ');
        std::string_view num = m.substr(space + 1);
        std::size_t n = 0;
        while (n < num.size() && num[n] != ' ' && num[n] != '.' && num[n] != ':') ++n;
        std::string_view value = num.substr(0, n);
        std::size_t end = space + 1 + n;
        while (end < m.size() && (m[end] == '.' || m[end] == ':')) ++end;
        c.kind = line_kind::label;
        c.label = std::string(m.substr(0, end));
        c.style = Style;
        c.key = Style;
        c.ordinal = (!value.empty() && value[0] >= '0' && value[0] <= '9') ? to_int(value) : roman_value(value);
        c.norm = std::string(m.substr(0, space)) + " " + std::string(value);
    }
};
constexpr char part_name[] = "part";
constexpr char chapter_name[] = "chapter";
constexpr char division_name[] = "division";
template <>
struct label_action<g::part_heading> : division_action<g::part_word, part_name> {};
template <>
struct label_action<g::chapter_heading> : division_action<g::chapter_word, chapter_name> {};
template <>
struct label_action<g::division_heading> : division_action<g::division_word, division_name> {};

template <const char* Style, line_kind Kind>
struct bullet_action {
    template <typename Input>
    static void apply(const Input& in, classified& c) {
        c.kind = Kind;
        c.label = trim_label(std::string_view(in.begin(), in.size()));
        c.style = Style;
        c.key = Style;
        c.norm = c.label;
    }
};
constexpr char dash_name[] = "bullet-dash";
constexpr char plus_name[] = "bullet-plus";
constexpr char dot_name[] = "bullet-dot";
constexpr char footnote_name[] = "footnote";
template <>
struct label_action<g::dash_bullet> : bullet_action<dash_name, line_kind::bullet> {};
template <>
struct label_action<g::plus_bullet> : bullet_action<plus_name, line_kind::bullet> {};
template <>
struct label_action<g::dot_bullet> : bullet_action<dot_name, line_kind::bullet> {};
template <>
struct label_action<g::footnote_text> : bullet_action<footnote_name, line_kind::footnote> {};

struct any_action_state {
    classified c;
};

template <typename Rule>
struct header_action : pegtl::nothing<Rule> {};

template <>
struct header_action<g::spelled_date> {
    template <typename Input>
    static void apply(const Input& in, header_info& h) {
        // NGÀY 26 THÁNG 10 NĂM 2020: pick the numbers in order.
        std::string_view m(in.begin(), in.size());
        std::vector<int> nums;
        std::vector<bool> present;
        std::size_t i = 0;
        int field = 0;
        std::optional<int> values[3];
        // Walk the three keywords and read the number that follows each.
        for (std::string_view word : {std::string_view("NGÀY"), std::string_view("THÁNG"), std::string_view("NĂM")}) {
            const auto at = m.find(word, i);
            if (at == std::string_view::npos) break;
            i = at + word.size();
            while (i < m.size() && (m[i] == ' ' || m[i] == '.')) ++i;
            std::size_t j = i;
            while (j < m.size() && m[j] >= '0' && m[j] <= '9') ++j;
            if (j > i) values[field] = to_int(m.substr(i, j - i));
            ++field;
            i = j;
        }
        h.day = values[0];
        h.month = values[1];
        h.year = values[2];
    }
};

// The upper case of the first `n` code points of `s`.
std::string upper_prefix(std::string_view s, int n) {
    std::size_t end = 0;
    while (end < s.size() && n > 0) {
        ++end;
        while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
        --n;
    }
    return text::upper(s.substr(0, end));
}

// Whether the upper-cased line can match one of the header rules below, read
// off the line as it is, for each rule a condition it cannot match without:
// a kind alone on its line (`KẾ HOẠCH`) is a short line; the mottos, `SỐ`,
// `PHỤ LỤC`, `KÍNH GỬI`, `V/V`, `VỀ VIỆC`, `NƠI NHẬN` and the signature marks
// open the line; a bare number (`2682/QĐ-UBND`) opens with a digit and has
// no space after its first `/` or `-`; the place and date has `, NGÀY` after
// the first comma. Upper-casing goes code point by code point, never makes
// fewer code points, and makes none of ` ,:./-` or a digit out of anything
// else, so the upper case of the first few code points is enough. Nearly
// every body line fails all of these before it is upper-cased.
bool may_be_header(std::string_view clean) {
    // The longest kind, `CHƯƠNG TRÌNH HÀNH ĐỘNG`, has 22 code points (and at
    // most 4 bytes each).
    std::string_view trimmed = clean;
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == ':')) trimmed.remove_suffix(1);
    if (trimmed.size() <= 22 || (trimmed.size() <= 4 * 22 && text::code_points(trimmed) <= 22)) return true;

    const auto lead = static_cast<unsigned char>(clean.front());
    if (lead >= '0' && lead <= '9') {
        std::size_t mark = 1;
        while (mark < clean.size() && clean[mark] != '/' && clean[mark] != '-') ++mark;
        if (mark + 1 < clean.size() && clean.find(' ', mark + 1) == std::string_view::npos) return true;
    }
    // An ASCII first letter that opens none of the words needs no upper case.
    bool may_open = lead >= 0x80;
    switch (lead & ~0x20) {  // the upper case of an ASCII letter
        case 'C': case 'K': case 'N': case 'P': case 'Q': case 'S': case 'T': case 'V': may_open = lead < 0x80; break;
        default: break;
    }
    if (may_open) {
        static constexpr std::array<std::string_view, 18> openings{
            "CỘNG HÒA", "CỘNG HOÀ", "ĐỘC LẬP", "ĐẢNG CỘNG SẢN", "SỐ", "PHỤ LỤC", "KÍNH GỬI", "V/V", "VỀ VIỆC ",
            "NƠI NHẬN", "T/M", "K/T", "T/L", "TM", "KT", "TL.", "TUQ.", "Q."};
        const auto head = upper_prefix(clean, 13);
        for (const auto o : openings)
            if (head.starts_with(o)) return true;
    }
    auto comma = clean.find(',');
    if (comma == std::string_view::npos) return false;
    while (++comma < clean.size() && clean[comma] == ' ') {
    }
    return comma < clean.size() && upper_prefix(clean.substr(comma), 4).starts_with("NGÀY");
}

template <typename Rule, typename... States>
bool match(std::string_view s, States&... st) {
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(s.data(), s.size(), "line");
    return pegtl::parse<pegtl::seq<Rule>, header_action>(in, st...);
}

}  // namespace

int roman_value(std::string_view s) {
    auto v = [](char c) {
        switch (c) {
            case 'I': return 1;
            case 'V': return 5;
            case 'X': return 10;
            case 'L': return 50;
            case 'C': return 100;
            default: return 0;
        }
    };
    int total = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const int a = v(s[i]);
        if (a == 0) return 0;
        const int b = i + 1 < s.size() ? v(s[i + 1]) : 0;
        total += a < b ? -a : a;
    }
    // Reject forms that are not canonical (IIII, VV, IIX): rewrite and compare.
    static constexpr std::array<std::pair<int, std::string_view>, 9> table{
        {{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}, {0, ""}, {0, ""}}};
    std::string canon;
    int rest = total;
    for (const auto& [value, text] : table) {
        if (value == 0) break;
        while (rest >= value) {
            canon += text;
            rest -= value;
        }
    }
    return canon == s ? total : 0;
}

classified classify_label(std::string_view clean) {
    classified c;
    if (clean.empty()) return c;
    c.kind = line_kind::text;
    // Only the start of the line says anything: match the label and leave the
    // rest unread (any_line would step through it a byte at a time, tracking
    // lines and columns nobody asks for).
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(clean.data(), clean.size(), "line");
    pegtl::parse<g::line_start, label_action>(in, c);
    // A Roman label that is not a canonical numeral (IIV., LX-) is text.
    if (c.kind == line_kind::label && c.style == "roman" && c.ordinal == 0) {
        c = classified{};
        c.kind = line_kind::text;
        return c;
    }
    if (c.kind != line_kind::text) {
        c.rest = std::string(clean.substr(std::min(clean.size(), c.label.size())));
        while (!c.rest.empty() && c.rest.front() == ' ') c.rest.erase(c.rest.begin());
    }
    return c;
}

classified classify(std::string_view clean) {
    classified c = classify_label(clean);
    if (c.kind == line_kind::text) c.rest = std::string(clean);
    return c;
}

header_info classify_header(std::string_view clean) {
    header_info h;
    if (clean.empty() || !may_be_header(clean)) return h;
    const std::string up = text::upper(clean);
    if (match<g::motto>(up, h)) {
        h.kind = header_kind::motto;
    } else if (match<g::kind_line>(up, h)) {
        h.kind = header_kind::kind_line;
        if (up.rfind("CHƯƠNG TRÌNH", 0) == 0) h.doc_kind = "chuong-trinh-hanh-dong";
        else if (up.rfind("KẾ HOẠCH", 0) == 0) h.doc_kind = "ke-hoach";
        else if (up.rfind("NGHỊ QUYẾT", 0) == 0) h.doc_kind = "nghi-quyet";
        else if (up.rfind("QUYẾT ĐỊNH", 0) == 0) h.doc_kind = "quyet-dinh";
        else if (up.rfind("CHỈ THỊ", 0) == 0) h.doc_kind = "chi-thi";
        else if (up.rfind("CÔNG VĂN", 0) == 0) h.doc_kind = "cong-van";
        else h.doc_kind = "other";
    } else if (match<g::number_head>(up, h)) {
        h.kind = header_kind::number_head;
    } else if (match<g::number_line>(up, h)) {
        h.kind = header_kind::number;
    } else if (match<g::bare_number>(up, h)) {
        h.kind = header_kind::bare_number;
    } else if (match<g::appendix_line>(up, h)) {
        h.kind = header_kind::appendix;
    } else if (match<g::place_date>(up, h)) {
        h.kind = header_kind::place_date;
    } else if (match<g::addressee_line>(up, h)) {
        h.kind = header_kind::addressee;
    } else if (match<g::subject_line>(up, h)) {
        h.kind = header_kind::subject;
    } else if (match<g::recipients_head>(up, h)) {
        h.kind = header_kind::recipients;
    } else if (match<g::signature_head>(up, h)) {
        h.kind = header_kind::signature;
    }
    return h;
}

}  // namespace vnplan::parse
