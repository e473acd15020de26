// Query compiler and evaluator.
//
// The grammar (grammars/vnplan/query.hpp) only says what is well formed. The
// actions here feed a builder that checks fields, operators and literals as
// soon as each is complete, and builds a small tree; every expected failure
// is thrown as a tao::pegtl::parse_error at the byte where it starts and
// turned into an `error` with a code point column in compile(). Messages for
// `must<>` failures come from the control class, which looks at what follows
// the failure point to say something more useful than the rule's name.
#include "query/query.hpp"
#include "text/distance.hpp"

#include "text/text.hpp"

#include <vnplan/query.hpp>

#include <tao/pegtl.hpp>
#include <unicode/errorcode.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <memory>

namespace vnplan::query {

namespace pegtl = tao::pegtl;
namespace gq = vnplan::grammar::query;

// ---- fields -------------------------------------------------------------

namespace {

enum class field_type { text, number, date };

enum class field_id {
    kind, text, section, title, file, id, line, end_line, product,
    body, lead, support, report_to,
    deadline, deadline_text, deadline_kind, deadline_start, deadline_end, deadline_source, deadline_recurrence,
    deadline_quarter,
    target, target_text, target_value, target_max, target_unit, target_op,
    reference, reference_text, reference_type, reference_number, reference_date,
};

struct field_info {
    const char* name;
    field_id id;
    field_type type;
};

// The order here is the order `field_names()` lists them in.
const std::vector<field_info>& fields() {
    static const std::vector<field_info> table{
        {"kind", field_id::kind, field_type::text},
        {"text", field_id::text, field_type::text},
        {"section", field_id::section, field_type::text},
        {"title", field_id::title, field_type::text},
        {"section_title", field_id::title, field_type::text},
        {"file", field_id::file, field_type::text},
        {"id", field_id::id, field_type::text},
        {"line", field_id::line, field_type::number},
        {"end_line", field_id::end_line, field_type::number},
        {"product", field_id::product, field_type::text},
        {"body", field_id::body, field_type::text},
        {"lead", field_id::lead, field_type::text},
        {"support", field_id::support, field_type::text},
        {"report_to", field_id::report_to, field_type::text},
        {"deadline", field_id::deadline, field_type::text},
        {"deadline.text", field_id::deadline_text, field_type::text},
        {"deadline.kind", field_id::deadline_kind, field_type::text},
        {"deadline.start", field_id::deadline_start, field_type::date},
        {"deadline.end", field_id::deadline_end, field_type::date},
        {"deadline.source", field_id::deadline_source, field_type::text},
        {"deadline.recurrence", field_id::deadline_recurrence, field_type::text},
        {"deadline.quarter", field_id::deadline_quarter, field_type::number},
        {"target", field_id::target, field_type::text},
        {"target.text", field_id::target_text, field_type::text},
        {"target.value", field_id::target_value, field_type::number},
        {"target.max", field_id::target_max, field_type::number},
        {"target.unit", field_id::target_unit, field_type::text},
        {"target.op", field_id::target_op, field_type::text},
        {"reference", field_id::reference, field_type::text},
        {"reference.text", field_id::reference_text, field_type::text},
        {"reference.type", field_id::reference_type, field_type::text},
        {"reference.number", field_id::reference_number, field_type::text},
        {"reference.date", field_id::reference_date, field_type::date},
    };
    return table;
}

const char* type_name(field_type t) {
    switch (t) {
        case field_type::text: return "text";
        case field_type::number: return "a number";
        case field_type::date: return "a date";
    }
    return "";
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

using text::edit_distance;

// Vietnamese words people reach for, accents and separators dropped: the
// field each one means, for "did you mean".
const std::vector<std::pair<std::string_view, std::string_view>>& vietnamese_aliases() {
    static const std::vector<std::pair<std::string_view, std::string_view>> table{
        {"chutri", "lead"},        {"coquanchutri", "lead"},  {"donvichutri", "lead"},  {"phoihop", "support"},
        {"coquanphoihop", "support"}, {"baocao", "report_to"}, {"thoihan", "deadline"}, {"han", "deadline"},
        {"thoigian", "deadline"},  {"hoanthanh", "deadline"}, {"chitieu", "target"},    {"loai", "kind"},
        {"noidung", "text"},       {"muc", "section"},        {"phan", "section"},      {"tieude", "title"},
        {"vanban", "reference"},   {"cancu", "reference"},    {"sanpham", "product"},   {"ketqua", "product"},
        {"dong", "line"},          {"tep", "file"},           {"coquan", "body"},       {"donvi", "body"},
    };
    return table;
}

// The nearest field name, or "" when none is close enough to be a typo.
// Accents are dropped first so that `hạn` is compared as `han`.
std::string nearest_field(std::string_view name) {
    const std::string n = text::fold_accents(name);
    std::string squeezed;
    for (char c : n)
        if (c != '_' && c != '.' && c != '-') squeezed += c;
    for (const auto& [word, field] : vietnamese_aliases())
        if (squeezed == word) return std::string(field);
    std::string best;
    std::size_t best_d = n.size() <= 3 ? 2 : 3;
    for (const auto& f : fields()) {
        const auto d = edit_distance(n, f.name);
        if (d < best_d) {
            best_d = d;
            best = f.name;
        }
    }
    // `deadline.ends`, `lead.name`: a known field with something after it.
    if (best.empty())
        for (const auto& f : fields())
            if (n.rfind(std::string(f.name) + ".", 0) == 0) best = f.name;
    return best;
}

// ---- text helpers -------------------------------------------------------

// Accent-insensitive folding as in text::fold_accents, plus the i/y spelling
// pairs officials mix (`kỳ`/`kì`, `quý`/`quí`, `lý`/`lí`, `Mỹ`/`Mĩ`): a `y`
// that ends a word right after a consonant, or after `qu`, reads as `i`.
// `uy` after any other consonant (`thủy`, `Ủy`) is left alone.
std::string fold_search(std::string_view s) {
    std::string f = text::fold_accents(s);
    auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; };
    auto is_consonant = [](char c) { return c >= 'a' && c <= 'z' && std::string_view("aeiouy").find(c) == std::string_view::npos; };
    for (std::size_t i = 1; i < f.size(); ++i) {
        if (f[i] != 'y' || (i + 1 < f.size() && is_letter(f[i + 1]))) continue;
        const bool after_consonant = is_consonant(f[i - 1]);
        const bool after_qu = i >= 2 && f[i - 1] == 'u' && f[i - 2] == 'q';
        if (after_consonant || after_qu) f[i] = 'i';
    }
    return f;
}

icu::UnicodeString to_unicode(std::string_view s) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

// Byte offset of the first invalid UTF-8 sequence, or npos.
std::size_t invalid_utf8_at(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) n = 1, cp = c;
        else if ((c & 0xE0) == 0xC0) n = 2, cp = c & 0x1Fu;
        else if ((c & 0xF0) == 0xE0) n = 3, cp = c & 0x0Fu;
        else if ((c & 0xF8) == 0xF0) n = 4, cp = c & 0x07u;
        else return i;
        if (i + n > s.size()) return i;
        for (std::size_t k = 1; k < n; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        const std::uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += n;
    }
    return std::string_view::npos;
}

// What follows a failure point, as one short token for a message:
// `found 'tuyen'`, or `at the end` when nothing does.
std::string found_at(std::string_view rest) {
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t' || rest.front() == '\n' || rest.front() == '\r'))
        rest.remove_prefix(1);
    if (rest.empty()) return "at the end";
    std::size_t n = 0;
    int cps = 0;
    while (n < rest.size() && rest[n] != ' ' && rest[n] != '\t' && rest[n] != '\n' && cps < 20) {
        ++n;
        while (n < rest.size() && (static_cast<unsigned char>(rest[n]) & 0xC0) == 0x80) ++n;
        ++cps;
    }
    return "found '" + std::string(rest.substr(0, n)) + "'";
}

std::string_view skip_space(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
    return s;
}

bool starts_with_keyword(std::string_view s, std::string_view kw) {
    if (s.size() < kw.size() || ascii_lower(s.substr(0, kw.size())) != kw) return false;
    if (s.size() == kw.size()) return true;
    const auto c = static_cast<unsigned char>(s[kw.size()]);
    return !(std::isalnum(c) || c == '_' || c >= 0x80);
}

// ---- dates --------------------------------------------------------------

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return days[m - 1];
}

