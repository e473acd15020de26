// Responsible bodies: the actions around grammars/vnplan/bodies.hpp.
//
// The grammar runs on a lower-cased copy of the text with the same byte
// offsets as the original; names are cut from the original by span, and the
// capitals that mark name components (`Ban Tuyên giáo Đảng ủy Khối`) are read
// from the original too. The name-boundary rule is written down in the
// grammar header.
#include "extract/bodies.hpp"

#include "text/chars.hpp"
#include "text/text.hpp"
#include "vnplan/bodies.hpp"
#include "vnplan/lines.hpp"
#include "extract/filters.hpp"

#include <tao/pegtl.hpp>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace vnplan::extract {

namespace {

namespace g = grammar::bodies;
namespace pegtl = tao::pegtl;

constexpr std::size_t npos = std::string_view::npos;

// ---- the text and its grammar form ---------------------------------------

void append_code_point(std::string& out, std::int32_t c) {
    std::array<uint8_t, 4> buf{};
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buf.data(), n, 4, c, error);
    if (!error) out.append(reinterpret_cast<const char*>(buf.data()), static_cast<std::size_t>(n));
}

// The original (names, capitals) and the grammar form (what the rules
// match) of one text, with the same byte offsets, and the classes of every
// byte (text::read_for_grammar), which the word tests below read.
struct scan_text {
    std::string_view orig;
    std::optional<text::grammar_reading> own;  // when this scan made it
    std::string_view low;
    const unsigned char* cls;
    const span_set* skip;

    explicit scan_text(std::string_view s)
        : orig(s), own(std::in_place, s), low(own->get().low), cls(own->get().classes.data()), skip(&no_skips()) {}
    scan_text(const source& s, const span_set& skips)
        : orig(s.orig), low(s.low), cls(s.in.classes.data()), skip(&skips) {}
    scan_text(const scan_text&) = delete;
    scan_text& operator=(const scan_text&) = delete;

    static const span_set& no_skips() {
        static const span_set none;
        return none;
    }

    template <typename Rule>
    std::size_t match(std::size_t pos) const {
        if (pos >= low.size() || !may_start<Rule>(low, pos)) return 0;
        pegtl::memory_input<pegtl::tracking_mode::lazy> in(low.data() + pos, low.size() - pos, "body");
        if (!pegtl::parse<Rule>(in)) return 0;
        return static_cast<std::size_t>(in.current() - (low.data() + pos));
    }

    bool is_word_at(std::size_t pos) const { return pos < orig.size() && (cls[pos] & text::byte_word); }

    std::size_t word_end(std::size_t pos) const {
        while (pos < orig.size() && (cls[pos] & text::byte_word)) ++pos;
        return pos;
    }

    std::size_t skip_spaces(std::size_t pos) const {
        while (pos < orig.size() && orig[pos] == ' ') ++pos;
        return pos;
    }

    // The first letter of the word at pos is a capital.
    bool capitalised(std::size_t pos) const { return pos < orig.size() && (cls[pos] & text::byte_capital); }

    // Every letter of the word at pos is a capital (`UBND`, `ĐUK`).
    bool upper_word(std::size_t pos) const {
        const std::size_t end = word_end(pos);
        bool any = false;
        for (std::size_t i = pos; i < end; ++i) {
            if (cls[i] & text::byte_small) return false;
            any = any || (cls[i] & text::byte_capital);
        }
        return any;
    }

    bool skipped(std::size_t begin, std::size_t end) const { return skip->overlaps_any(span{begin, end}); }
};

// ---- reading one body ---------------------------------------------------

enum class head_kind { abbreviation, standing, person, named, generic };

// Where a body is read decides what may start it: a subject needs a capital
// or `các`; after a role marker a common noun will do (`phối hợp với cơ
// quan liên quan`).
enum class position { subject, role, heading };

struct found_body {
    std::size_t begin = 0;
    std::size_t end = 0;
    head_kind kind = head_kind::standing;
};

