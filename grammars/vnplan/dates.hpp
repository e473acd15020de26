// Date grammar: the ways Vietnamese documents name a day, a month, a quarter,
// a half year, a school year or a year.
//
// Input is ICU-lower-cased NFC text (lib/extract/deadlines.cpp lowers it
// first, keeping byte offsets): Vietnamese words are matched in lower case
// only, ASCII pieces (Roman numerals) in either case. Spelling pairs that
// officials mix are both accepted (`quý`/`quí`). Accepts:
//   days        `31/12/2020` `31-12-2020` `31.12.2020` `ngày 18/10/2024`
//               `ngày 18 tháng 10 năm 2024` `ngày 18 tháng 10` `ngày 31/12`
//   months      `tháng 6/2025` `tháng 6 năm 2025` `tháng 12-2025` `tháng 6`
//               `tháng 11 - 12/2025` (a run of months sharing a year)
//   quarters    `quý ii/2025` `quý iii năm 2023` `quý 3/2025` `quí iv-2025`
//               `quý i, ii năm 2026` `quý iv` (Roman I-IV or Arabic 1-4)
//   halves      `6 tháng đầu năm 2024` `06 tháng cuối năm 2025` `9 tháng đầu năm`
//   years       `năm 2025` `năm học 2025 - 2026` `năm 2025 – 2030`, and the bare
//               range `2022 - 2026` (year_range, not part of any_date)
// Deliberately rejected: years outside 1900-2099 (`năm 3000`, `2.000`),
// two-digit years (`31/12/20`), `quý v` and `quý 5` (no such quarter),
// `12/2020` on its own (reads like a document number, `Nghị định 15/2020`),
// `18 tháng 10` without `ngày` (reads like a duration), `6 tháng` without
// `đầu/cuối năm` (a duration). Days and months that do not exist
// (`31/02/2024`, `tháng 13`) are matched: the extractor reports them invalid.
#pragma once

#include <tao/pegtl.hpp>

#include "string.hpp"