std::string iso(int y, int m, int d) {
    // Dates in queries have four-digit years and valid months and days.
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

}  // namespace

// ---- the tree -----------------------------------------------------------

namespace detail {

enum class op { eq, ne, lt, le, gt, ge, contains, regex };

const char* op_text(op o) {
    switch (o) {
        case op::eq: return "=";
        case op::ne: return "!=";
        case op::lt: return "<";
        case op::le: return "<=";
        case op::gt: return ">";
        case op::ge: return ">=";
        case op::contains: return "~";
        case op::regex: return "=~";
    }
    return "";
}

struct node {
    enum class kind { all, any, negate, exists, compare } k = kind::exists;
    std::vector<std::shared_ptr<node>> children;  // all / any / negate
    field_id field = field_id::kind;
    field_type type = field_type::text;
    op o = op::eq;
    std::string folded;                 // text, for = and !=
    std::string search;                 // text, for ~
    double number = 0;                  // number fields
    std::string lo, hi;                 // date fields: the span of days the literal stands for
    std::shared_ptr<icu::RegexPattern> regex;
};

struct access {
    static expression make(std::shared_ptr<const node> root, std::string source) {
        expression e;
        e.root_ = std::move(root);
        e.source_ = std::move(source);
        return e;
    }
    static const node& root(const expression& e) { return *e.root_; }
};

}  // namespace detail

