// Line grammar: what the start of one cleaned line says about its role.
//
// Input is one line after text::strip_debris (NFC, no `**`, single spaces).
// Matches, at the start of the line:
//   section labels  `I.` `IV/` `II-`  `1.` `1/` `1-` `1)`  `1.1.` `2.10.` `1.2.3`
//                   `(1)` `(9).`  `a)` `đ)` `a.`  `A.` `B/`  `Điều 1.`  `Phần I`
//                   `Chương II`  `Mục 3`
//   bullets         `-` `–` `—` `+` `•` `·` `▪` `●` and the Symbol-font bullets
//                   U+F0B7, U+F0A7, U+F076 that Word leaves (each followed by a space)
//   footnote text   `¹ Kế hoạch số ...` (superscript digits, then a space), `[1] ...`
// Header and footer lines are matched on the upper-cased line:
//   `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `ĐỘC LẬP - TỰ DO - HẠNH PHÚC`,
//   `ĐẢNG CỘNG SẢN VIỆT NAM`, `SỐ: 141/KH-UBND`, `SỐ 19 -CTRHD/ĐUK`,
//   `..., NGÀY 26 THÁNG 10 NĂM 2020`, `KÍNH GỬI:`, `V/V ...`, `VỀ VIỆC ...`,
//   `NƠI NHẬN:`, `T/M BAN CHẤP HÀNH`, `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`.
// Deliberately rejected: `2.000 đảng viên` (a number, not `2.` + `000`),
// `26/8/2020` (a date), `V/v` (a subject marker), `100%`, `03 chương trình`,
// `-CTrHD/ĐUK` (no space after the dash), `f)` `j)` `w)` `z)` (not Vietnamese
// letters), `C.` `D.` `M.` as Roman numerals (they are part letters here).
#pragma once

#include <tao/pegtl.hpp>

#include "string.hpp"

