// The document model: plain value types, nothing else.
//
// This header is the contract between stages. It includes no PEGTL, ICU or
// fmt; the JSON field names that scripts rely on live in lib/format/json.cpp
// and follow DESIGN.md ("The model and its JSON").
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace vnplan::model {

enum class severity { error, warning, info };

// What the parser (or a validator) noticed. Lines are 1-based lines of the
// original file; columns count code points of the NFC line, 1-based.
struct diagnostic {
    severity level = severity::warning;
    std::string rule;
    std::string message;
    int line = 0;
    int column = 1;
};

struct body {
    std::string name;       // as written
    std::string canonical;  // abbreviations expanded, case and tone folded for display
    std::string role;       // "lead" | "support" | "report_to"
    std::string source;     // "text" | "heading"
};

struct deadline {
    std::string text;
    std::string kind;  // before | on | within | by | from | period | recurring | ongoing | conditional
    std::optional<std::string> start;  // ISO date
    std::optional<std::string> end;    // ISO date
    std::optional<std::string> recurrence;  // yearly | quarterly | monthly
    std::optional<int> quarter;
    std::optional<std::string> condition;
    std::string source = "text";  // text | heading | document
};

struct target {
    std::string text;
    double value = 0;
    std::optional<double> max;
    std::string unit;  // "%" | "count" | "year" | another word
    std::string op;    // ">=" | ">" | "<=" | "<" | "=" | "range"
};

struct reference {
    std::string text;
    std::string type;  // "Nghị quyết", "Chỉ thị", ...
    std::optional<std::string> number;
    std::optional<std::string> date;  // ISO date
};

struct item {
    std::string id;
    std::string kind = "text";  // task | target | purpose | goal | viewpoint | text
    int line = 0;
    int end_line = 0;
    std::string text;
    std::vector<body> bodies;
    std::vector<deadline> deadlines;
    std::vector<target> targets;
    std::vector<reference> references;
    std::optional<std::string> product;  // "Sản phẩm:" / "Kết quả:" field or table column
    std::vector<std::string> fields;     // field lines as written, in order
    std::vector<int> lines;              // every original line that makes up the item
};

struct section {
    std::string id;
    std::string label;
    std::string style;  // roman | arabic | dotted | paren | letter | upper | article | part | chapter | bullet-dash | bullet-plus
    int level = 1;
    int line = 0;
    int end_line = 0;
    std::string title;
    std::optional<std::string> role;  // purpose | viewpoint | goal | targets | tasks | implementation
    std::vector<body> bodies;
    std::vector<deadline> deadlines;  // stated on the heading; apply to the items below
    std::vector<item> items;
    std::vector<section> children;
};

struct term {
    int from = 0;
    int to = 0;
};

struct signer {
    std::string on_behalf;  // "T/M BAN CHẤP HÀNH"
    std::string title;      // "BÍ THƯ"
    std::string name;
};

struct meta {
    std::string kind = "other";
    std::optional<std::string> number;
    std::optional<std::string> date;
    std::optional<std::string> place;
    std::optional<std::string> issuer;
    std::optional<std::string> title;
    std::vector<reference> implements;
    std::optional<model::term> term;
    std::optional<model::signer> signer;
    std::vector<std::string> recipients;
    std::vector<std::string> addressees;  // "Kính gửi:"
};

struct footnote {
    std::string mark;
    std::string text;
    int line = 0;
};

struct source_info {
    std::string path;
    std::string encoding = "utf-8";
    int lines = 0;
    std::string sha256;
};

struct document {
    source_info source;
    model::meta meta;
    std::vector<section> sections;
    std::vector<item> preamble;
    std::vector<footnote> footnotes;
    std::vector<diagnostic> diagnostics;
    std::vector<int> meta_lines;  // lines read as metadata (header, title, signature, recipients)
};

// Visits every section depth-first, parents before children.
template <typename Section, typename F>
void for_each_section(std::vector<Section>& sections, F&& f) {
    for (auto& s : sections) {
        f(s);
        for_each_section(s.children, f);
    }
}

}  // namespace vnplan::model