namespace {

using detail::node;
using detail::op;

// ---- the builder --------------------------------------------------------

struct literal {
    enum class kind { string, number, date, word } k = kind::word;
    std::size_t byte = 0;        // where it starts in the expression
    std::string raw;             // as written
    std::string text;            // strings unescaped; others as written
    std::vector<std::size_t> source_byte;  // strings: byte in the expression of each byte of `text`
    double number = 0;
    bool integer = false;
    std::string lo, hi;          // dates
    bool case_insensitive = false;
};

constexpr int max_depth = 200;

struct builder {
    std::string_view src;
    std::vector<std::shared_ptr<node>> stack;

    // The predicate being read.
    const field_info* field = nullptr;
    std::string field_name;
    std::size_t field_byte = 0;
    std::optional<op> oper;
    std::size_t op_byte = 0;
    std::optional<literal> lit;

    // For messages.
    std::vector<std::size_t> parens;  // bytes of the open '('
    std::size_t string_start = 0;
    std::string last_keyword;
    bool last_was_field_alone = false;
    bool last_was_bare_word = false;
    int depth = 0;

    [[noreturn]] void fail(std::size_t byte, const std::string& message) const {
        throw pegtl::parse_error(message, pegtl::position(byte, 1, byte + 1, "query"));
    }

    void push_binary(node::kind k) {
        auto rhs = std::move(stack.back());
        stack.pop_back();
        auto& lhs = stack.back();
        // and/or are associative: one node with many children keeps the tree
        // shallow however long the chain is.
        if (lhs->k != k) {
            auto n = std::make_shared<node>();
            n->k = k;
            n->children.push_back(std::move(lhs));
            lhs = std::move(n);
        }
        lhs->children.push_back(std::move(rhs));
    }

    void enter(std::size_t byte) {
        if (++depth > max_depth) fail(byte, "the expression is nested too deeply (more than 200 levels)");
    }

    void set_field(std::string_view name, std::size_t byte) {
        field_name = std::string(name);
        field_byte = byte;
        oper.reset();
        lit.reset();
        const auto lower = ascii_lower(name);
        field = nullptr;
        for (const auto& f : fields())
            if (lower == f.name) field = &f;
        if (!field) {
            const auto near = nearest_field(lower);
            fail(byte, "unknown field '" + field_name + "'" +
                           (near.empty() ? " (run 'vnplan query --help' for the list)" : " (did you mean '" + near + "'?)"));
        }
    }

    void set_op(op o, std::size_t byte) {
        oper = o;
        op_byte = byte;
        const bool text_op = o == op::contains || o == op::regex;
        const bool order_op = o == op::lt || o == op::le || o == op::gt || o == op::ge;
        if (field->type == field_type::text && order_op)
            fail(byte, std::string("'") + detail::op_text(o) + "' does not fit '" + field_name +
                           "', which is text (use =, !=, ~ or =~" +
                           (field->id == field_id::deadline ? "; or compare dates with deadline.end or deadline.start)" : ")"));
        if (field->type != field_type::text && text_op)
            fail(byte, std::string("'") + detail::op_text(o) + "' does not fit '" + field_name + "', which is " +
                           type_name(field->type) + " (use =, !=, <, <=, > or >=)");
    }