// A word that could begin another body: two bodies meet at a separator.
bool starts_head(const scan_text& t, std::size_t pos) {
    if (t.match<g::abbreviation>(pos)) return t.upper_word(pos);
    if (t.match<g::standing_head>(pos) || t.match<g::person_head>(pos)) return true;
    if (const auto n = t.match<g::named_head>(pos)) {
        const std::size_t next = t.skip_spaces(pos + n);
        return next > pos + n && t.is_word_at(next) && t.capitalised(next);
    }
    return false;
}

// The head at pos (after any determiner), its kind and length.
std::optional<std::pair<head_kind, std::size_t>> read_head(const scan_text& t, std::size_t pos, bool plural, position where) {
    if (const auto n = t.match<g::abbreviation>(pos); n && t.upper_word(pos)) return std::pair{head_kind::abbreviation, n};
    const bool lower_start = !t.capitalised(pos);
    // A subject in running text is capitalised or follows `các`.
    if (where == position::subject && lower_start && !plural) return std::nullopt;
    if (const auto n = t.match<g::standing_head>(pos)) return std::pair{head_kind::standing, n};
    if (const auto n = t.match<g::person_head>(pos)) return std::pair{head_kind::person, n};
    if (const auto n = t.match<g::named_head>(pos)) {
        const std::size_t next = t.skip_spaces(pos + n);
        if (next > pos + n && t.is_word_at(next) && t.capitalised(next)) return std::pair{head_kind::named, n};
    }
    if (const auto n = t.match<g::generic_head>(pos); n && (plural || where == position::role))
        return std::pair{head_kind::generic, n};
    return std::nullopt;
}

// The qualifiers after a head, one word at a time (the rule is in the
// grammar header). Returns the end of the name.
std::size_t read_qualifiers(const scan_text& t, std::size_t end, head_kind kind, bool plural) {
    // How many more lower-case syllables the current capitalised component
    // may take; generic heads take a free complement (`cơ quan quản lý
    // chuyên ngành`), bounded so that an unknown verb cannot run away.
    int budget = kind == head_kind::generic ? 4 : 0;
    for (;;) {
        const std::size_t q = t.skip_spaces(end);
        if (q >= t.orig.size()) break;
        if (q > end && t.is_word_at(q)) {
            const std::size_t w_end = t.word_end(q);
            if (t.skipped(q, w_end)) break;
            if (const auto n = t.match<g::qualifier>(q); n && !t.capitalised(q)) {
                end = q + n;
                continue;
            }
            if (t.capitalised(q) || t.upper_word(q)) {
                end = w_end;
                budget = 3;
                continue;
            }
            if (t.match<g::and_word>(q)) {
                // `Giáo dục và Đào tạo`: `và` and a capitalised word that starts
                // no body stay in the name; before a head they split a list.
                const std::size_t r = t.skip_spaces(q + t.match<g::and_word>(q));
                if (r > q && t.is_word_at(r) && t.capitalised(r) && !starts_head(t, r) && kind != head_kind::generic) {
                    end = t.word_end(r);
                    budget = 3;
                    continue;
                }
                break;
            }
            if (t.match<g::predicate_word>(q)) break;
            // `các đồng chí bí thư cấp ủy cơ sở`: a person is named by the
            // body they answer for.
            if (kind == head_kind::person) {
                std::size_t n = t.match<g::person_head>(q);
                if (!n) n = t.match<g::standing_head>(q);
                if (n) {
                    end = q + n;
                    continue;
                }
            }
            if (const auto n = t.match<g::determiner>(q)) {
                // `UBND các huyện`, `cấp ủy các trường`, `Giám đốc các Sở`
                const std::size_t r = t.skip_spaces(q + n);
                if (r > q + n && t.is_word_at(r) && !t.match<g::predicate_word>(r) && !t.skipped(r, t.word_end(r))) {
                    end = t.word_end(r);
                    plural = true;
                    budget = t.capitalised(r) ? 3 : 2;
                    continue;
                }
                break;
            }
            if (budget > 0) {
                end = w_end;
                --budget;
                continue;
            }
            break;
        }
        // `Lao động - Thương binh`, `Phát thanh – Truyền hình`
        if (const auto n = t.match<g::name_dash>(end)) {
            const std::size_t r = end + n;
            if (t.is_word_at(r) && t.capitalised(r) && !starts_head(t, r)) {
                end = t.word_end(r);
                budget = 3;
                continue;
            }
        }
        if (q != end) break;  // spaces then punctuation
        const char c = t.orig[end];
        if (c == ',') {
            const std::size_t r = t.skip_spaces(end + 1);
            if (!t.is_word_at(r) || t.skipped(r, t.word_end(r))) break;
            if (t.capitalised(r)) {
                // `Sở Văn hóa, Thể thao và Du lịch`: one name with a comma.
                if (kind == head_kind::named && !starts_head(t, r) && !t.match<g::predicate_word>(r) &&
                    !t.match<g::determiner>(r)) {
                    end = t.word_end(r);
                    budget = 3;
                    continue;
                }
                break;
            }
            // `Ủy ban nhân dân xã, phường`: a place after a comma narrows
            // the same body.
            if (const auto n = t.match<g::qualifier>(r)) {
                end = r + n;
                continue;
            }
            // `các sở, ban, ngành`, `UBND các huyện, thành phố`
            if (plural) {
                std::size_t n = t.match<g::generic_head>(r);
                if (!n) n = t.match<g::standing_head>(r);
                if (!n) n = t.match<g::qualifier>(r);
                if (n) {
                    end = r + n;
                    continue;
                }
            }
            break;
        }
        break;
    }
    return end;
}

