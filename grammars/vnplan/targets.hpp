// Target grammar: the measurable promises (chỉ tiêu) inside an item's text.
//
// Input is the item's text LOWER-CASED with ICU (the rules spell every word
// in lower case because `istring` only folds ASCII: `Trên`, `Đạt` must match
// too). Each rule matches at the start of a word; lib/extract/targets.cpp
// scans the words and keeps the longest match of `percent_target`,
// `frequency_target` and `count_target` at each one.
//
// Matches:
//   percentages   `100%`  `12,5%`  `95 %`  `70 phần trăm`
//                 `đạt 95% trở lên`  `từ 95% trở lên`  `95% trở lên`
//                 `trên 90%`  `hơn 90%`  `đạt trên 40%`  `dưới 0,4%`
//                 `xuống dưới 4%`  `tối thiểu 15%`  `ít nhất đạt 98% trở lên`
//                 `không quá 5%`  `không vượt quá 2,5%`  `tối đa 10%`
//                 `không thấp hơn 50%`  `phấn đấu đạt tỷ lệ 70%`
//                 `tăng 10%`  `giảm 5%`  `tăng bình quân 10 - 12%`
//   ranges        `3-4%`  `3 - 4%`  `85 - 90%`  `1% – 3%`  `từ 3-4%`
//                 `từ 85% đến 90%`
//   counts        only after a marker that makes them a promise (kết nạp,
//                 đạt, phấn đấu, ít nhất, tối thiểu, tối đa, không quá, trên,
//                 hơn, dưới) or before `trở lên`, with the counted noun:
//                 `kết nạp 2.000 đảng viên`  `ít nhất 5.000 lượt`
//                 `đạt 2,6 tỷ usd`  `10 người trở lên`  `kết nạp 2.000.`
//   frequencies   `01 lần/quý`  `02 lần/năm`  `ít nhất 01 lần / năm`
//                 `1 lần/6 tháng`
// Numbers are Vietnamese: `.` groups thousands (`2.000`, `1.500.000`), `,`
// is the decimal mark (`0,4`, `12,5`); a `.` followed by one or two digits
// (`12.5%`) is read as a decimal point, since nobody groups two digits.
//
// Deliberately rejected (no fact beats a wrong fact):
//   a bare count with no marker: `08 (tám) quan điểm`, `03 chương trình
//   đột phá`, `100 đảng viên` (bare percentages are always targets: `100% tổ
//   chức cơ sở đảng` is how a target is written);
//   a count whose noun is time or age: `tối đa 03 ngày làm việc`, `ít nhất
//   02 năm`, `trên 28 ngày tuổi` (durations and conditions, not quantities);
//   a number glued to `/` or `-` and letters: `ít nhất 2/3`, `31/12/2020`,
//   `28-NQ/TW`; a count whose next word is a function word: `ít nhất 01
//   trong 02 tiêu chí`; `số 1374`, `lần thứ VI`, `2025 – 2030` (no marker);
//   a year-like number with no noun even after a marker: `đạt 2025 – 2030:`.
// The scanner (not these rules) refuses to start inside a word, after `/`,
// `-` or `.` (so `12/2020`, `NQ-28` never start a match) and drops matches
// that overlap the references and dates it is told to skip.
#pragma once

#include <tao/pegtl.hpp>

#include "string.hpp"