namespace vnplan::grammar::lines {

namespace pegtl = tao::pegtl;
using namespace pegtl;

// ---- shared pieces ------------------------------------------------------

struct sp : plus< one< ' ' > > {};
struct end_or_space : sor< eof, sp > {};
struct digits_1_3 : rep_min_max< 1, 3, digit > {};
struct digits_1_2 : rep_min_max< 1, 2, digit > {};

// Vietnamese lower-case letters used as labels: a b c d đ e g h i k l m n o p
// q r s t u v x y (no f, j, w, z).
struct viet_lower_ascii : one< 'a', 'b', 'c', 'd', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y' > {};
struct d_bar_lower : VNPLAN_STRING( "đ" ) {};
struct viet_lower : sor< d_bar_lower, viet_lower_ascii > {};
struct viet_upper_ascii : one< 'A', 'B', 'C', 'D', 'E', 'G', 'H', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'Y' > {};
struct d_bar_upper : sor< VNPLAN_STRING( "Đ" ), VNPLAN_STRING( "Ð" ) > {};
struct viet_upper : sor< d_bar_upper, viet_upper_ascii > {};

// ---- section labels -----------------------------------------------------

// I II III IV V VI VII VIII IX X XI ... XXX: only I, V, X (and L) are read
// as Roman numerals; the builder checks the value.
struct roman_numeral : rep_min_max< 1, 7, one< 'I', 'V', 'X', 'L' > > {};
struct roman_punct : one< '.', '/', '-' > {};
struct roman_label : seq< roman_numeral, roman_punct, opt< one< '.' > > > {};
struct roman_heading : seq< roman_label, end_or_space > {};

// 1.1.  2.10.  1.2.3  (each component at most two digits and not starting
// with 0, so `2.000` and `4.0` fail)
struct dotted_component : seq< one< '.' >, range< '1', '9' >, opt< digit >, not_at< digit > > {};
struct dotted_label : seq< digits_1_2, not_at< digit >, plus< dotted_component >, opt< one< '.' > > > {};
struct dotted_heading : seq< dotted_label, end_or_space > {};

// 1.  1/  1-  (not 1.1, not 26/8/2020, not 1-2%)
struct arabic_punct : one< '.', '/', '-' > {};
struct arabic_label : seq< digits_1_3, arabic_punct, not_at< digit > > {};
struct arabic_heading : seq< arabic_label, sp > {};

// 1)  12)
struct arabic_paren_label : seq< digits_1_3, one< ')' > > {};
struct arabic_paren_heading : seq< arabic_paren_label, end_or_space > {};

// (1)  (9).  (12):
struct paren_label : seq< one< '(' >, digits_1_3, one< ')' >, opt< one< '.', ':' > > > {};
struct paren_heading : seq< paren_label, sor< end_or_space, not_at< one< ' ' > > > > {};

// a)  đ)  a.  (a)
struct letter_label : sor< seq< viet_lower, one< ')' > >, seq< one< '(' >, viet_lower, one< ')' > >, seq< viet_lower, one< '.' > > > {};
struct letter_heading : seq< letter_label, end_or_space > {};

// A.  B/  Đ.  (parts of a plan)
struct upper_label : seq< viet_upper, one< '.', '/', ')', '-' > > {};
struct upper_heading : seq< upper_label, sp > {};

// Điều 1.  Điều 12:  Điều 3 (an article of a decision)
struct article_word : sor< VNPLAN_STRING( "Điều" ), VNPLAN_STRING( "ĐIỀU" ) > {};
struct article_label : seq< article_word, sp, digits_1_3, opt< one< '.', ':' > > > {};
struct article_heading : seq< article_label, end_or_space > {};

// Phần I.  PHẦN THỨ NHẤT  Chương II  Mục 3
struct part_word : sor< VNPLAN_STRING( "Phần" ), VNPLAN_STRING( "PHẦN" ) > {};
struct chapter_word : sor< VNPLAN_STRING( "Chương" ), VNPLAN_STRING( "CHƯƠNG" ) > {};
struct division_word : sor< VNPLAN_STRING( "Mục" ), VNPLAN_STRING( "MỤC" ) > {};
struct division_number : sor< roman_numeral, digits_1_3 > {};
struct division_tail : seq< division_number, opt< one< '.', ':' > >, sor< eof, seq< sp, opt< one< '-', ':' >, star< one< ' ' > > >, not_at< lower > > > > {};
struct part_label : seq< part_word, sp, division_number, opt< one< '.', ':' > > > {};
struct part_heading : seq< part_word, sp, division_tail > {};
struct chapter_label : seq< chapter_word, sp, division_number, opt< one< '.', ':' > > > {};
struct chapter_heading : seq< chapter_word, sp, division_tail > {};
struct division_label : seq< division_word, sp, division_number, opt< one< '.', ':' > > > {};
struct division_heading : seq< division_word, sp, division_tail > {};

// ---- bullets ------------------------------------------------------------

struct dash : sor< one< '-' >, VNPLAN_STRING( "–" ), VNPLAN_STRING( "—" ), VNPLAN_STRING( "−" ) > {};
struct dash_bullet : seq< dash, sp > {};
struct plus_bullet : seq< one< '+' >, sp > {};
struct dot_mark : sor< VNPLAN_STRING( "•" ), VNPLAN_STRING( "·" ), VNPLAN_STRING( "▪" ), VNPLAN_STRING( "●" ), VNPLAN_STRING( "○" ), VNPLAN_STRING( "◦" ), VNPLAN_STRING( "\xEF\x82\xB7" ), VNPLAN_STRING( "\xEF\x82\xA7" ), VNPLAN_STRING( "\xEF\x81\xB6" ) > {};
struct dot_bullet : seq< dot_mark, star< one< ' ' > > > {};

// ---- footnotes ----------------------------------------------------------

struct superscript_digit : sor< VNPLAN_STRING( "¹" ), VNPLAN_STRING( "²" ), VNPLAN_STRING( "³" ), VNPLAN_STRING( "⁴" ), VNPLAN_STRING( "⁵" ), VNPLAN_STRING( "⁶" ), VNPLAN_STRING( "⁷" ), VNPLAN_STRING( "⁸" ), VNPLAN_STRING( "⁹" ), VNPLAN_STRING( "⁰" ) > {};
struct footnote_mark : plus< superscript_digit > {};
// `[1] Chương trình số 30-CTr/TU ...`: endnotes as Word exports them.
struct bracket_mark : seq< one< '[' >, digits_1_3, one< ']' > > {};
struct footnote_text : seq< sor< footnote_mark, bracket_mark >, sp > {};

// ---- the start of a body line -------------------------------------------

// Order matters: the longer and more specific labels first.
struct line_start : sor< article_heading, part_heading, chapter_heading, division_heading, footnote_text, paren_heading, dotted_heading, arabic_paren_heading, arabic_heading, roman_heading, letter_heading, upper_heading, dash_bullet, plus_bullet, dot_bullet > {};
struct any_line : seq< opt< line_start >, star< any >, eof > {};

// ---- header and footer (matched on the upper-cased line) ----------------

struct national_motto : sor< VNPLAN_STRING( "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" ), VNPLAN_STRING( "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" ) > {};
struct independence_motto : seq< VNPLAN_STRING( "ĐỘC LẬP" ), star< one< ' ', '-', ',' > >, VNPLAN_STRING( "TỰ DO" ) > {};
struct party_motto : VNPLAN_STRING( "ĐẢNG CỘNG SẢN VIỆT NAM" ) {};
struct motto : seq< sor< national_motto, independence_motto, party_motto >, until< eof > > {};

struct number_word : VNPLAN_STRING( "SỐ" ) {};
// Số: 141/KH-UBND   Số 19 -CTrHD/ĐUK   Số 974-CV/ĐU   Số: 12/2025/QĐ-UBND
struct number_line : seq< number_word, star< one< ' ' > >, opt< one< ':' > >, star< one< ' ' > >, digit, until< one< '/', '-' > >, until< eof > > {};

// `Số:` alone: the number follows on the next line (two-column headers).
struct number_head : seq< number_word, star< one< ' ' > >, opt< one< ':' > >, star< one< ' ' > >, eof > {};
// 2682/QĐ-UBND on a line of its own, after `Số:`.
struct bare_number : seq< digit, until< one< '/', '-' > >, plus< not_one< ' ' > >, eof > {};

// PHỤ LỤC  PHỤ LỤC I  PHỤ LỤC SỐ 02  PHỤ LỤC: DANH MỤC NHIỆM VỤ (an appendix)
struct appendix_word : VNPLAN_STRING( "PHỤ LỤC" ) {};
struct appendix_line : seq< appendix_word, sor< eof, seq< star< one< ' ' > >, one< ':', '.', '-' > >, seq< sp, sor< division_number, VNPLAN_STRING( "SỐ" ), plus< digit > > > >, until< eof > > {};

// ..., ngày 26 tháng 10 năm 2020   (also `ngày   tháng   năm 2025` in drafts)
struct day_word : VNPLAN_STRING( "NGÀY" ) {};
struct month_word : VNPLAN_STRING( "THÁNG" ) {};
struct year_word : VNPLAN_STRING( "NĂM" ) {};
struct date_gap : star< sor< one< ' ', '.' >, VNPLAN_STRING( "…" ) > > {};
struct spelled_date : seq< day_word, date_gap, opt< digits_1_2 >, date_gap, month_word, date_gap, opt< digits_1_2 >, date_gap, year_word, date_gap, rep< 4, digit > > {};
struct place_date : seq< plus< not_one< ',' > >, one< ',' >, star< one< ' ' > >, spelled_date, until< eof > > {};

struct addressee_line : seq< VNPLAN_STRING( "KÍNH GỬI" ), star< one< ' ' > >, opt< one< ':' > >, until< eof > > {};
struct subject_line : seq< sor< VNPLAN_STRING( "V/V" ), seq< VNPLAN_STRING( "VỀ VIỆC" ), sp > >, until< eof > > {};
struct recipients_head : seq< VNPLAN_STRING( "NƠI NHẬN" ), star< one< ' ' > >, opt< one< ':' > >, until< eof > > {};

// T/M BAN CHẤP HÀNH  TM. ỦY BAN NHÂN DÂN  KT. CHỦ TỊCH  TL. BỘ TRƯỞNG  Q. GIÁM ĐỐC
struct on_behalf_mark : sor< VNPLAN_STRING( "T/M" ), VNPLAN_STRING( "K/T" ), VNPLAN_STRING( "T/L" ), VNPLAN_STRING( "TM." ), VNPLAN_STRING( "TM " ), VNPLAN_STRING( "KT." ), VNPLAN_STRING( "KT " ), VNPLAN_STRING( "TL." ), VNPLAN_STRING( "TUQ." ), VNPLAN_STRING( "Q." ) > {};
struct signature_head : seq< on_behalf_mark, star< one< ' ' > >, plus< not_one< ' ' > >, until< eof > > {};

// CHƯƠNG TRÌNH HÀNH ĐỘNG  KẾ HOẠCH  NGHỊ QUYẾT  QUYẾT ĐỊNH  CHỈ THỊ  ...
struct kind_action_program : seq< VNPLAN_STRING( "CHƯƠNG TRÌNH" ), opt< sp, VNPLAN_STRING( "HÀNH ĐỘNG" ) > > {};
struct kind_plan : VNPLAN_STRING( "KẾ HOẠCH" ) {};
struct kind_resolution : VNPLAN_STRING( "NGHỊ QUYẾT" ) {};
struct kind_decision : VNPLAN_STRING( "QUYẾT ĐỊNH" ) {};
struct kind_directive : VNPLAN_STRING( "CHỈ THỊ" ) {};
struct kind_letter : VNPLAN_STRING( "CÔNG VĂN" ) {};
struct kind_conclusion : VNPLAN_STRING( "KẾT LUẬN" ) {};
struct kind_guidance : VNPLAN_STRING( "HƯỚNG DẪN" ) {};
struct kind_notice : VNPLAN_STRING( "THÔNG BÁO" ) {};
struct kind_other : sor< VNPLAN_STRING( "ĐỀ ÁN" ), VNPLAN_STRING( "QUY ĐỊNH" ), VNPLAN_STRING( "QUY CHẾ" ), VNPLAN_STRING( "BÁO CÁO" ), VNPLAN_STRING( "THÔNG TƯ" ), VNPLAN_STRING( "NGHỊ ĐỊNH" ), VNPLAN_STRING( "TỜ TRÌNH" ), VNPLAN_STRING( "CHIẾN LƯỢC" ) > {};
struct kind_word : sor< kind_action_program, kind_plan, kind_resolution, kind_decision, kind_directive, kind_letter, kind_conclusion, kind_guidance, kind_notice, kind_other > {};
// The kind stands alone on its line (the title follows on the next lines).
struct kind_line : seq< kind_word, star< one< ' ', ':' > >, eof > {};

}  // namespace vnplan::grammar::lines