std::optional<found_body> read_body(const scan_text& t, std::size_t pos, position where) {
    if (pos >= t.orig.size() || !t.is_word_at(pos)) return std::nullopt;
    std::size_t p = pos;
    bool plural = false;
    if (const auto n = t.match<g::determiner>(pos)) {
        const std::size_t r = t.skip_spaces(pos + n);
        if (r == pos + n) return std::nullopt;
        // `Các` capitalised stands for the capital of the name after it.
        if (where == position::subject && !t.capitalised(pos)) return std::nullopt;
        plural = true;
        p = r;
    }
    const auto head = read_head(t, p, plural, plural ? position::role : where);
    if (!head) return std::nullopt;
    if (t.skipped(pos, p + head->second)) return std::nullopt;
    found_body b;
    b.begin = pos;
    b.kind = head->first;
    // A bare common noun names a class of bodies (`phối hợp với sở, ban
    // ngành liên quan`), as `các` does.
    b.end = read_qualifiers(t, p + head->second, head->first, plural || head->first == head_kind::generic);
    return b;
}

// Bodies joined by `, ` `và` (and `; ` in a list field).
std::vector<found_body> read_list(const scan_text& t, std::size_t pos, position where, bool semicolons = false) {
    std::vector<found_body> out;
    auto first = read_body(t, pos, where);
    if (!first) return out;
    out.push_back(*first);
    for (;;) {
        std::size_t at = out.back().end;
        std::size_t n = t.match<g::list_separator>(at);
        if (!n && semicolons && at < t.orig.size() && t.orig[at] == ';') n = 1;
        if (!n) break;
        const std::size_t r = t.skip_spaces(at + n);
        auto next = read_body(t, r, where == position::subject ? position::subject : position::role);
        if (!next) break;
        out.push_back(*next);
    }
    return out;
}

// ---- results ------------------------------------------------------------

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '*')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '*' || s.back() == ',' || s.back() == '.' ||
                          s.back() == ';' || s.back() == ':'))
        s.remove_suffix(1);
    return std::string(s);
}

void add_body(std::vector<model::body>& out, std::string_view name, const std::string& role, const std::string& source) {
    model::body b;
    b.name = trim(name);
    if (b.name.empty()) return;
    b.canonical = canonical_body(b.name);
    b.role = role;
    b.source = source;
    out.push_back(std::move(b));  // keep_first_bodies() drops the repeats
}

