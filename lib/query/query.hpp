// Filter expressions over items: `lead ~ "ban tuyen giao" and not deadline`.
//
// compile() parses an expression with the PEGTL grammar in
// grammars/vnplan/query.hpp and checks it against the fields below; an
// expected failure is an `error` with a 1-based column in code points of the
// NFC expression, never an exception. evaluate() is a pure function of the
// compiled expression and one row (its one exception: too_slow, below).
//
// Semantics, in short (the README has examples):
// - `~` contains, case-, accent- and tone-insensitive (text::fold_accents on
//   both sides): `"ban tuyen giao"` finds `Ban Tuyên giáo`, `Uỷ` finds `Ủy`.
// - `=` and `!=` on text compare text::fold() values: case and tone placement
//   do not matter, accents do.
// - `=~` is an ICU regular expression searched in the NFC text; `"..."i` makes
//   it case-insensitive.
// - `< <= > >=` on numbers and dates only. A date literal may be a day, a
//   month or a year; it stands for that span of days, so `deadline.end <=
//   2025` means on or before 2025-12-31, `deadline.end < 2025` before
//   2025-01-01, `deadline.end = 6/2025` some day in June 2025.
// - A field that holds a list (bodies, deadlines, targets, references) matches
//   a comparison when any element does; `!=` is `not =`: no element equals.
//   A missing value (no deadline, a deadline without an end) matches no
//   comparison but `!=`.
// - A field alone is true when it has a value: `deadline`, `not lead`. For
//   `deadline` the document's term (a deadline with source "document") does
//   not count: `not deadline` lists the items with no deadline of their own.
#pragma once

#include "model/document.hpp"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::query {

// One item with where it sits: what an expression is evaluated on.
struct row {
    std::string file;
    std::string section;        // section id; "" for the preamble
    std::string section_title;  // "" for the preamble
    const model::item* item = nullptr;
};

// Every item of a document with its place, in reading order (preamble first).
std::vector<row> rows_of(const model::document& doc);

struct error {
    std::string message;
    int column = 1;  // 1-based, code points of the NFC expression
};

namespace detail {
struct node;
struct access;
}  // namespace detail

class expression {
public:
    // The expression as compiled (NFC): what an error column counts in.
    const std::string& source() const { return source_; }

private:
    std::shared_ptr<const detail::node> root_;
    std::string source_;
    friend struct detail::access;
};

struct compile_result {
    std::optional<query::expression> expression;  // set on success
    std::optional<query::error> error;            // set on failure
    std::string source;                           // the NFC expression (for carets)
};

compile_result compile(std::string_view text);

// Throws too_slow when a regular expression runs past its time limit on
// the row's text (a pattern that backtracks without end).
bool evaluate(const expression& expr, const row& r);

struct too_slow : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The field names compile() accepts, for help text and "did you mean".
const std::vector<std::string>& field_names();

}  // namespace vnplan::query