namespace vnplan::grammar::targets {

namespace pegtl = tao::pegtl;
using namespace pegtl;

// ---- words and spaces ---------------------------------------------------

// Letters and digits of Vietnamese text: ASCII, Latin-1 and Latin Extended
// A/B, combining marks, Latin Extended Additional (ạ ấ ầ ... ỹ).
struct word_char : utf8::ranges< U'0', U'9', U'a', U'z', U'A', U'Z', 0xC0, 0x24F, 0x300, 0x36F, 0x1E00, 0x1EFF > {};
struct letter_char : utf8::ranges< U'a', U'z', U'A', U'Z', 0xC0, 0x24F, 0x300, 0x36F, 0x1E00, 0x1EFF > {};
struct word_end : not_at< word_char > {};

// A whole word (or fixed run of words): `trên` but not `trênh`.
template< typename Str >
struct word : seq< Str, word_end > {};

struct blank : sor< one< ' ', '\t' >, VNPLAN_STRING( "\xC2\xA0" ) > {};
struct sp : plus< blank > {};
struct ows : star< blank > {};

// ---- numbers ------------------------------------------------------------

// 2.000  1.500.000  (each group after a dot exactly three digits)
struct thousands_group : seq< one< '.' >, rep< 3, digit >, not_at< digit > > {};
struct grouped_integer : seq< rep_min_max< 1, 3, digit >, plus< thousands_group > > {};
struct plain_integer : plus< digit > {};
// 0,4  12,5  and the English-style 12.5 (one or two digits after the dot)
struct decimal_comma : seq< one< ',' >, plus< digit > > {};
struct decimal_dot : seq< one< '.' >, rep_min_max< 1, 2, digit >, not_at< digit > > {};
struct number : seq< sor< grouped_integer, plain_integer >, opt< sor< decimal_comma, decimal_dot > >, not_at< digit > > {};

// Between the two ends of a range: 3-4%, 1% – 3%, 30% đến 70%.
struct range_dash : sor< one< '-' >, VNPLAN_STRING( "–" ), VNPLAN_STRING( "—" ), VNPLAN_STRING( "−" ) > {};
struct range_word : sor< word< VNPLAN_STRING( "đến" ) >, word< VNPLAN_STRING( "tới" ) > > {};
struct range_sep : seq< ows, sor< range_dash, range_word >, ows > {};

// ---- markers (lower case) -----------------------------------------------

// Each marker class is its own rule: the extractor reads the comparison off
// which one matched.
struct at_least_marker : sor< word< VNPLAN_STRING( "ít nhất" ) >,
                              word< VNPLAN_STRING( "tối thiểu" ) >,
                              word< VNPLAN_STRING( "không dưới" ) >,
                              word< VNPLAN_STRING( "không ít hơn" ) >,
                              word< VNPLAN_STRING( "không thấp hơn" ) >,
                              word< VNPLAN_STRING( "không được dưới" ) >,
                              word< VNPLAN_STRING( "không được thấp hơn" ) > > {};
struct more_than_marker : sor< word< VNPLAN_STRING( "trên" ) >,
                               word< VNPLAN_STRING( "hơn" ) >,
                               word< VNPLAN_STRING( "cao hơn" ) >,
                               word< VNPLAN_STRING( "nhiều hơn" ) >,
                               word< VNPLAN_STRING( "lớn hơn" ) >,
                               word< VNPLAN_STRING( "vượt quá" ) >,
                               word< VNPLAN_STRING( "vượt trên" ) > > {};
struct at_most_marker : sor< word< VNPLAN_STRING( "tối đa" ) >,
                             word< VNPLAN_STRING( "không quá" ) >,
                             word< VNPLAN_STRING( "không vượt quá" ) >,
                             word< VNPLAN_STRING( "không được vượt quá" ) >,
                             word< VNPLAN_STRING( "không được quá" ) >,
                             word< VNPLAN_STRING( "không cao hơn" ) >,
                             word< VNPLAN_STRING( "không nhiều hơn" ) >,
                             word< VNPLAN_STRING( "không lớn hơn" ) > > {};
struct less_than_marker : sor< word< VNPLAN_STRING( "dưới" ) >,
                               word< VNPLAN_STRING( "xuống dưới" ) >,
                               word< VNPLAN_STRING( "thấp hơn" ) >,
                               word< VNPLAN_STRING( "ít hơn" ) >,
                               word< VNPLAN_STRING( "nhỏ hơn" ) >,
                               word< VNPLAN_STRING( "chưa đến" ) >,
                               word< VNPLAN_STRING( "chưa tới" ) > > {};
// `từ 95%` alone is "from 95% up"; with `đến` it opens a range.
struct from_marker : word< VNPLAN_STRING( "từ" ) > {};
// Verbs that make the number a promise; they set no comparison.
struct promise_verb : sor< word< VNPLAN_STRING( "đạt" ) >,
                           word< VNPLAN_STRING( "phấn đấu" ) >,
                           word< VNPLAN_STRING( "kết nạp" ) > > {};
// `tăng 10%`, `giảm 5%`: a change by that much. Kept as a target (op `=`,
// the direction is in the text) because the plans state growth this way.
struct change_verb : sor< word< VNPLAN_STRING( "tăng" ) >, word< VNPLAN_STRING( "giảm" ) > > {};
// Words that may sit between a marker and the number but never open a
// target: `đạt tỷ lệ 70%`, `tăng bình quân 10 - 12%`, `ít nhất là 70%`.
struct filler : sor< word< VNPLAN_STRING( "tỷ lệ" ) >,
                     word< VNPLAN_STRING( "tỉ lệ" ) >,
                     word< VNPLAN_STRING( "ở mức" ) >,
                     word< VNPLAN_STRING( "mức" ) >,
                     word< VNPLAN_STRING( "bình quân" ) >,
                     word< VNPLAN_STRING( "xuống còn" ) >,
                     word< VNPLAN_STRING( "lên" ) >,
                     word< VNPLAN_STRING( "là" ) > > {};

struct comparison_marker : sor< at_least_marker, at_most_marker, more_than_marker, less_than_marker > {};

// `trở lên` (or more) and `trở xuống` (or less) after the quantity.
struct or_more_suffix : word< VNPLAN_STRING( "trở lên" ) > {};
struct or_less_suffix : word< VNPLAN_STRING( "trở xuống" ) > {};
struct suffix : sor< or_more_suffix, or_less_suffix > {};

// ---- percentages --------------------------------------------------------

struct percent_sign : sor< one< '%' >, word< VNPLAN_STRING( "phần trăm" ) > > {};
struct percent_range : sor< seq< number, ows, percent_sign, range_sep, number, ows, percent_sign >,
                            seq< number, range_sep, number, ows, percent_sign > > {};
struct percent_single : seq< number, ows, percent_sign > {};
struct percent_amount : sor< percent_range, percent_single > {};

struct percent_head : sor< comparison_marker, from_marker, promise_verb, change_verb > {};
struct percent_prefix : seq< percent_head, sp, star< sor< percent_head, filler >, sp > > {};
struct percent_target : seq< opt< percent_prefix >, percent_amount, opt< sp, suffix > > {};

// ---- counts -------------------------------------------------------------

// Durations and ages are conditions or deadlines, never counted targets.
struct time_word : sor< word< VNPLAN_STRING( "ngày" ) >,
                        word< VNPLAN_STRING( "tháng" ) >,
                        word< VNPLAN_STRING( "năm" ) >,
                        word< VNPLAN_STRING( "tuần" ) >,
                        word< VNPLAN_STRING( "quý" ) >,
                        word< VNPLAN_STRING( "quí" ) >,
                        word< VNPLAN_STRING( "giờ" ) >,
                        word< VNPLAN_STRING( "phút" ) >,
                        word< VNPLAN_STRING( "giây" ) >,
                        word< VNPLAN_STRING( "tuổi" ) > > {};
// Words that end a noun phrase: `2.000 đảng viên mới`, `01 trong 02`.
struct stop_word : sor< word< VNPLAN_STRING( "mới" ) >, word< VNPLAN_STRING( "trong" ) >,
                        word< VNPLAN_STRING( "của" ) >, word< VNPLAN_STRING( "và" ) >,
                        word< VNPLAN_STRING( "hoặc" ) >, word< VNPLAN_STRING( "với" ) >,
                        word< VNPLAN_STRING( "cho" ) >, word< VNPLAN_STRING( "đến" ) >,
                        word< VNPLAN_STRING( "tới" ) >, word< VNPLAN_STRING( "từ" ) >,
                        word< VNPLAN_STRING( "trên" ) >, word< VNPLAN_STRING( "dưới" ) >,
                        word< VNPLAN_STRING( "so" ) >, word< VNPLAN_STRING( "là" ) >,
                        word< VNPLAN_STRING( "được" ) >, word< VNPLAN_STRING( "có" ) >,
                        word< VNPLAN_STRING( "theo" ) >, word< VNPLAN_STRING( "tại" ) >,
                        word< VNPLAN_STRING( "thì" ) >, word< VNPLAN_STRING( "mà" ) >,
                        word< VNPLAN_STRING( "để" ) >, word< VNPLAN_STRING( "về" ) >,
                        word< VNPLAN_STRING( "này" ) >, word< VNPLAN_STRING( "đó" ) >,
                        word< VNPLAN_STRING( "trở" ) >, word< VNPLAN_STRING( "mỗi" ) >,
                        word< VNPLAN_STRING( "các" ) >, word< VNPLAN_STRING( "những" ) >,
                        word< VNPLAN_STRING( "hơn" ) >, word< VNPLAN_STRING( "trước" ) >,
                        word< VNPLAN_STRING( "sau" ) >, word< VNPLAN_STRING( "đã" ) >,
                        word< VNPLAN_STRING( "sẽ" ) >, word< VNPLAN_STRING( "không" ) >,
                        word< VNPLAN_STRING( "thuộc" ) >, word< VNPLAN_STRING( "như" ) >,
                        word< VNPLAN_STRING( "khi" ) >, word< VNPLAN_STRING( "vào" ) >,
                        word< VNPLAN_STRING( "đạt" ) >, word< VNPLAN_STRING( "tăng" ) >,
                        word< VNPLAN_STRING( "giảm" ) >, word< VNPLAN_STRING( "do" ) >,
                        word< VNPLAN_STRING( "ở" ) >, word< VNPLAN_STRING( "nữa" ) > > {};
struct noun_word : seq< not_at< stop_word >, not_at< time_word >, plus< letter_char >, word_end > {};
// Measure words stand alone: `5.000 lượt`, `8.500 tấn;`, `03 người trên một`.
struct measure_word : sor< word< VNPLAN_STRING( "lượt" ) >, word< VNPLAN_STRING( "lần" ) >,
                           word< VNPLAN_STRING( "người" ) >, word< VNPLAN_STRING( "tấn" ) >,
                           word< VNPLAN_STRING( "ha" ) >, word< VNPLAN_STRING( "km" ) >,
                           word< VNPLAN_STRING( "kg" ) >, word< VNPLAN_STRING( "con" ) >,
                           word< VNPLAN_STRING( "cuộc" ) >, word< VNPLAN_STRING( "buổi" ) >,
                           word< VNPLAN_STRING( "lớp" ) >, word< VNPLAN_STRING( "đợt" ) >,
                           word< VNPLAN_STRING( "bài" ) >, word< VNPLAN_STRING( "hộ" ) >,
                           word< VNPLAN_STRING( "điểm" ) >, word< VNPLAN_STRING( "phiếu" ) > > {};
// Two-word units that begin with a measure word.
struct compound_unit : sor< word< VNPLAN_STRING( "lượt người" ) >, word< VNPLAN_STRING( "lượt truy cập" ) >,
                            word< VNPLAN_STRING( "người dân" ) >, word< VNPLAN_STRING( "người lao động" ) >,
                            word< VNPLAN_STRING( "hộ gia đình" ) >, word< VNPLAN_STRING( "hộ nghèo" ) > > {};
// `2,6 tỷ usd`, `61,3 nghìn tỷ đồng`, `05 triệu usd`
struct magnitude_word : sor< word< VNPLAN_STRING( "nghìn" ) >, word< VNPLAN_STRING( "ngàn" ) >,
                             word< VNPLAN_STRING( "triệu" ) >, word< VNPLAN_STRING( "tỷ" ) >,
                             word< VNPLAN_STRING( "tỉ" ) > > {};
struct magnitude_unit : seq< magnitude_word, star< sp, magnitude_word >, opt< sp, noun_word > > {};
// Otherwise a noun of one or two syllables (most Vietnamese nouns have two:
// `đảng viên`, `tiêu chí`, `chức danh`).
struct generic_unit : seq< noun_word, opt< sp, noun_word > > {};
struct count_unit : seq< not_at< time_word >, sor< compound_unit, magnitude_unit, measure_word, generic_unit > > {};

// A count's number is not the start of a date, fraction or document number.
struct count_number : seq< number, not_at< one< '/' > >, not_at< one< '-' >, letter_char > > {};
struct count_range : seq< count_number, range_sep, count_number > {};
struct count_amount : sor< count_range, count_number > {};
struct clause_end : at< ows, sor< one< '.', ',', ';', ':', ')' >, eof > > {};
// Without a noun, a year is far likelier than a count: `đạt 2025 – 2030:`.
struct year_like : seq< sor< VNPLAN_STRING( "19" ), VNPLAN_STRING( "20" ) >, digit, digit, not_at< digit > > {};
struct count_quantity : sor< seq< count_amount, sp, count_unit >, seq< not_at< year_like >, count_amount, clause_end > > {};

struct count_head : sor< comparison_marker, promise_verb > {};
struct count_prefix : seq< count_head, sp, star< sor< count_head, from_marker, filler >, sp > > {};
struct count_target : sor< seq< count_prefix, count_quantity, opt< sp, suffix > >,
                           seq< opt< from_marker, sp >, count_amount, sp, count_unit, sp, suffix > > {};

// ---- frequencies --------------------------------------------------------

// 01 lần/quý   02 lần / năm   1 lần/6 tháng
struct period_word : sor< word< VNPLAN_STRING( "năm" ) >, word< VNPLAN_STRING( "quý" ) >,
                          word< VNPLAN_STRING( "quí" ) >, word< VNPLAN_STRING( "tháng" ) >,
                          word< VNPLAN_STRING( "tuần" ) >, word< VNPLAN_STRING( "ngày" ) >,
                          word< VNPLAN_STRING( "học kỳ" ) >, word< VNPLAN_STRING( "nhiệm kỳ" ) >,
                          word< VNPLAN_STRING( "kỳ" ) >, word< VNPLAN_STRING( "kì" ) > > {};
struct frequency_unit : seq< VNPLAN_STRING( "lần" ), ows, one< '/' >, ows, opt< plain_integer, sp >, period_word > {};
struct frequency_target : seq< opt< count_prefix >, count_amount, ows, frequency_unit, opt< sp, suffix > > {};

// ---- any target ---------------------------------------------------------

struct target : sor< frequency_target, percent_target, count_target > {};

}  // namespace vnplan::grammar::targets