void add_all(std::vector<model::body>& out, const scan_text& t, const std::vector<found_body>& list, const std::string& role) {
    for (const auto& b : list) add_body(out, t.orig.substr(b.begin, b.end - b.begin), role, "text");
}

// Past a section label or bullet at the start of the text.
std::size_t after_label(std::string_view s) {
    std::size_t pos = 0;
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '*')) ++pos;
    pegtl::memory_input in(s.data() + pos, s.size() - pos, "label");
    if (pegtl::parse<grammar::lines::line_start>(in)) pos += static_cast<std::size_t>(in.current() - (s.data() + pos));
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '*')) ++pos;
    return pos;
}

// What follows a subject makes it one: a colon (`Sở Xây dựng: Chủ trì, ...`)
// or a predicate. At the very start of the text any lower-case word will do
// (`Đảng ủy Khối tọa đàm`), elsewhere only a known predicate word.
bool subject_follows(const scan_text& t, std::size_t end, bool text_start) {
    const std::size_t q = t.skip_spaces(end);
    if (q < t.orig.size() && t.orig[q] == ':') return true;
    if (q == end || !t.is_word_at(q)) return false;
    if (t.match<g::assign_marker>(q)) return false;  // `UBND tỉnh giao Sở X`: the one given the task leads
    if (t.match<g::predicate_word>(q)) return true;
    return text_start && !t.capitalised(q);
}

bool starts_with_word(const scan_text& t, std::size_t pos, std::string_view word) {
    return t.low.compare(pos, word.size(), word) == 0 && !t.is_word_at(pos + word.size());
}

bool clause_punct(char c) { return c == '.' || c == ';' || c == ':' || c == '(' || c == '!' || c == '?'; }

// After `báo cáo`: the addressee right after it (`báo cáo Ban Thường vụ`,
// `báo cáo về Đảng ủy Khối`) or later in the clause after a direction word
// (`báo cáo kết quả ... về Văn phòng Đảng ủy`).
std::vector<found_body> read_report(const scan_text& t, std::size_t pos) {
    std::size_t q = t.skip_spaces(pos);
    auto direct = read_list(t, q, position::role);
    if (!direct.empty()) return direct;
    for (int words = 0; q < t.orig.size() && words < 40; ++words) {
        if (clause_punct(t.orig[q])) break;
        if (t.is_word_at(q)) {
            if (t.match<g::lead_marker>(q) || t.match<g::support_marker>(q) || t.match<g::report_marker>(q)) break;
            if (const auto n = t.match<g::report_direction>(q)) {
                auto list = read_list(t, t.skip_spaces(q + n), position::role);
                if (!list.empty()) return list;
            }
            q = t.word_end(q);
        } else {
            q += text::code_point_at(t.orig, q).size;
        }
        q = t.skip_spaces(q);
    }
    return {};
}

std::string title_case_word(std::string_view w, bool capital) {
    std::string out;
    bool first = true;
    for (std::size_t i = 0; i < w.size();) {
        const auto cp = text::code_point_at(w, i);
        const std::size_t next = i + cp.size;
        std::int32_t c = cp.value;
        if (c < 0) {
            out.append(w.substr(i, next - i));
        } else {
            if (c == 0x00D0) c = 0x0110;
            append_code_point(out, first && capital ? u_toupper(c) : u_tolower(c));
            if (text::is_letter(c)) first = false;
        }
        i = next;
    }
    return out;
}