    // The predicate is complete: check the literal against the field and push
    // the node.
    void finish_predicate() {
        auto n = std::make_shared<node>();
        n->field = field->id;
        n->type = field->type;
        last_was_field_alone = !oper;
        last_was_bare_word = lit && lit->k == literal::kind::word;
        if (!oper) {
            n->k = node::kind::exists;
            stack.push_back(std::move(n));
            return;
        }
        n->k = node::kind::compare;
        n->o = *oper;
        const auto& l = *lit;
        switch (field->type) {
            case field_type::text:
                if (field->id == field_id::deadline && l.k == literal::kind::date)
                    fail(l.byte, "'deadline' is text; compare a date with deadline.end or deadline.start");
                if (n->o == op::regex) compile_regex(*n, l);
                n->folded = text::fold(l.text);
                n->search = fold_search(l.text);
                break;
            case field_type::number:
                if (l.k != literal::kind::number)
                    fail(l.byte, "'" + field_name + "' is a number: expected a number such as 95 or 0,4, " + found_at(l.raw));
                n->number = l.number;
                break;
            case field_type::date:
                if (l.k == literal::kind::date) {
                    n->lo = l.lo;
                    n->hi = l.hi;
                } else if (l.k == literal::kind::number && l.integer && l.raw.size() == 4) {
                    const int y = static_cast<int>(l.number);
                    n->lo = iso(y, 1, 1);
                    n->hi = iso(y, 12, 31);
                } else {
                    fail(l.byte, "'" + field_name + "' is a date: expected 2025-06-30, 30/6/2025, 6/2025 or 2025, " +
                                     found_at(l.raw));
                }
                break;
        }
        stack.push_back(std::move(n));
    }

    void compile_regex(node& n, const literal& l) const {
        UParseError pe{};
        UErrorCode ec = U_ZERO_ERROR;
        const uint32_t flags = l.case_insensitive ? UREGEX_CASE_INSENSITIVE : 0;
        std::unique_ptr<icu::RegexPattern> p(icu::RegexPattern::compile(to_unicode(l.text), flags, pe, ec));
        if (U_FAILURE(ec) || !p) {
            // Point at the character ICU names, mapped back through the escapes.
            std::size_t at = l.byte;
            if (pe.line <= 1 && pe.offset >= 0) {
                const auto u = to_unicode(l.text);
                std::string prefix;
                u.tempSubString(0, pe.offset).toUTF8String(prefix);
                if (prefix.size() < l.source_byte.size()) at = l.source_byte[prefix.size()];
                else at = l.byte + l.raw.size() - 1;  // the closing quote
            }
            fail(at, std::string("bad regular expression: ") + u_errorName(ec));
        }
        n.regex = std::move(p);
    }

    void set_string(std::string_view raw, std::size_t byte) {
        literal l;
        l.k = literal::kind::string;
        l.byte = byte;
        l.raw = std::string(raw);
        // Between the quotes: `\"` and `\\` are escapes; any other backslash
        // stays, so regexes read naturally (`"\d{4}"`).
        for (std::size_t i = 1; i + 1 < raw.size(); ++i) {
            const std::size_t at = byte + i;
            if (raw[i] == '\\' && i + 2 < raw.size() && (raw[i + 1] == '"' || raw[i + 1] == '\\')) ++i;
            l.text += raw[i];
            l.source_byte.push_back(at);
        }
        lit = std::move(l);
    }

    void set_word(std::string_view raw, std::size_t byte) {
        literal l;
        l.k = literal::kind::word;
        l.byte = byte;
        l.raw = l.text = std::string(raw);
        lit = std::move(l);
    }

    void set_number(std::string_view raw, std::size_t byte) {
        literal l;
        l.k = literal::kind::number;
        l.byte = byte;
        l.raw = l.text = std::string(raw);
        std::string s(raw);
        if (!s.empty() && s.back() == '%') s.pop_back();
        const auto sep = s.find_first_of(".,");
        if (sep != std::string::npos) {
            // `2.000` is two thousand to a Vietnamese reader and two to anyone
            // else; `0,400` and `2.5` are not in doubt.
            const bool zero_int = s.find_first_not_of('0') == sep;
            if (!zero_int && s.size() - sep - 1 == 3)
                fail(byte, "ambiguous number '" + std::string(raw) + "': write " + s.substr(0, sep) + s.substr(sep + 1) +
                               " for thousands, or drop the trailing zeros for a fraction");
            s[sep] = '.';
        }
        l.integer = sep == std::string::npos;
        const auto r = std::from_chars(s.data(), s.data() + s.size(), l.number);
        if (r.ec != std::errc() || !std::isfinite(l.number)) fail(byte, "bad number '" + std::string(raw) + "'");
        lit = std::move(l);
    }

