// The dates `vnplan validate` checks for existence (rule invalid-date), as
// they are written in a line of the document: `31/02/2024`, `ngày 31 tháng 2
// năm 2024`, `ngày 30 tháng 2`, `tháng 13/2025`, `tháng 13`, `quý V`.
//
// Input is text::lower_same_length() of a raw line (debris kept), so that
// offsets into it are offsets into the line and the words match in any case.
// Unlike grammars/vnplan/dates.hpp, which reads the dates a plan means and
// takes only years 1900-2099, these forms take any number of the right width:
// a date that does not exist is what the rule is looking for. Numbers are
// ASCII digits. What may come before or after a form (a form must not start
// inside a number, `31/12/2024/5` is no date) is the caller's test, on the
// code points around the match (lib/validate/validate.cpp).
#pragma once

#include <tao/pegtl.hpp>

#include "string.hpp"

namespace vnplan::grammar::date_checks {

using namespace tao::pegtl;

// White space, as Unicode's White_Space property has it: what Word leaves
// between a keyword and its number may be a no-break or a thin space.
struct ws : sor< one< ' ', '\t', '\n', '\v', '\f', '\r' >,
                 utf8::one< 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 >,
                 utf8::range< 0x2000, 0x200A > > {};
struct sp : plus< ws > {};
struct opt_sp : star< ws > {};

// A day or month of one or two digits, a year of four.
struct d12 : rep_min_max< 1, 2, digit > {};
struct d4 : rep< 4, digit > {};

struct kw_day : VNPLAN_STRING( "ngày" ) {};
struct kw_month : VNPLAN_STRING( "tháng" ) {};
struct kw_year : VNPLAN_STRING( "năm" ) {};
// `quý`, `quí`, and `quy` without its tone.
struct kw_quarter : seq< VNPLAN_STRING( "qu" ), sor< VNPLAN_STRING( "ý" ), VNPLAN_STRING( "í" ), one< 'y' > > > {};

// 31/12/2024, 31.12.2024, 31-12-2024: the same separator both times.
template< char Sep >
struct numeric_with : seq< d12, one< Sep >, d12, one< Sep >, d4 > {};
struct numeric_dmy : sor< numeric_with< '/' >, numeric_with< '.' >, numeric_with< '-' > > {};

// ngày 31 tháng 12 năm 2024
struct verbal_dmy : seq< kw_day, sp, d12, sp, kw_month, sp, d12, sp, kw_year, sp, d4 > {};

// ngày 31 tháng 12
struct verbal_dm : seq< kw_day, sp, d12, sp, kw_month, sp, d12 > {};

// tháng 12/2025, tháng 12 năm 2025, tháng 12 - 2025
struct month_year : seq< kw_month, sp, d12, opt_sp, sor< one< '/' >, seq< kw_year, sp >, seq< one< '-' >, opt_sp > >, d4 > {};

// tháng 12
struct month_alone : seq< kw_month, sp, d12 > {};

// quý 4, quý IV (Roman numerals of I, V and X, up to four of them)
struct quarter_numeral : sor< digit, rep_min_max< 1, 4, one< 'i', 'v', 'x' > > > {};
struct quarter : seq< kw_quarter, sp, quarter_numeral > {};

}  // namespace vnplan::grammar::date_checks