// Canonical spellings of heads whose name components are capitalised
// inside them; other heads capitalise their first syllable only.
struct spelling {
    std::string_view lower;
    std::string_view canonical;
};
constexpr std::array spellings{
    spelling{"ủy ban kiểm tra", "Ủy ban Kiểm tra"},
    spelling{"ban tuyên giáo và dân vận", "Ban Tuyên giáo và Dân vận"},
    spelling{"ban tuyên giáo", "Ban Tuyên giáo"},
    spelling{"ban tổ chức", "Ban Tổ chức"},
    spelling{"ban dân vận", "Ban Dân vận"},
    spelling{"ban nội chính", "Ban Nội chính"},
    spelling{"ban kinh tế", "Ban Kinh tế"},
    spelling{"ban chỉ đạo", "Ban Chỉ đạo"},
    spelling{"ban quản lý", "Ban Quản lý"},
    spelling{"ban đại diện", "Ban Đại diện"},
    spelling{"ban giám hiệu", "Ban Giám hiệu"},
    spelling{"ban giám đốc", "Ban Giám đốc"},
    spelling{"ban thi đua", "Ban Thi đua"},
    spelling{"ban thường vụ", "Ban Thường vụ"},
    spelling{"ban chấp hành trung ương", "Ban Chấp hành Trung ương"},
    spelling{"ban chấp hành", "Ban Chấp hành"},
    spelling{"ban bí thư", "Ban Bí thư"},
    spelling{"bộ chính trị", "Bộ Chính trị"},
    spelling{"ban cán sự đảng", "Ban Cán sự đảng"},
    spelling{"ban cán sự", "Ban Cán sự"},
    spelling{"ủy ban mặt trận tổ quốc", "Ủy ban Mặt trận Tổ quốc"},
    spelling{"mặt trận tổ quốc", "Mặt trận Tổ quốc"},
    spelling{"ủy ban thường vụ quốc hội", "Ủy ban Thường vụ Quốc hội"},
    spelling{"thủ tướng chính phủ", "Thủ tướng Chính phủ"},
    spelling{"bộ chỉ huy quân sự", "Bộ Chỉ huy Quân sự"},
    spelling{"bộ chỉ huy bộ đội biên phòng", "Bộ Chỉ huy Bộ đội Biên phòng"},
    spelling{"bộ đội biên phòng", "Bộ đội Biên phòng"},
    spelling{"kho bạc nhà nước", "Kho bạc Nhà nước"},
    spelling{"ngân hàng nhà nước", "Ngân hàng Nhà nước"},
    spelling{"viện kiểm sát nhân dân", "Viện Kiểm sát nhân dân"},
    spelling{"cục thuế", "Cục Thuế"},
    spelling{"cục thống kê", "Cục Thống kê"},
    spelling{"cục hải quan", "Cục Hải quan"},
    spelling{"đoàn thanh niên", "Đoàn Thanh niên"},
    spelling{"thành đoàn", "Thành Đoàn"},
    spelling{"tỉnh đoàn", "Tỉnh Đoàn"},
    spelling{"huyện đoàn", "Huyện Đoàn"},
    spelling{"liên đoàn lao động", "Liên đoàn Lao động"},
    spelling{"hội liên hiệp phụ nữ", "Hội Liên hiệp Phụ nữ"},
    spelling{"hội cựu chiến binh", "Hội Cựu chiến binh"},
    spelling{"hội nông dân", "Hội Nông dân"},
    spelling{"hội chữ thập đỏ", "Hội Chữ thập đỏ"},
    spelling{"hội khuyến học", "Hội Khuyến học"},
    spelling{"hội người cao tuổi", "Hội Người cao tuổi"},
    spelling{"liên minh hợp tác xã", "Liên minh Hợp tác xã"},
    spelling{"khối", "Khối"},
    spelling{"trung ương", "Trung ương"},
};

// Abbreviations written for bodies, expanded before anything else.
struct expansion {
    std::string_view abbreviation;
    std::string_view full;
};
constexpr std::array expansions{
    expansion{"UBMTTQ", "Ủy ban Mặt trận Tổ quốc"}, expansion{"UBND", "Ủy ban nhân dân"},
    expansion{"HĐND", "Hội đồng nhân dân"},        expansion{"MTTQ", "Mặt trận Tổ quốc"},
    expansion{"UBKT", "Ủy ban Kiểm tra"},          expansion{"ĐUK", "Đảng ủy Khối"},
    expansion{"ĐU", "Đảng ủy"},                    expansion{"ĐTN", "Đoàn Thanh niên"},
    expansion{"LĐLĐ", "Liên đoàn Lao động"},       expansion{"BTV", "Ban Thường vụ"},
    expansion{"BCH", "Ban Chấp hành"},             expansion{"BTG", "Ban Tuyên giáo"},
    expansion{"BTC", "Ban Tổ chức"},               expansion{"BDV", "Ban Dân vận"},
    expansion{"BCĐ", "Ban Chỉ đạo"},               expansion{"BQL", "Ban Quản lý"},
    expansion{"VP", "Văn phòng"},                  expansion{"UB", "Ủy ban"},
    expansion{"TW", "Trung ương"},                 expansion{"TP", "thành phố"},
    expansion{"HCM", "Hồ Chí Minh"},               expansion{"VN", "Việt Nam"},
};