    void set_date(std::string_view raw, std::size_t byte) {
        literal l;
        l.k = literal::kind::date;
        l.byte = byte;
        l.raw = l.text = std::string(raw);
        std::vector<int> parts;
        int cur = 0;
        for (char c : raw) {
            if (c >= '0' && c <= '9') cur = cur * 10 + (c - '0');
            else {
                parts.push_back(cur);
                cur = 0;
            }
        }
        parts.push_back(cur);
        int y = 0, m = 0, d = 0;
        const bool iso_order = raw.size() > 4 && raw[4] == '-';
        if (iso_order) {
            y = parts[0];
            m = parts[1];
            d = parts.size() > 2 ? parts[2] : 0;
        } else {
            y = parts.back();
            m = parts[parts.size() - 2];
            d = parts.size() > 2 ? parts[0] : 0;
        }
        if (m < 1 || m > 12) fail(byte, "invalid date '" + l.raw + "': there is no month " + std::to_string(m));
        if (parts.size() > 2 && (d < 1 || d > days_in_month(y, m)))
            fail(byte, "invalid date '" + l.raw + "': month " + std::to_string(m) + " of " + std::to_string(y) + " has " +
                           std::to_string(days_in_month(y, m)) + " days");
        l.lo = iso(y, m, parts.size() > 2 ? d : 1);
        l.hi = iso(y, m, parts.size() > 2 ? d : days_in_month(y, m));
        lit = std::move(l);
    }
};

// ---- actions ------------------------------------------------------------

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

template <typename Input>
std::size_t offset_of(const Input& in) {
    return static_cast<std::size_t>(in.begin() - in.input().begin());
}

template <>
struct action<gq::field_path> {
    template <typename Input>
    static void apply(const Input& in, builder& b) {
        b.set_field(in.string_view(), offset_of(in));
    }
};

template <op O>
struct op_action {
    template <typename Input>
    static void apply(const Input& in, builder& b) {
        b.set_op(O, offset_of(in));
    }
};

template <> struct action<gq::op_regex> : op_action<op::regex> {};
template <> struct action<gq::op_eq> : op_action<op::eq> {};
template <> struct action<gq::op_ne> : op_action<op::ne> {};
template <> struct action<gq::op_le> : op_action<op::le> {};
template <> struct action<gq::op_ge> : op_action<op::ge> {};
template <> struct action<gq::op_lt> : op_action<op::lt> {};
template <> struct action<gq::op_gt> : op_action<op::gt> {};
template <> struct action<gq::op_contains> : op_action<op::contains> {};

template <>
struct action<gq::quote> {
    template <typename Input>
    static void apply(const Input& in, builder& b) {
        b.string_start = offset_of(in);
    }
};

template <>
struct action<gq::string_literal> {
    template <typename Input>
    static void apply(const Input& in, builder& b) {
        b.set_string(in.string_view(), offset_of(in));
    }
};

template <>
struct action<gq::regex_flag> {
    template <typename Input>
    static void apply(const Input&, builder& b) {
        b.lit->case_insensitive = true;
    }
};

template <>
struct action<gq::date_literal> {
    template <typename Input>
    static void apply(const Input& in, builder& b) {
        b.set_date(in.string_view(), offset_of(in));
    }
};

template <>
struct action<gq::number_literal> {
    template <typename Input>
    static void apply(const Input& in, builder& b) {
        b.set_number(in.string_view(), offset_of(in));
    }
};

template <>
struct action<gq::bare_word> {
    template <typename Input>
    static void apply(const Input& in, builder& b) {
        b.set_word(in.string_view(), offset_of(in));
    }
};

template <>
struct action<gq::predicate> {
    template <typename Input>
    static void apply(const Input&, builder& b) {
        b.finish_predicate();
    }
};

template <>
struct action<gq::kw_and> {
    template <typename Input>
    static void apply(const Input&, builder& b) {
        b.last_keyword = "and";
    }
};

template <>
struct action<gq::kw_or> {
    template <typename Input>
    static void apply(const Input&, builder& b) {
        b.last_keyword = "or";
    }
};

template <>
struct action<gq::kw_not> {
    template <typename Input>
    static void apply(const Input& in, builder& b) {
        b.last_keyword = "not";
        b.enter(offset_of(in));
    }
};

template <>
struct action<gq::negation> {
    template <typename Input>
    static void apply(const Input&, builder& b) {
        auto n = std::make_shared<node>();
        n->k = node::kind::negate;
        n->children.push_back(std::move(b.stack.back()));
        b.stack.back() = std::move(n);
        --b.depth;
        b.last_was_field_alone = b.last_was_bare_word = false;
    }
};

template <>
struct action<gq::and_tail> {
    template <typename Input>
    static void apply(const Input&, builder& b) {
        b.push_binary(node::kind::all);
    }
};

template <>
struct action<gq::or_tail> {
    template <typename Input>
    static void apply(const Input&, builder& b) {
        b.push_binary(node::kind::any);
    }
};

template <>
struct action<gq::open_paren> {
    template <typename Input>
    static void apply(const Input& in, builder& b) {
        b.parens.push_back(offset_of(in));
        b.enter(offset_of(in));
    }
};

template <>
struct action<gq::group> {
    template <typename Input>
    static void apply(const Input&, builder& b) {
        b.parens.pop_back();
        --b.depth;
        b.last_was_field_alone = b.last_was_bare_word = false;
    }
};

// ---- error messages -----------------------------------------------------

template <typename Input>
std::string_view rest_of(const Input& in) {
    return {in.current(), in.size()};
}

// Where an operand (a field, `not` or `(`) was expected; `after` is the
// keyword or parenthesis before it, "" at the start.
std::string operand_message(std::string_view rest, const std::string& after) {
    const auto r = skip_space(rest);
    const std::string where = after.empty() ? "" : " after '" + after + "'";
    if (after.empty())
        for (const char* kw : {"and", "or"})
            if (starts_with_keyword(r, kw)) return std::string("'") + kw + "' needs an expression on its left";
    if (!r.empty() && r.front() == '!') return "use 'not' for negation, not '!'";
    if (!r.empty() && r.front() == ')') return "expected an expression" + where + ", found ')'";
    if (!r.empty() && (r.front() == '"' || (r.front() >= '0' && r.front() <= '9')))
        return "expected a field name" + where + ", " + found_at(r) + " (a value goes after an operator: text ~ \"...\")";
    if (r.empty() && after.empty()) return "the expression is empty";
    return "expected a field, 'not' or '('" + where + ", " + found_at(r);
}

template <typename Rule>
struct message {
    static std::string of(std::string_view rest, const builder&) { return "syntax error, " + found_at(rest); }
};

template <>
struct message<gq::or_expr> {
    // Required at the start of the expression and right after a '('.
    static std::string of(std::string_view rest, const builder& b) {
        return operand_message(rest, b.parens.empty() ? "" : "(");
    }
};

template <>
struct message<gq::not_expr> {
    static std::string of(std::string_view rest, const builder& b) { return operand_message(rest, b.last_keyword); }
};

template <>
struct message<gq::and_expr> {
    static std::string of(std::string_view rest, const builder&) { return operand_message(rest, "or"); }
};

template <>
struct message<gq::field_word> {
    static std::string of(std::string_view rest, const builder&) {
        return "expected a field name after '.', " + found_at(rest);
    }
};

template <>
struct message<gq::value> {
    static std::string of(std::string_view rest, const builder& b) {
        const auto r = skip_space(rest);
        const std::string op = b.oper ? detail::op_text(*b.oper) : "";
        for (const char* kw : {"and", "or", "not"})
            if (starts_with_keyword(r, kw))
                return "expected a value after '" + op + "', " + found_at(r) + " (quote it to search for the word: \"" + kw + "\")";
        return "expected a value after '" + op + "' (\"text\", a number or a date), " + found_at(r);
    }
};

template <>
struct message<gq::regex_literal> {
    static std::string of(std::string_view rest, const builder&) {
        return "expected a quoted regular expression after '=~', " + found_at(rest);
    }
};

template <>
struct message<gq::close_paren> {
    static std::string of(std::string_view rest, const builder& b) {
        const int col = text::code_points(b.src, b.parens.back()) + 1;
        std::string m = "missing ')' to close the '(' at column " + std::to_string(col) + ", " + found_at(rest);
        if (!skip_space(rest).empty() && b.last_was_bare_word) m += " (quote a value that has spaces)";
        else if (!skip_space(rest).empty() && b.last_was_field_alone) m += " (expected an operator, 'and' or 'or')";
        return m;
    }
};

template <>
struct message<gq::end_of_expression> {
    static std::string of(std::string_view rest, const builder& b) {
        const auto r = skip_space(rest);
        if (r.front() == ')') return "unbalanced ')': there is no '(' to close";
        if (r.substr(0, 2) == "&&") return "use 'and', not '&&'";
        if (r.substr(0, 2) == "||") return "use 'or', not '||'";
        if (b.last_was_field_alone)
            return "expected an operator, 'and', 'or' or the end after '" + b.field_name + "', " + found_at(r);
        std::string m = "expected 'and', 'or' or the end of the expression, " + found_at(r);
        if (b.last_was_bare_word) m += " (quote a value that has spaces)";
        return m;
    }
};

template <typename Rule>
struct control : pegtl::normal<Rule> {
    template <typename Input>
    [[noreturn]] static void raise(const Input& in, builder& b) {
        // An unterminated string is reported where it starts, not at the end.
        if constexpr (std::is_same_v<Rule, gq::string_close>) b.fail(b.string_start, "unterminated string");
        const auto rest = rest_of(in);
        // Point at the offending token, not at the space before it.
        const auto at = static_cast<std::size_t>(skip_space(rest).data() - b.src.data());
        b.fail(at, message<Rule>::of(rest, b));
    }
};

// ---- evaluation ---------------------------------------------------------

struct values {
    std::vector<std::string> texts;
    std::vector<double> numbers;
    std::vector<std::string> dates;
};

void bodies_of(const model::item& it, const char* role, values& v) {
    for (const auto& b : it.bodies) {
        if (role && b.role != role) continue;
        v.texts.push_back(b.name);
        if (!b.canonical.empty() && b.canonical != b.name) v.texts.push_back(b.canonical);
    }
}

values collect(field_id f, const row& r) {
    values v;
    const auto& it = *r.item;
    switch (f) {
        case field_id::kind: v.texts.push_back(it.kind); break;
        case field_id::text: v.texts.push_back(it.text); break;
        case field_id::section: v.texts.push_back(r.section); break;
        case field_id::title: v.texts.push_back(r.section_title); break;
        case field_id::file: v.texts.push_back(r.file); break;
        case field_id::id: v.texts.push_back(it.id); break;
        case field_id::line: v.numbers.push_back(it.line); break;
        case field_id::end_line: v.numbers.push_back(it.end_line); break;
        case field_id::product:
            if (it.product) v.texts.push_back(*it.product);
            break;
        case field_id::body: bodies_of(it, nullptr, v); break;
        case field_id::lead: bodies_of(it, "lead", v); break;
        case field_id::support: bodies_of(it, "support", v); break;
        case field_id::report_to: bodies_of(it, "report_to", v); break;
        case field_id::deadline:
        case field_id::deadline_text:
            for (const auto& d : it.deadlines) v.texts.push_back(d.text);
            break;
        case field_id::deadline_kind:
            for (const auto& d : it.deadlines) v.texts.push_back(d.kind);
            break;
        case field_id::deadline_start:
            for (const auto& d : it.deadlines)
                if (d.start) v.dates.push_back(*d.start);
            break;
        case field_id::deadline_end:
            for (const auto& d : it.deadlines)
                if (d.end) v.dates.push_back(*d.end);
            break;
        case field_id::deadline_source:
            for (const auto& d : it.deadlines) v.texts.push_back(d.source);
            break;
        case field_id::deadline_recurrence:
            for (const auto& d : it.deadlines)
                if (d.recurrence) v.texts.push_back(*d.recurrence);
            break;
        case field_id::deadline_quarter:
            for (const auto& d : it.deadlines)
                if (d.quarter) v.numbers.push_back(*d.quarter);
            break;
        case field_id::target:
        case field_id::target_text:
            for (const auto& t : it.targets) v.texts.push_back(t.text);
            break;
        case field_id::target_value:
            for (const auto& t : it.targets) v.numbers.push_back(t.value);
            break;
        case field_id::target_max:
            for (const auto& t : it.targets)
                if (t.max) v.numbers.push_back(*t.max);
            break;
        case field_id::target_unit:
            for (const auto& t : it.targets) v.texts.push_back(t.unit);
            break;
        case field_id::target_op:
            for (const auto& t : it.targets) v.texts.push_back(t.op);
            break;
        case field_id::reference:
            for (const auto& x : it.references) {
                v.texts.push_back(x.text);
                if (x.number) v.texts.push_back(*x.number);
            }
            break;
        case field_id::reference_text:
            for (const auto& x : it.references) v.texts.push_back(x.text);
            break;
        case field_id::reference_type:
            for (const auto& x : it.references) v.texts.push_back(x.type);
            break;
        case field_id::reference_number:
            for (const auto& x : it.references)
                if (x.number) v.texts.push_back(*x.number);
            break;
        case field_id::reference_date:
            for (const auto& x : it.references)
                if (x.date) v.dates.push_back(*x.date);
            break;
    }
    return v;
}

bool exists(field_id f, const row& r) {
    const auto& it = *r.item;
    // A list field exists when it has an element, whatever the element says.
    // `deadline` is the exception: the document's term, which the extractor
    // attaches to every item that has no deadline of its own, does not count,
    // so `not deadline` finds the items validate calls missing-deadline.
    switch (f) {
        case field_id::deadline:
            return std::any_of(it.deadlines.begin(), it.deadlines.end(),
                               [](const model::deadline& d) { return d.source != "document"; });
        case field_id::target: return !it.targets.empty();
        case field_id::reference: return !it.references.empty();
        default: break;
    }
    const auto v = collect(f, r);
    return !v.numbers.empty() || !v.dates.empty() ||
           std::any_of(v.texts.begin(), v.texts.end(), [](const std::string& s) { return !s.empty(); });
}

// ICU's time limit, in steps of its engine (each about a millisecond).
constexpr int32_t regex_step_limit = 1000;

bool text_matches(const node& n, const std::string& s) {
    switch (n.o) {
        case op::eq:
        case op::ne: return text::fold(s) == n.folded;
        case op::contains: return fold_search(s).find(n.search) != std::string::npos;
        case op::regex: {
            UErrorCode ec = U_ZERO_ERROR;
            const auto u = to_unicode(s);
            std::unique_ptr<icu::RegexMatcher> m(n.regex->matcher(u, ec));
            if (U_FAILURE(ec)) return false;
            // A pattern that backtracks without end (`(a*)*b` on `aaa…`)
            // stops after about a second of the engine's steps (counted, so
            // the same on every run) and fails the query: no answer is
            // better than a wrong one.
            m->setTimeLimit(regex_step_limit, ec);
            const bool found = m->find(0, ec);
            if (ec == U_REGEX_TIME_OUT)
                throw too_slow("the regular expression takes too long on the text of an item: write it without "
                               "nested repetition (such as (a*)*)");
            return U_SUCCESS(ec) && found;
        }
        default: return false;
    }
}

template <typename T>
bool ordered(op o, const T& v, const T& lo, const T& hi) {
    switch (o) {
        case op::eq:
        case op::ne: return !(v < lo) && !(hi < v);
        case op::lt: return v < lo;
        case op::le: return !(hi < v);
        case op::gt: return hi < v;
        case op::ge: return !(v < lo);
        default: return false;
    }
}

bool number_equal(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)}); }

