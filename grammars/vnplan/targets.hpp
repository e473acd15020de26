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

struct blank : sor< one< ' ', '\t' >, TAO_PEGTL_STRING( "\xC2\xA0" ) > {};
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
struct range_dash : sor< one< '-' >, TAO_PEGTL_STRING( "–" ), TAO_PEGTL_STRING( "—" ), TAO_PEGTL_STRING( "−" ) > {};
struct range_word : sor< word< TAO_PEGTL_STRING( "đến" ) >, word< TAO_PEGTL_STRING( "tới" ) > > {};
struct range_sep : seq< ows, sor< range_dash, range_word >, ows > {};

// ---- markers (lower case) -----------------------------------------------

// Each marker class is its own rule: the extractor reads the comparison off
// which one matched.
struct at_least_marker : sor< word< TAO_PEGTL_STRING( "ít nhất" ) >,
                              word< TAO_PEGTL_STRING( "tối thiểu" ) >,
                              word< TAO_PEGTL_STRING( "không dưới" ) >,
                              word< TAO_PEGTL_STRING( "không ít hơn" ) >,
                              word< TAO_PEGTL_STRING( "không thấp hơn" ) >,
                              word< TAO_PEGTL_STRING( "không được dưới" ) >,
                              word< TAO_PEGTL_STRING( "không được thấp hơn" ) > > {};
struct more_than_marker : sor< word< TAO_PEGTL_STRING( "trên" ) >,
                               word< TAO_PEGTL_STRING( "hơn" ) >,
                               word< TAO_PEGTL_STRING( "cao hơn" ) >,
                               word< TAO_PEGTL_STRING( "nhiều hơn" ) >,
                               word< TAO_PEGTL_STRING( "lớn hơn" ) >,
                               word< TAO_PEGTL_STRING( "vượt quá" ) >,
                               word< TAO_PEGTL_STRING( "vượt trên" ) > > {};
struct at_most_marker : sor< word< TAO_PEGTL_STRING( "tối đa" ) >,
                             word< TAO_PEGTL_STRING( "không quá" ) >,
                             word< TAO_PEGTL_STRING( "không vượt quá" ) >,
                             word< TAO_PEGTL_STRING( "không được vượt quá" ) >,
                             word< TAO_PEGTL_STRING( "không được quá" ) >,
                             word< TAO_PEGTL_STRING( "không cao hơn" ) >,
                             word< TAO_PEGTL_STRING( "không nhiều hơn" ) >,
                             word< TAO_PEGTL_STRING( "không lớn hơn" ) > > {};
struct less_than_marker : sor< word< TAO_PEGTL_STRING( "dưới" ) >,
                               word< TAO_PEGTL_STRING( "xuống dưới" ) >,
                               word< TAO_PEGTL_STRING( "thấp hơn" ) >,
                               word< TAO_PEGTL_STRING( "ít hơn" ) >,
                               word< TAO_PEGTL_STRING( "nhỏ hơn" ) >,
                               word< TAO_PEGTL_STRING( "chưa đến" ) >,
                               word< TAO_PEGTL_STRING( "chưa tới" ) > > {};
// `từ 95%` alone is "from 95% up"; with `đến` it opens a range.
struct from_marker : word< TAO_PEGTL_STRING( "từ" ) > {};
// Verbs that make the number a promise; they set no comparison.
struct promise_verb : sor< word< TAO_PEGTL_STRING( "đạt" ) >,
                           word< TAO_PEGTL_STRING( "phấn đấu" ) >,
                           word< TAO_PEGTL_STRING( "kết nạp" ) > > {};
// `tăng 10%`, `giảm 5%`: a change by that much. Kept as a target (op `=`,
// the direction is in the text) because the plans state growth this way.
struct change_verb : sor< word< TAO_PEGTL_STRING( "tăng" ) >, word< TAO_PEGTL_STRING( "giảm" ) > > {};
// Words that may sit between a marker and the number but never open a
// target: `đạt tỷ lệ 70%`, `tăng bình quân 10 - 12%`, `ít nhất là 70%`.
struct filler : sor< word< TAO_PEGTL_STRING( "tỷ lệ" ) >,
                     word< TAO_PEGTL_STRING( "tỉ lệ" ) >,
                     word< TAO_PEGTL_STRING( "ở mức" ) >,
                     word< TAO_PEGTL_STRING( "mức" ) >,
                     word< TAO_PEGTL_STRING( "bình quân" ) >,
                     word< TAO_PEGTL_STRING( "xuống còn" ) >,
                     word< TAO_PEGTL_STRING( "lên" ) >,
                     word< TAO_PEGTL_STRING( "là" ) > > {};

