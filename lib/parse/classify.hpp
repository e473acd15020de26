// Classifies one cleaned line with the line grammar (grammars/vnplan/lines.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vnplan::parse {

enum class line_kind {
    blank,
    label,     // a numbered heading: `I.`, `1.`, `1.1.`, `(1)`, `a)`, `Điều 1.` ...
    bullet,    // `-`, `+`, `•`
    footnote,  // `¹ text`
    text,      // anything else
};

struct classified {
    line_kind kind = line_kind::blank;
    std::string label;  // as written, e.g. "1.2." or "(9)." or "-"
    std::string style;  // roman | arabic | dotted | paren | letter | upper | article | part | chapter | division | bullet-dash | bullet-plus | bullet-dot
    std::string key;    // the numbering system, for levels: "roman", "arabic", "dotted-2", "paren", ...
    std::string norm;   // label normalised for ids: "III", "1.2", "(1)", "a"
    int ordinal = 0;    // value of the label within its system (I=1, đ)=6)
    std::string rest;   // the text after the label
};

classified classify(std::string_view clean);

// As classify(), but on a text line `rest` stays empty rather than a copy of
// the whole line: for a caller that keeps the line itself.
classified classify_label(std::string_view clean);

// Header and footer lines, recognised on the upper-cased line.
enum class header_kind {
    none,
    motto,        // CỘNG HÒA ... / Độc lập - Tự do - Hạnh phúc / ĐẢNG CỘNG SẢN VIỆT NAM
    number,       // Số: 141/KH-UBND
    place_date,   // Hà Nội, ngày 26 tháng 10 năm 2020
    addressee,    // Kính gửi: ...
    subject,      // V/v ... / Về việc ...
    recipients,   // Nơi nhận:
    signature,    // T/M ..., TM. ..., KT. ...
    kind_line,    // KẾ HOẠCH / CHƯƠNG TRÌNH HÀNH ĐỘNG / ...
    number_head,  // `Số:` alone, the number on the next line
    bare_number,  // `2682/QĐ-UBND` alone
    appendix,     // PHỤ LỤC I
};

struct header_info {
    header_kind kind = header_kind::none;
    std::string doc_kind;  // for kind_line: chuong-trinh-hanh-dong | ke-hoach | ...
    std::optional<int> day, month, year;  // for place_date
};

header_info classify_header(std::string_view clean);

// A Roman numeral's value, or 0 when the letters do not form one.
int roman_value(std::string_view s);

}  // namespace vnplan::parse