bool compare(const node& n, const row& r) {
    const auto v = collect(n.field, r);
    bool any = false;
    switch (n.type) {
        case field_type::text:
            any = std::any_of(v.texts.begin(), v.texts.end(), [&](const std::string& s) { return text_matches(n, s); });
            break;
        case field_type::number:
            any = std::any_of(v.numbers.begin(), v.numbers.end(), [&](double x) {
                if (n.o == op::eq || n.o == op::ne) return number_equal(x, n.number);
                return ordered(n.o, x, n.number, n.number);
            });
            break;
        case field_type::date:
            any = std::any_of(v.dates.begin(), v.dates.end(), [&](const std::string& d) { return ordered(n.o, d, n.lo, n.hi); });
            break;
    }
    // `!=` is `not =`: no element equals.
    return n.o == op::ne ? !any : any;
}

bool eval(const node& n, const row& r) {
    switch (n.k) {
        case node::kind::all:
            return std::all_of(n.children.begin(), n.children.end(), [&](const auto& c) { return eval(*c, r); });
        case node::kind::any:
            return std::any_of(n.children.begin(), n.children.end(), [&](const auto& c) { return eval(*c, r); });
        case node::kind::negate: return !eval(*n.children.front(), r);
        case node::kind::exists: return exists(n.field, r);
        case node::kind::compare: return compare(n, r);
    }
    return false;
}