struct comparison_marker : sor< at_least_marker, at_most_marker, more_than_marker, less_than_marker > {};

// `trở lên` (or more) and `trở xuống` (or less) after the quantity.
struct or_more_suffix : word< TAO_PEGTL_STRING( "trở lên" ) > {};
struct or_less_suffix : word< TAO_PEGTL_STRING( "trở xuống" ) > {};
struct suffix : sor< or_more_suffix, or_less_suffix > {};

// ---- percentages --------------------------------------------------------

struct percent_sign : sor< one< '%' >, word< TAO_PEGTL_STRING( "phần trăm" ) > > {};
struct percent_range : sor< seq< number, ows, percent_sign, range_sep, number, ows, percent_sign >,
                            seq< number, range_sep, number, ows, percent_sign > > {};
struct percent_single : seq< number, ows, percent_sign > {};
struct percent_amount : sor< percent_range, percent_single > {};

struct percent_head : sor< comparison_marker, from_marker, promise_verb, change_verb > {};
struct percent_prefix : seq< percent_head, sp, star< sor< percent_head, filler >, sp > > {};
struct percent_target : seq< opt< percent_prefix >, percent_amount, opt< sp, suffix > > {};

// ---- counts -------------------------------------------------------------

// Durations and ages are conditions or deadlines, never counted targets.
struct time_word : sor< word< TAO_PEGTL_STRING( "ngày" ) >,
                        word< TAO_PEGTL_STRING( "tháng" ) >,
                        word< TAO_PEGTL_STRING( "năm" ) >,
                        word< TAO_PEGTL_STRING( "tuần" ) >,
                        word< TAO_PEGTL_STRING( "quý" ) >,
                        word< TAO_PEGTL_STRING( "quí" ) >,
                        word< TAO_PEGTL_STRING( "giờ" ) >,
                        word< TAO_PEGTL_STRING( "phút" ) >,
                        word< TAO_PEGTL_STRING( "giây" ) >,
                        word< TAO_PEGTL_STRING( "tuổi" ) > > {};
// Words that end a noun phrase: `2.000 đảng viên mới`, `01 trong 02`.
struct stop_word : sor< word< TAO_PEGTL_STRING( "mới" ) >, word< TAO_PEGTL_STRING( "trong" ) >,
                        word< TAO_PEGTL_STRING( "của" ) >, word< TAO_PEGTL_STRING( "và" ) >,
                        word< TAO_PEGTL_STRING( "hoặc" ) >, word< TAO_PEGTL_STRING( "với" ) >,
                        word< TAO_PEGTL_STRING( "cho" ) >, word< TAO_PEGTL_STRING( "đến" ) >,
                        word< TAO_PEGTL_STRING( "tới" ) >, word< TAO_PEGTL_STRING( "từ" ) >,
                        word< TAO_PEGTL_STRING( "trên" ) >, word< TAO_PEGTL_STRING( "dưới" ) >,
                        word< TAO_PEGTL_STRING( "so" ) >, word< TAO_PEGTL_STRING( "là" ) >,
                        word< TAO_PEGTL_STRING( "được" ) >, word< TAO_PEGTL_STRING( "có" ) >,
                        word< TAO_PEGTL_STRING( "theo" ) >, word< TAO_PEGTL_STRING( "tại" ) >,
                        word< TAO_PEGTL_STRING( "thì" ) >, word< TAO_PEGTL_STRING( "mà" ) >,
                        word< TAO_PEGTL_STRING( "để" ) >, word< TAO_PEGTL_STRING( "về" ) >,
                        word< TAO_PEGTL_STRING( "này" ) >, word< TAO_PEGTL_STRING( "đó" ) >,
                        word< TAO_PEGTL_STRING( "trở" ) >, word< TAO_PEGTL_STRING( "mỗi" ) >,
                        word< TAO_PEGTL_STRING( "các" ) >, word< TAO_PEGTL_STRING( "những" ) >,
                        word< TAO_PEGTL_STRING( "hơn" ) >, word< TAO_PEGTL_STRING( "trước" ) >,
                        word< TAO_PEGTL_STRING( "sau" ) >, word< TAO_PEGTL_STRING( "đã" ) >,
                        word< TAO_PEGTL_STRING( "sẽ" ) >, word< TAO_PEGTL_STRING( "không" ) >,
                        word< TAO_PEGTL_STRING( "thuộc" ) >, word< TAO_PEGTL_STRING( "như" ) >,
                        word< TAO_PEGTL_STRING( "khi" ) >, word< TAO_PEGTL_STRING( "vào" ) >,
                        word< TAO_PEGTL_STRING( "đạt" ) >, word< TAO_PEGTL_STRING( "tăng" ) >,
                        word< TAO_PEGTL_STRING( "giảm" ) >, word< TAO_PEGTL_STRING( "do" ) >,
                        word< TAO_PEGTL_STRING( "ở" ) >, word< TAO_PEGTL_STRING( "nữa" ) > > {};