namespace vnplan::grammar::dates {

using namespace tao::pegtl;

// ---- shared pieces ------------------------------------------------------

struct sp : plus< one< ' ' > > {};
struct opt_sp : star< one< ' ' > > {};

// A letter or digit of Vietnamese text: ASCII, Latin-1 and Latin Extended
// letters, combining marks, Latin Extended Additional (ạ ả ấ ... ỹ). Used to
// stop a keyword from matching the start of a longer word.
struct word_char : sor< alnum, utf8::ranges< 0xC0, 0x24F, 0x300, 0x36F, 0x1E00, 0x1EFF > > {};
struct word_end : not_at< word_char > {};

// `-`, en dash and em dash, as written between the ends of a range.
struct dash : sor< one< '-' >, VNPLAN_STRING( "–" ), VNPLAN_STRING( "—" ) > {};
struct range_dash : seq< opt_sp, dash, opt_sp > {};
struct numeric_sep : one< '/', '-', '.' > {};

struct kw_day : VNPLAN_STRING( "ngày" ) {};
struct kw_month : VNPLAN_STRING( "tháng" ) {};
struct kw_year : VNPLAN_STRING( "năm" ) {};
struct kw_quarter : sor< VNPLAN_STRING( "quý" ), VNPLAN_STRING( "quí" ) > {};
struct kw_school : VNPLAN_STRING( "học" ) {};
struct kw_and : VNPLAN_STRING( "và" ) {};

// ---- numbers ------------------------------------------------------------

struct day_number : seq< rep_min_max< 1, 2, digit >, not_at< digit > > {};
struct month_number : seq< rep_min_max< 1, 2, digit >, not_at< digit > > {};
// 1900-2099: wide enough for any plan, narrow enough that `2.000 đảng viên`
// or `đến 5000 hộ` never read as years.
struct year_number : seq< sor< string< '1', '9' >, string< '2', '0' > >, digit, digit, not_at< digit > > {};

// ---- days ---------------------------------------------------------------

// 31/12/2020  31-12-2020  31.12.2020 (not 31/12/2020/5 or 1.2.2020.3)
struct numeric_dmy : seq< day_number, numeric_sep, month_number, numeric_sep, year_number, not_at< numeric_sep, digit > > {};
// 31/12 (no year; only after `ngày`, where it cannot be a fraction or a number)
struct numeric_dm : seq< day_number, numeric_sep, month_number, not_at< numeric_sep, digit > > {};
// 18 tháng 10 năm 2024, 18 tháng 10
struct verbal_dmy : seq< day_number, sp, kw_month, sp, month_number, opt< seq< sp, kw_year, sp, year_number > > > {};

struct day_with_word : seq< kw_day, sp, sor< numeric_dmy, numeric_dm, verbal_dmy > > {};
struct day_date : sor< day_with_word, numeric_dmy > {};

// ---- months and quarters ------------------------------------------------

// `/2025`, `-2025`, `– 2025`, `.2025`, ` năm 2025` after a month or a quarter.
struct year_suffix : sor< seq< opt_sp, sor< one< '/', '.' >, dash >, opt_sp, year_number >, seq< sp, kw_year, sp, year_number > > {};

struct month_head : seq< kw_month, sp, month_number > {};
struct month_date : seq< month_head, opt< year_suffix > > {};
struct month_with_year : seq< month_head, year_suffix > {};
// tháng 11 - 12/2025, tháng 3 - tháng 5 năm 2026
struct month_range : seq< month_head, range_dash, opt< seq< kw_month, sp > >, month_number, opt< year_suffix > > {};

// Roman I-IV in either case (ASCII), or Arabic 1-4 (`quý 3/2025`, `quý 03`).
struct quarter_roman : seq< sor< istring< 'i', 'v' >, istring< 'i', 'i', 'i' >, istring< 'i', 'i' >, istring< 'i' > >, word_end > {};
struct quarter_arabic : seq< opt< one< '0' > >, range< '1', '4' >, not_at< digit > > {};
struct quarter_numeral : sor< quarter_roman, quarter_arabic > {};
// `quý i, ii`, `quý i và ii`, `quý i - ii`: several quarters of one year.
struct quarter_list_sep : sor< seq< opt_sp, one< ',' >, opt_sp >, seq< sp, kw_and, sp >, range_dash > {};
struct quarter_head : seq< kw_quarter, sp, quarter_numeral, star< seq< quarter_list_sep, quarter_numeral > > > {};
struct quarter_date : seq< quarter_head, opt< year_suffix > > {};
struct quarter_with_year : seq< quarter_head, year_suffix > {};

// ---- halves, school years, years ----------------------------------------

struct half_count : seq< rep_min_max< 1, 2, digit >, not_at< digit > > {};
struct half_first : VNPLAN_STRING( "đầu" ) {};
struct half_last : VNPLAN_STRING( "cuối" ) {};
struct half_head : seq< half_count, sp, kw_month, sp, sor< half_first, half_last >, sp, kw_year > {};
struct half_year : seq< half_head, opt< seq< sp, year_number > > > {};
struct half_with_year : seq< half_head, sp, year_number > {};

struct school_year : seq< kw_year, sp, kw_school, sp, year_number, range_dash, year_number > {};
struct year_range : seq< year_number, range_dash, year_number > {};
struct year_span : seq< kw_year, sp, year_range > {};  // năm 2025 – 2030
struct year_date : seq< kw_year, sp, year_number > {};

// ---- top rules ----------------------------------------------------------

// One point or stretch of time that a deadline can refer to.
struct single_date : sor< school_year, year_date, half_year, quarter_date, month_date, day_date > {};
// As single_date, and the ranges that read as one expression.
struct any_date : sor< school_year, year_span, year_date, half_year, quarter_date, month_range, month_date, day_date > {};

}  // namespace vnplan::grammar::dates