void walk(const std::vector<model::section>& secs, const std::string& file, std::vector<row>& out) {
    for (const auto& s : secs) {
        for (const auto& it : s.items) out.push_back({file, s.id, s.title, &it});
        walk(s.children, file, out);
    }
}

}  // namespace

// ---- the API ------------------------------------------------------------

std::vector<row> rows_of(const model::document& doc) {
    std::vector<row> out;
    for (const auto& it : doc.preamble) out.push_back({doc.source.path, "", "", &it});
    walk(doc.sections, doc.source.path, out);
    return out;
}

compile_result compile(std::string_view input) {
    compile_result result;
    if (const auto bad = invalid_utf8_at(input); bad != std::string_view::npos) {
        result.source = std::string(input.substr(0, bad));
        result.error = error{"the expression is not valid UTF-8", text::code_points(input, bad) + 1};
        return result;
    }
    // NFC first: the grammar's strings match bytes, folding wants NFC, and
    // columns count code points of the NFC text.
    result.source = text::nfc(input);
    const std::string& src = result.source;
    builder b;
    b.src = src;
    try {
        pegtl::memory_input in(src.data(), src.size(), "query");
        pegtl::parse<gq::expression, action, control>(in, b);
    } catch (const pegtl::parse_error& e) {
        const auto byte = e.positions().empty() ? 0 : std::min(e.positions().front().byte, src.size());
        result.error = error{std::string(e.message()), text::code_points(src, byte) + 1};
        return result;
    }
    result.expression = detail::access::make(std::move(b.stack.back()), src);
    return result;
}

bool evaluate(const expression& expr, const row& r) {
    if (!r.item) return false;
    return eval(detail::access::root(expr), r);
}

const std::vector<std::string>& field_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& f : fields()) out.emplace_back(f.name);
        return out;
    }();
    return names;
}

}  // namespace vnplan::query