struct noun_word : seq< not_at< stop_word >, not_at< time_word >, plus< letter_char >, word_end > {};
// Measure words stand alone: `5.000 lượt`, `8.500 tấn;`, `03 người trên một`.
struct measure_word : sor< word< TAO_PEGTL_STRING( "lượt" ) >, word< TAO_PEGTL_STRING( "lần" ) >,
                           word< TAO_PEGTL_STRING( "người" ) >, word< TAO_PEGTL_STRING( "tấn" ) >,
                           word< TAO_PEGTL_STRING( "ha" ) >, word< TAO_PEGTL_STRING( "km" ) >,
                           word< TAO_PEGTL_STRING( "kg" ) >, word< TAO_PEGTL_STRING( "con" ) >,
                           word< TAO_PEGTL_STRING( "cuộc" ) >, word< TAO_PEGTL_STRING( "buổi" ) >,
                           word< TAO_PEGTL_STRING( "lớp" ) >, word< TAO_PEGTL_STRING( "đợt" ) >,
                           word< TAO_PEGTL_STRING( "bài" ) >, word< TAO_PEGTL_STRING( "hộ" ) >,
                           word< TAO_PEGTL_STRING( "điểm" ) >, word< TAO_PEGTL_STRING( "phiếu" ) > > {};
// Two-word units that begin with a measure word.
struct compound_unit : sor< word< TAO_PEGTL_STRING( "lượt người" ) >, word< TAO_PEGTL_STRING( "lượt truy cập" ) >,
                            word< TAO_PEGTL_STRING( "người dân" ) >, word< TAO_PEGTL_STRING( "người lao động" ) >,
                            word< TAO_PEGTL_STRING( "hộ gia đình" ) >, word< TAO_PEGTL_STRING( "hộ nghèo" ) > > {};
// `2,6 tỷ usd`, `61,3 nghìn tỷ đồng`, `05 triệu usd`
struct magnitude_word : sor< word< TAO_PEGTL_STRING( "nghìn" ) >, word< TAO_PEGTL_STRING( "ngàn" ) >,
                             word< TAO_PEGTL_STRING( "triệu" ) >, word< TAO_PEGTL_STRING( "tỷ" ) >,
                             word< TAO_PEGTL_STRING( "tỉ" ) > > {};
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
struct year_like : seq< sor< TAO_PEGTL_STRING( "19" ), TAO_PEGTL_STRING( "20" ) >, digit, digit, not_at< digit > > {};
struct count_quantity : sor< seq< count_amount, sp, count_unit >, seq< not_at< year_like >, count_amount, clause_end > > {};

struct count_head : sor< comparison_marker, promise_verb > {};
struct count_prefix : seq< count_head, sp, star< sor< count_head, from_marker, filler >, sp > > {};
struct count_target : sor< seq< count_prefix, count_quantity, opt< sp, suffix > >,
                           seq< opt< from_marker, sp >, count_amount, sp, count_unit, sp, suffix > > {};

// ---- frequencies --------------------------------------------------------

// 01 lần/quý   02 lần / năm   1 lần/6 tháng
struct period_word : sor< word< TAO_PEGTL_STRING( "năm" ) >, word< TAO_PEGTL_STRING( "quý" ) >,
                          word< TAO_PEGTL_STRING( "quí" ) >, word< TAO_PEGTL_STRING( "tháng" ) >,
                          word< TAO_PEGTL_STRING( "tuần" ) >, word< TAO_PEGTL_STRING( "ngày" ) >,
                          word< TAO_PEGTL_STRING( "học kỳ" ) >, word< TAO_PEGTL_STRING( "nhiệm kỳ" ) >,
                          word< TAO_PEGTL_STRING( "kỳ" ) >, word< TAO_PEGTL_STRING( "kì" ) > > {};
struct frequency_unit : seq< TAO_PEGTL_STRING( "lần" ), ows, one< '/' >, ows, opt< plain_integer, sp >, period_word > {};
struct frequency_target : seq< opt< count_prefix >, count_amount, ows, frequency_unit, opt< sp, suffix > > {};

// ---- any target ---------------------------------------------------------

struct target : sor< frequency_target, percent_target, count_target > {};

}  // namespace vnplan::grammar::targets
