// Query grammar: the filter expressions of `vnplan query`.
//
// Input is the whole expression, NFC (lib/query composes it first). Accepts:
//   field existence    `deadline`   `not lead`   `reference.number`
//   comparisons        `kind = task`   `line >= 40`   `target.value < 0,4`
//                      `deadline.end <= 2025-06-30`   `deadline.start > 30/6/2025`
//                      `deadline.end <= 6/2025`   `deadline.end <= 2025`
//                      `section != "III.1"`   `kind == target`
//   contains           `lead ~ "ban tuyen giao"`   `text ~ "chuyển đổi số"`
//   ICU regex          `text =~ "^Tổ chức"`   `reference.number =~ "NQ/TW$"i`
//   logic              `a and b`   `a or b`   `not a`   `( a or b ) and not c`,
//                      precedence not > and > or; the keywords in any ASCII case
//                      (`AND`, `Not`) and only as whole words (`android`,
//                      `order`, `notes` are field names, not keywords)
//   values             `"..."` with `\"` and `\\` (any other backslash is kept,
//                      so `"\d{4}"` is a regex for four digits), UTF-8 inside;
//                      numbers `95` `0.4` `0,4` `95%`; dates `2025-06-30`
//                      `30/6/2025`, months `2025-06` `6/2025`, years `2025`
//                      (a number: the builder reads it as a year when the field
//                      is a date); bare words `task` `III.1.2` `28-NQ/TW` `giáo`
//                      as the right-hand side of a comparison only.
// Deliberately rejected (syntax errors, at a `must`): a value where an
// expression is expected (`"x" ~ lead`; a bare word there is a field name,
// which the builder checks), a keyword as a value (`kind = and`), `&&` `||` `!`,
// a comparison without its value (`lead ~`), a trailing value (`lead ~ ban
// tuyen`: values with spaces need quotes), unbalanced parentheses, an
// unterminated string, `deadline.` (a dot with no field after it).
// Not decided here: whether a field exists, whether an operator fits it,
// whether a date exists (31/02/2025) — the builder in lib/query checks those
// and reports them at the same columns.
#pragma once

#include <tao/pegtl.hpp>

namespace vnplan::grammar::query {

namespace pegtl = tao::pegtl;
using namespace pegtl;

// ---- shared pieces ------------------------------------------------------

struct ws : star< space > {};

// A letter, digit or underscore, or any non-ASCII code point (Vietnamese
// letters): what a keyword must not be followed by.
struct word_char : sor< alnum, one< '_' >, utf8::range< 0x80, 0x10FFFF > > {};
struct word_start : sor< alpha, one< '_' >, utf8::range< 0x80, 0x10FFFF > > {};

// ---- keywords -----------------------------------------------------------

// English words, so ASCII case-insensitivity is enough here.
struct kw_and : seq< istring< 'a', 'n', 'd' >, not_at< word_char > > {};
struct kw_or : seq< istring< 'o', 'r' >, not_at< word_char > > {};
struct kw_not : seq< istring< 'n', 'o', 't' >, not_at< word_char > > {};
struct keyword : sor< kw_and, kw_or, kw_not > {};

// ---- fields -------------------------------------------------------------

// `deadline.end`: words joined by dots. Any word is read here, so that an
// unknown field is reported by name ("unknown field 'leed'") rather than as a
// syntax error.
struct field_word : seq< word_start, star< word_char > > {};
struct field_dot : one< '.' > {};
struct field_part : if_must< field_dot, field_word > {};
struct field_path : seq< not_at< keyword >, field_word, star< field_part > > {};

// ---- operators ----------------------------------------------------------

struct op_regex : string< '=', '~' > {};
struct op_eq : sor< string< '=', '=' >, one< '=' > > {};
struct op_ne : string< '!', '=' > {};
struct op_le : string< '<', '=' > {};
struct op_ge : string< '>', '=' > {};
struct op_lt : one< '<' > {};
struct op_gt : one< '>' > {};
struct op_contains : one< '~' > {};
// `==` before `=`, `<=` before `<`; `=~` is tried before all of these
// (comparison_tail), so `=~` is never `=` followed by a bare `~`.
struct compare_op : sor< op_eq, op_ne, op_le, op_ge, op_lt, op_gt, op_contains > {};

// ---- values -------------------------------------------------------------

struct quote : one< '"' > {};
struct escaped : seq< one< '\\' >, any > {};
struct string_char : sor< escaped, not_one< '"', '\\' > > {};
struct string_body : star< string_char > {};
struct string_close : quote {};
struct string_literal : if_must< quote, string_body, string_close > {};

// Digits are bytes here: a date is checked for existence by the builder.
struct digits_1_2 : rep_min_max< 1, 2, digit > {};
struct year_digits : seq< rep< 4, digit >, not_at< digit > > {};
struct iso_date : seq< year_digits, one< '-' >, digits_1_2, one< '-' >, digits_1_2 > {};
struct iso_month : seq< year_digits, one< '-' >, digits_1_2 > {};
struct dmy_date : seq< digits_1_2, one< '/' >, digits_1_2, one< '/' >, year_digits > {};
struct my_month : seq< digits_1_2, one< '/' >, year_digits > {};
// Not followed by what would make it a longer word (`2025-06-30x`, `6/20255`).
struct value_end : not_at< sor< word_char, one< '.', ',', '-', '/' > > > {};
struct date_literal : seq< sor< iso_date, iso_month, dmy_date, my_month >, value_end > {};

// 95  0.4  0,4  95%  2025 (a year when the field is a date). `2.000` matches
// too: the builder rejects it as ambiguous (two thousand to a Vietnamese
// reader, two to a programmer).
struct number_literal : seq< plus< digit >, opt< one< '.', ',' >, plus< digit > >, opt< one< '%' > >, value_end > {};

// task  III.1.2  28-NQ/TW  giáo: a word standing for a string after an operator.
struct bare_char : sor< word_char, one< '.', '-', '/' > > {};
struct bare_word : seq< not_at< keyword >, plus< bare_char > > {};

struct value : sor< string_literal, date_literal, number_literal, bare_word > {};

// "pattern" or "pattern"i (case-insensitive)
struct regex_flag : seq< one< 'i' >, not_at< word_char > > {};
struct regex_literal : seq< string_literal, opt< regex_flag > > {};

// ---- expressions --------------------------------------------------------

struct regex_tail : if_must< op_regex, ws, regex_literal > {};
struct compare_tail : if_must< compare_op, ws, value > {};
struct comparison_tail : sor< regex_tail, compare_tail > {};
// A field alone asks whether it exists (is non-empty).
struct predicate : seq< field_path, opt< ws, comparison_tail > > {};

struct or_expr;
struct not_expr;

struct open_paren : one< '(' > {};
struct close_paren : one< ')' > {};
struct group : if_must< open_paren, ws, or_expr, ws, close_paren > {};
struct primary : sor< group, predicate > {};

struct negation : if_must< kw_not, ws, not_expr > {};
struct not_expr : sor< negation, primary > {};

struct and_tail : if_must< seq< ws, kw_and >, ws, not_expr > {};
struct and_expr : seq< not_expr, star< and_tail > > {};

struct or_tail : if_must< seq< ws, kw_or >, ws, and_expr > {};
struct or_expr : seq< and_expr, star< or_tail > > {};

struct end_of_expression : eof {};
// The top rule: one expression, surrounded by optional space, then the end.
struct expression : seq< ws, must< or_expr >, ws, must< end_of_expression > > {};

}  // namespace vnplan::grammar::query