std::string expand_abbreviations(std::string_view name) {
    std::string out;
    const scan_text t(name);
    for (std::size_t i = 0; i < name.size();) {
        if (t.is_word_at(i) && (i == 0 || !t.is_word_at(i - 1))) {
            const std::size_t end = t.word_end(i);
            const std::string word = text::nfc(name.substr(i, end - i));
            std::string_view full;
            for (const auto& e : expansions)
                if (e.abbreviation == word) full = e.full;
            if (!full.empty()) {
                out += full;
                i = end;
                if (i < name.size() && name[i] == '.') ++i;  // `TP.HCM`
                if (i < name.size() && name[i] != ' ' && name[i] != ',') out += ' ';
                continue;
            }
            out.append(name.substr(i, end - i));
            i = end;
            continue;
        }
        out += name[i];
        ++i;
    }
    return out;
}

bool is_head_or_qualifier(const scan_text& t, std::size_t pos, std::size_t& n) {
    n = t.match<g::standing_head>(pos);
    if (!n) n = t.match<g::person_head>(pos);
    if (!n) n = t.match<g::named_head>(pos);
    if (!n) n = t.match<g::generic_head>(pos);
    return n != 0;
}

}  // namespace

// ---- the interface ------------------------------------------------------

namespace {

std::string canonical_body_uncached(std::string_view name) {
    const std::string expanded = expand_abbreviations(text::nfc(trim(name)));
    const scan_text t(expanded);
    const bool shouting = text::all_upper(expanded);
    std::string out;
    std::size_t pos = t.skip_spaces(0);
    // A leading `các`/`những` is dropped: `Các cấp ủy cơ sở` and `cấp ủy cơ
    // sở` are one body.
    if (const auto n = t.match<g::determiner>(pos); n && t.skip_spaces(pos + n) > pos + n) pos = t.skip_spaces(pos + n);
    bool component_start = true;  // the next unknown word starts a component
    while (pos < expanded.size()) {
        if (!t.is_word_at(pos)) {
            const char c = expanded[pos];
            if (c == ' ') {
                if (!out.empty() && out.back() != ' ') out += ' ';
            } else {
                out += c;
                if (c == ',' || c == '-') component_start = true;
            }
            ++pos;
            continue;
        }
        const bool at_start = out.empty();
        const bool written_capital = t.capitalised(pos);
        std::size_t n = 0;
        std::string_view known;
        for (const auto& s : spellings)
            if (t.low.compare(pos, s.lower.size(), s.lower) == 0 &&
                !t.is_word_at(pos + s.lower.size())) {
                known = s.canonical;
                n = s.lower.size();
                break;
            }
        if (!known.empty() && (at_start || written_capital || known == "Khối" || known == "Trung ương")) {
            out += known;
            pos += n;
            component_start = true;
            continue;
        }
        if (is_head_or_qualifier(t, pos, n) && (at_start || written_capital)) {
            // A head written with a capital: its first syllable only.
            out += title_case_word(expanded.substr(pos, t.word_end(pos) - pos), true);
            const std::size_t first_end = t.word_end(pos);
            out += title_case_word(expanded.substr(first_end, pos + n - first_end), false);
            pos += n;
            component_start = true;
            continue;
        }
        if (const auto q = t.match<g::qualifier>(pos)) {
            out += title_case_word(expanded.substr(pos, q), false);
            pos += q;
            component_start = true;
            continue;
        }
        const std::size_t end = t.word_end(pos);
        const bool is_and = t.match<g::and_word>(pos) != 0;
        bool capital = written_capital;
        if (shouting) capital = component_start && !is_and;
        if (at_start) capital = true;
        out += title_case_word(expanded.substr(pos, end - pos), capital && !is_and);
        component_start = is_and;
        pos = end;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return text::set_tone_style(out, text::tone_style::new_style);
}

}  // namespace

// A document names the same few bodies again and again, and the canonical
// form takes thousands of instructions (abbreviations, NFC, the spellings):
// each thread keeps the last few thousand it made.
std::string canonical_body(std::string_view name) {
    thread_local std::unordered_map<std::string, std::string, text::string_hash, std::equal_to<>> cache;
    if (const auto it = cache.find(name); it != cache.end()) return it->second;
    if (cache.size() >= 4096) cache.clear();
    std::string c = canonical_body_uncached(name);
    cache.emplace(std::string(name), c);
    return c;
}

std::vector<model::body> find_bodies(std::string_view text_in, const span_set& skip) {
    return find_bodies(source(text_in), skip);
}

std::vector<model::body> find_bodies(const source& text_in, const span_set& skip) {
    std::vector<model::body> out;
    const scan_text t(text_in, skip);
    const std::size_t size = t.orig.size();
    const std::size_t start = after_label(t.orig);
    bool clause_start = true;
    std::size_t pos = start;
    while (pos < size) {
        if (!t.is_word_at(pos)) {
            if (clause_punct(t.orig[pos])) clause_start = true;
            ++pos;  // the bytes of a code point that is no word are no punctuation either
            continue;
        }
        const std::size_t w_end = t.word_end(pos);
        if (t.skipped(pos, w_end)) {
            pos = w_end;
            clause_start = false;
            continue;
        }
        const bool at_clause = clause_start;
        clause_start = false;
        // Most words start no marker and no determiner: one filter says so.
        const bool marker = may_start<g::word_marker>(t.low, pos);

        // `Giao Sở Tư pháp chủ trì`, `đề nghị Mặt trận Tổ quốc ...`
        if (const auto n = marker ? t.match<g::assign_marker>(pos) : 0) {
            auto list = read_list(t, t.skip_spaces(pos + n), position::role);
            if (!list.empty()) {
                add_all(out, t, list, "lead");
                pos = list.back().end;
                continue;
            }
        }
        // `phối hợp (với) Y, Z` -> support
        if (const auto n = marker ? t.match<g::support_marker>(pos) : 0) {
            auto list = read_list(t, t.skip_spaces(pos + n), position::role);
            if (!list.empty()) {
                add_all(out, t, list, "support");
                pos = list.back().end;
                continue;
            }
            pos += n;
            continue;
        }
        // `báo cáo (về) X` -> report_to
        if (const auto n = marker ? t.match<g::report_marker>(pos) : 0) {
            auto list = read_report(t, pos + n);
            if (!list.empty()) {
                add_all(out, t, list, "report_to");
                pos = list.back().end;
                continue;
            }
            pos += n;
            continue;
        }
        // `tham mưu (cho) X`: the body advised is not given a role.
        if (const auto n = marker ? t.match<g::advise_marker>(pos) : 0) {
            auto list = read_list(t, t.skip_spaces(pos + n), position::role);
            pos = list.empty() ? pos + n : list.back().end;
            continue;
        }
        // A subject: at the start of a clause, or anywhere before `chủ trì`
        // / `có trách nhiệm`.
        if (at_clause || t.capitalised(pos) || (marker && t.match<g::determiner>(pos))) {
            auto list = read_list(t, pos, position::subject);
            if (!list.empty()) {
                const std::size_t end = list.back().end;
                const std::size_t q = t.skip_spaces(end);
                const bool leads_here = q > end && (t.match<g::lead_marker>(q) || starts_with_word(t, q, "có trách nhiệm") ||
                                                    starts_with_word(t, q, "chịu trách nhiệm"));
                if (leads_here || (at_clause && subject_follows(t, end, pos == start))) add_all(out, t, list, "lead");
                pos = end;
                continue;
            }
        }
        pos = w_end;
    }
    keep_first_bodies(out);
    return out;
}

std::optional<model::body> body_of_heading(std::string_view title_in) {
    std::string title = trim(text::strip_debris(title_in));
    title = title.substr(after_label(title));
    title = trim(title);
    if (title.empty()) return std::nullopt;
    const scan_text t(title);
    std::size_t pos = 0;
    // `Trách nhiệm của Sở Y tế`, `Nhiệm vụ của các cấp ủy`, `Đối với Ban Tổ chức`
    for (std::string_view lead_in : {"trách nhiệm của ", "nhiệm vụ của ", "đối với "})
        if (t.low.compare(0, lead_in.size(), lead_in) == 0) pos = t.skip_spaces(lead_in.size());
    auto list = read_list(t, pos, pos ? position::role : position::heading);
    if (list.empty()) return std::nullopt;
    // A heading is a body only when nothing but the body is left: no verb
    // (`Tổ chức thực hiện`), no topic after it. Words after the name that are
    // no predicate still belong to it (`Cán bộ phụ trách công tác dân vận`,
    // `Các tổ chức chính trị - xã hội của Đảng bộ Khối`).
    std::size_t end = list.back().end;
    for (std::size_t q = end; q < t.orig.size();) {
        if (t.is_word_at(q)) {
            const bool owner = starts_with_word(t, q, "của") || starts_with_word(t, q, "thuộc");
            if (t.match<g::predicate_word>(q) && !owner) return std::nullopt;
            q = t.word_end(q);
            end = q;
        } else {
            const char c = t.orig[q];
            if (c == ':' || c == ';' || c == '(' || c == '.') break;
            ++q;
        }
    }
    model::body b;
    b.name = trim(t.orig.substr(list.front().begin, end - list.front().begin));
    b.canonical = canonical_body(b.name);
    b.role = "lead";
    b.source = "heading";
    return b;
}

std::vector<model::body> bodies_of_list(std::string_view value_in, const std::string& role) {
    std::vector<model::body> out;
    const std::string value = trim(text::strip_debris(value_in));
    const scan_text t(value);
    std::size_t pos = 0;
    while (pos < value.size()) {
        pos = t.skip_spaces(pos);
        auto list = read_list(t, pos, position::role, true);
        if (list.empty()) {
            // Not a body: go on after the next separator.
            while (pos < value.size() && value[pos] != ',' && value[pos] != ';') ++pos;
            ++pos;
            continue;
        }
        for (const auto& b : list) add_body(out, t.orig.substr(b.begin, b.end - b.begin), role, "text");
        pos = list.back().end;
        while (pos < value.size() && value[pos] != ',' && value[pos] != ';') ++pos;
        ++pos;
    }
    // A field whose value names a body in words the grammar does not know
    // still names one: take it whole when it is short and capitalised.
    if (out.empty() && !value.empty() && t.capitalised(0) && value.find(' ') != npos &&
        std::count(value.begin(), value.end(), ' ') < 12)
        add_body(out, value, role, "text");
    keep_first_bodies(out);
    return out;
}

void keep_first_bodies(std::vector<model::body>& bodies) {
    if (bodies.size() < 2) return;
    std::vector<model::body> kept;
    kept.reserve(bodies.size());
    if (bodies.size() <= 16) {
        for (auto& b : bodies)
            if (std::none_of(kept.begin(), kept.end(),
                             [&](const auto& x) { return x.role == b.role && x.canonical == b.canonical; }))
                kept.push_back(std::move(b));
    } else {
        std::unordered_set<std::string> seen;
        for (auto& b : bodies)
            if (seen.insert(b.role + '\x1f' + b.canonical).second) kept.push_back(std::move(b));
    }
    bodies = std::move(kept);
}

}  // namespace vnplan::extract
