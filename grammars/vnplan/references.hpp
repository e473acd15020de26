// References grammar: citations of other documents, and names that carry a
// year without being a schedule.
//
// Input is one item's text LOWER-CASED with ICU, byte for byte as long as the
// original (lib/extract/references.cpp): PEGTL strings are byte strings, so
// `NGHỊ QUYẾT`, `Nghị quyết` and `nghị quyết` all reach these rules as
// `nghị quyết`. The rules only say where things are; the actions that turn
// them into a model::reference live in lib/extract/references.cpp.
//
// `reference` accepts, at a word start:
//   type [qualifier] [số[:]] full-number [date] [issuer] [date] [subject]
//     `Nghị quyết số 28-NQ/TW ngày 17 tháng 11 năm 2022 của Bộ Chính trị về ...`
//     `Chỉ thị 05-CT/TW`  `Quy định 228-QĐ/TW`  `Quy định số 08-QĐi/TW`
//     `Kế hoạch số 120-KH/BTCTU`  `Chương trình hành động số 19-CTrHĐ/TU`
//     `Nghị định số 99/2019/NĐ-CP ngày 30/12/2019 của Chính phủ`
//     `Nghị quyết số 21-NQ/TW, ngày 16/6/2022`  `Quyết định số 2437/QĐ-TTg`
//     `Nghị quyết số 27/NQ- TW` (stray space)  `Nghị quyết số 18- NQ/TW`
//     `Thông tư liên tịch số 38/2013/TTLT-BCT-BTC`  `Kết luận số 21-KL/TW²`
//   type [qualifier] số short-number ...      `Quy định số 1374 của Ban Thường vụ`
//   type short-number ...                     `Nghị quyết 35`, `Quy chế 827`
//     (the driver keeps these only when the type is capitalised as written)
//   law-type name (số number | date | năm YYYY) ...
//     `Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019`  `Bộ luật Lao động năm 2019`
//     `Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008`  `Hiến pháp năm 2013`
//     (without a number the driver wants `Luật` and the name capitalised)
// The subject clause (`về ...`, `quy định ...`, `phê duyệt ...`) runs to `;`,
// `:`, the end of the sentence, an unmatched `)` or closing quote (a quoted
// title, `về “...”`, ends at its own closing quote), `, hoàn thành` / `, phấn đấu` / `, trước ngày` and the like,
// or the next citation — so that a year inside it (`Chỉ thị 42-CT/TW ... trong
// giai đoạn 2015 - 2030;`) is masked from deadline extraction.
//
// `reference` rejects: a type word with no number (`Nghị quyết Đại hội`,
// `Luật Giáo dục`, `Kế hoạch này`) — no number, no fact; `văn bản số hóa`,
// `báo cáo số liệu` (`số` not followed by a number); numbers that are
// quantities (`kế hoạch 5 năm`, `Kế hoạch 100 ngày`, `Chương trình 2 lần/năm`);
// bare `12/2020` (a month, not a number: a document number has a letter code);
// placeholders of drafts (`Quyết định số .../2025/QĐ-TTg`).
//
// `named_period` accepts the name of a strategy, plan, programme, congress or
// committee followed by its period:
//   `Chiến lược công tác kiểm tra, giám sát của Đảng đến năm 2030`
//   `Đại hội đại biểu Đảng bộ tỉnh lần thứ VI, nhiệm kỳ 2020 - 2025`
//   `Chương trình mục tiêu quốc gia ... giai đoạn 2021 - 2025`
//   `Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050`
//   `đại hội đảng các cấp nhiệm kỳ 2025 - 2030`  `Ban Chấp hành ... khóa XV, nhiệm kỳ 2020-2025`
// and rejects schedules: no head noun (`Phấn đấu đến năm 2025, ...`, `trong
// giai đoạn 2026 - 2030 phấn đấu ...`), a name broken by a clause word
// (`Kế hoạch này đến năm 2025`, `Chương trình ..., trong giai đoạn 2026-2030`,
// `Nghị quyết Đại hội ..., phấn đấu đến năm 2025`, `Đề án ..., đến năm 2025`).
#pragma once

#include <tao/pegtl.hpp>

#include "string.hpp"

namespace vnplan::grammar::references {

namespace pegtl = tao::pegtl;
using namespace pegtl;

// ---- characters and words -----------------------------------------------

struct nbsp : VNPLAN_STRING( "\xC2\xA0" ) {};
struct blank : sor< one< ' ', '\t' >, nbsp > {};
struct sp : plus< blank > {};
struct opt_sp : star< blank > {};

// Letters of Vietnamese (Latin-1 supplement to Latin extended B, and the
// Latin extended additional block) and ASCII letters and digits. Superscript
// footnote marks (U+00B2, U+00B3, U+00B9, U+2070...) are not word characters.
struct word_char : sor< alnum, utf8::range< 0xC0, 0x24F >, utf8::range< 0x1E00, 0x1EFF > > {};
struct word_end : not_at< word_char > {};

template< typename Str >
struct word : seq< Str, word_end > {};

struct superscript_digit : sor< VNPLAN_STRING( "¹" ), VNPLAN_STRING( "²" ), VNPLAN_STRING( "³" ), VNPLAN_STRING( "⁴" ), VNPLAN_STRING( "⁵" ), VNPLAN_STRING( "⁶" ), VNPLAN_STRING( "⁷" ), VNPLAN_STRING( "⁸" ), VNPLAN_STRING( "⁹" ), VNPLAN_STRING( "⁰" ) > {};
struct footnote_mark : plus< superscript_digit > {};

struct dash_char : sor< one< '-' >, VNPLAN_STRING( "–" ), VNPLAN_STRING( "—" ) > {};
struct open_curly : VNPLAN_STRING( "“" ) {};
struct close_curly : VNPLAN_STRING( "”" ) {};

// ---- document types ------------------------------------------------------

// Longer names first: `chương trình hành động` before `chương trình`,
// `thông tư liên tịch` before `thông tư`, `bộ luật` before `luật`.
struct type_name : sor< VNPLAN_STRING( "chương trình hành động" ), VNPLAN_STRING( "thông tư liên tịch" ),
                        VNPLAN_STRING( "nghị quyết" ), VNPLAN_STRING( "chỉ thị" ), VNPLAN_STRING( "quy định" ),
                        VNPLAN_STRING( "kết luận" ), VNPLAN_STRING( "kế hoạch" ), VNPLAN_STRING( "hướng dẫn" ),
                        VNPLAN_STRING( "quyết định" ), VNPLAN_STRING( "bộ luật" ), VNPLAN_STRING( "luật" ),
                        VNPLAN_STRING( "nghị định" ), VNPLAN_STRING( "thông tư" ), VNPLAN_STRING( "chương trình" ),
                        VNPLAN_STRING( "công văn" ), VNPLAN_STRING( "công điện" ), VNPLAN_STRING( "thông báo" ),
                        VNPLAN_STRING( "thông tri" ), VNPLAN_STRING( "đề án" ), VNPLAN_STRING( "quy chế" ),
                        VNPLAN_STRING( "pháp lệnh" ), VNPLAN_STRING( "hiến pháp" ), VNPLAN_STRING( "văn bản" ),
                        VNPLAN_STRING( "báo cáo" ), VNPLAN_STRING( "tờ trình" ) > {};
struct type_word : seq< type_name, word_end > {};

// Types that are cited by a bare short number (`Nghị quyết 35`, `Quy chế 827`,
// `Chương trình 135`); `Văn bản 2`, `Báo cáo 6 tháng` are not citations.
struct bare_type_name : sor< VNPLAN_STRING( "chương trình hành động" ), VNPLAN_STRING( "nghị quyết" ),
                             VNPLAN_STRING( "chỉ thị" ), VNPLAN_STRING( "quy định" ), VNPLAN_STRING( "kết luận" ),
                             VNPLAN_STRING( "kế hoạch" ), VNPLAN_STRING( "hướng dẫn" ), VNPLAN_STRING( "quyết định" ),
                             VNPLAN_STRING( "nghị định" ), VNPLAN_STRING( "chương trình" ), VNPLAN_STRING( "đề án" ),
                             VNPLAN_STRING( "quy chế" ) > {};
struct bare_type_word : seq< bare_type_name, word_end > {};

// Types cited by their name: `Luật Giáo dục`, `Bộ luật Hình sự`,
// `Pháp lệnh Ưu đãi người có công`, `Hiến pháp năm 2013`.
struct law_type_name : sor< VNPLAN_STRING( "bộ luật" ), VNPLAN_STRING( "luật" ), VNPLAN_STRING( "pháp lệnh" ), VNPLAN_STRING( "hiến pháp" ) > {};
struct law_type_word : seq< law_type_name, word_end > {};
struct constitution_word : word< VNPLAN_STRING( "hiến pháp" ) > {};

// `Kế hoạch liên tịch số`, `Quy chế phối hợp số`, `Văn bản hợp nhất số`,
// `Thông báo kết luận số`: the type stays the first word pair.
struct qualifier : seq< sp, sor< word< VNPLAN_STRING( "liên tịch" ) >, word< VNPLAN_STRING( "phối hợp" ) >, word< VNPLAN_STRING( "liên ngành" ) >, word< VNPLAN_STRING( "hợp nhất" ) >, word< VNPLAN_STRING( "kết luận" ) > > > {};

// ---- numbers -------------------------------------------------------------

struct number_digits : rep_min_max< 1, 6, digit > {};
// Letters of a code: `NQ`, `QĐi`, `CTrHĐ`, `UBTVQH15`, `TƯ` (lower-cased).
struct code_letter : sor< alpha, VNPLAN_STRING( "đ" ), VNPLAN_STRING( "ư" ) > {};
struct code_char : sor< code_letter, digit, one< '&' > > {};
struct code_word : plus< code_char > {};
// `-` joins code words; `NQ- TW` and `TTr -STP` are layout accidents kept by
// Word (a blank on one side only: `NĐ-CP - bổ sung` is the end of the number).
// Each further word must end at a word end, so `NĐ-CP-bổ` gives back `-bổ`.
struct code_join : sor< seq< one< '-', '/' >, opt< blank > >, seq< blank, one< '-' >, not_at< blank > > > {};
struct code_more : seq< code_join, code_word, word_end > {};
struct code_tail : seq< code_letter, star< code_char >, star< code_more > > {};

// Party style: `28-NQ/TW`, `08-QĐi/TW`, `120-KH/BTCTU`, `18- NQ/TW`.
struct party_number : seq< number_digits, opt< blank >, one< '-' >, opt< blank >, code_letter, star< code_char >, one< '/' >, code_tail > {};
// State style: `43/2019/QH14`, `99/2019/NĐ-CP`, `2437/QĐ-TTg`, `27/NQ- TW`:
// numeric parts, then a part that starts with a letter.
struct numeric_part : seq< one< '/' >, number_digits, at< one< '/' > > > {};
struct state_number : seq< number_digits, star< numeric_part >, one< '/' >, code_tail > {};
struct full_number : seq< sor< party_number, state_number >, word_end > {};

// A number followed by one of these is a quantity: `kế hoạch 5 năm`,
// `Kế hoạch 100 ngày`, `Chương trình 2 lần`.
struct ngay_word : word< VNPLAN_STRING( "ngày" ) > {};
struct quantity_word : sor< word< VNPLAN_STRING( "năm" ) >, word< VNPLAN_STRING( "tháng" ) >, word< VNPLAN_STRING( "quý" ) >, word< VNPLAN_STRING( "quí" ) >,
                            word< VNPLAN_STRING( "tuần" ) >, word< VNPLAN_STRING( "lần" ) >, word< VNPLAN_STRING( "giờ" ) >, word< VNPLAN_STRING( "người" ) >,
                            word< VNPLAN_STRING( "đồng" ) >, word< VNPLAN_STRING( "triệu" ) >, word< VNPLAN_STRING( "tỷ" ) >, word< VNPLAN_STRING( "tỉ" ) >,
                            word< VNPLAN_STRING( "nghìn" ) >, word< VNPLAN_STRING( "ngàn" ) >, word< VNPLAN_STRING( "ha" ) >, word< VNPLAN_STRING( "km" ) >,
                            word< VNPLAN_STRING( "điểm" ) >, word< VNPLAN_STRING( "nhiệm vụ" ) >, word< VNPLAN_STRING( "chỉ tiêu" ) >, word< VNPLAN_STRING( "nội dung" ) >,
                            word< VNPLAN_STRING( "giải pháp" ) >, word< VNPLAN_STRING( "mục" ) >, word< VNPLAN_STRING( "điều" ) >, word< VNPLAN_STRING( "khoản" ) >,
                            word< VNPLAN_STRING( "chương" ) >, word< VNPLAN_STRING( "trang" ) >, word< VNPLAN_STRING( "bản" ) >, word< VNPLAN_STRING( "văn bản" ) >,
                            word< VNPLAN_STRING( "đảng viên" ) >, word< VNPLAN_STRING( "đơn vị" ) >, word< VNPLAN_STRING( "cơ quan" ) >, word< VNPLAN_STRING( "xã" ) >,
                            seq< ngay_word, not_at< sp, digit > > > {};
// `1374` in `Quy định số 1374 của ...`; not `12/2020`, `3,5`, `18-`, `80%`.
struct short_number : seq< number_digits, not_at< sor< digit, one< '/', '%', '-' >, seq< one< ',', '.' >, digit >, seq< opt_sp, one< '%' > > > >, not_at< sp, quantity_word > > {};
struct bare_number : short_number {};

struct so_word : word< VNPLAN_STRING( "số" ) > {};
struct so_marker : seq< so_word, opt_sp, opt< one< ':', '.' > >, opt_sp > {};

// ---- dates ---------------------------------------------------------------

struct date_day : rep_min_max< 1, 2, digit > {};
struct date_month : rep_min_max< 1, 2, digit > {};
struct date_year : seq< rep< 4, digit >, not_at< digit > > {};
struct date_sep : one< '/', '-', '.' > {};
// 30/12/2019   16-6-2022
struct numeric_date : seq< date_day, date_sep, date_month, date_sep, date_year > {};
// 17 tháng 11 năm 2022
struct thang_word : word< VNPLAN_STRING( "tháng" ) > {};
struct nam_word : word< VNPLAN_STRING( "năm" ) > {};
struct spelled_date : seq< date_day, sp, thang_word, sp, date_month, sp, nam_word, sp, date_year > {};
struct ban_hanh_word : word< VNPLAN_STRING( "ban hành" ) > {};
// `ngày 17 tháng 11 năm 2022`, `, ngày 16/6/2022`, `ban hành ngày ...`, `30/12/2019`
struct date_part : seq< opt< one< ',' > >, sp, opt< ban_hanh_word, sp >, sor< seq< ngay_word, opt_sp, sor< spelled_date, numeric_date > >, numeric_date > > {};

// ---- issuer --------------------------------------------------------------

struct cua_word : word< VNPLAN_STRING( "của" ) > {};
// An issuer named without `của`: `Nghị quyết số 19-NQ/TW Hội nghị lần thứ sáu
// Ban Chấp hành Trung ương khóa XII`.
struct issuer_head : sor< word< VNPLAN_STRING( "hội nghị" ) >, word< VNPLAN_STRING( "ban chấp hành" ) >, word< VNPLAN_STRING( "bộ chính trị" ) >,
                          word< VNPLAN_STRING( "ban bí thư" ) >, word< VNPLAN_STRING( "ban thường vụ" ) >, word< VNPLAN_STRING( "quốc hội" ) >,
                          word< VNPLAN_STRING( "chính phủ" ) >, word< VNPLAN_STRING( "thủ tướng" ) > > {};
// Words that end an issuer: the subject, a date, a verb or linking word of
// the sentence, another citation.
struct subject_head : sor< word< VNPLAN_STRING( "về" ) >, word< VNPLAN_STRING( "quy định" ) >, word< VNPLAN_STRING( "hướng dẫn" ) >,
                           word< VNPLAN_STRING( "phê duyệt" ) >, word< VNPLAN_STRING( "ban hành" ) >, word< VNPLAN_STRING( "sửa đổi" ) >,
                           word< VNPLAN_STRING( "thành lập" ) > > {};
struct issuer_stop : sor< subject_head, ngay_word, type_word, word< VNPLAN_STRING( "và" ) >, word< VNPLAN_STRING( "đã" ) >, word< VNPLAN_STRING( "được" ) >,
                          word< VNPLAN_STRING( "đang" ) >, word< VNPLAN_STRING( "sẽ" ) >, word< VNPLAN_STRING( "trong" ) >, word< VNPLAN_STRING( "đến" ) >,
                          word< VNPLAN_STRING( "từ" ) >, word< VNPLAN_STRING( "theo" ) >, word< VNPLAN_STRING( "nhằm" ) >, word< VNPLAN_STRING( "để" ) >,
                          word< VNPLAN_STRING( "với" ) >, word< VNPLAN_STRING( "gắn" ) >, word< VNPLAN_STRING( "tại" ) >, word< VNPLAN_STRING( "thì" ) >,
                          word< VNPLAN_STRING( "là" ) >, word< VNPLAN_STRING( "cho" ) >, word< VNPLAN_STRING( "có" ) >, word< VNPLAN_STRING( "này" ) >,
                          word< VNPLAN_STRING( "đối" ) >, word< VNPLAN_STRING( "như" ) >, word< VNPLAN_STRING( "phấn đấu" ) >, word< VNPLAN_STRING( "bảo đảm" ) >,
                          word< VNPLAN_STRING( "đảm bảo" ) >, word< VNPLAN_STRING( "giai đoạn" ) >, word< VNPLAN_STRING( "hoàn thành" ) >, word< VNPLAN_STRING( "trước" ) >,
                          word< VNPLAN_STRING( "sau" ) >, word< VNPLAN_STRING( "khi" ) >, word< VNPLAN_STRING( "tiếp tục" ) >, word< VNPLAN_STRING( "thực hiện" ) >,
                          word< VNPLAN_STRING( "triển khai" ) >, word< VNPLAN_STRING( "ở" ) >, word< VNPLAN_STRING( "trên" ) >,
                          word< VNPLAN_STRING( "vào" ) > > {};
// `(khóa I)` belongs to the issuer; `(khi có yêu cầu ...)` does not.
struct khoa_word : sor< word< VNPLAN_STRING( "khóa" ) >, word< VNPLAN_STRING( "khoá" ) > > {};
struct issuer_paren : seq< one< '(' >, opt_sp, khoa_word, star< not_one< '(', ')', '\n' > >, one< ')' > > {};
struct issuer_token : sor< plus< word_char >, issuer_paren > {};
struct issuer_more : seq< sp, not_at< issuer_stop >, issuer_token > {};
// At most 16 words: `của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII`;
// a footnote mark ends it (`của Ban Thường vụ Thành ủy⁵ phù hợp ...`).
struct issuer_words : seq< issuer_token, rep_opt< 15, issuer_more >, opt< footnote_mark > > {};
struct issuer_part : seq< sp, sor< seq< cua_word, sp, not_at< issuer_stop >, issuer_words >, seq< at< issuer_head >, issuer_words > > > {};

// ---- subject clause ------------------------------------------------------

struct quote_group : sor< seq< open_curly, star< not_at< close_curly >, not_one< '\n' > >, close_curly >,
                          seq< one< '"' >, star< not_one< '"', '\n' > >, one< '"' > > > {};
struct paren_group : seq< one< '(' >, star< sor< paren_group, not_one< '(', ')', '\n' > > >, one< ')' > > {};

// After a comma these start a clause of their own, which may carry the
// item's real deadline: `..., hoàn thành trước ngày 31/12/2023`.
struct clause_marker : sor< word< VNPLAN_STRING( "hoàn thành" ) >, word< VNPLAN_STRING( "phấn đấu" ) >, word< VNPLAN_STRING( "trước ngày" ) >,
                            word< VNPLAN_STRING( "chậm nhất" ) >, word< VNPLAN_STRING( "thời gian" ) >, word< VNPLAN_STRING( "thời hạn" ) >,
                            word< VNPLAN_STRING( "xong trước" ) >, word< VNPLAN_STRING( "xong trong" ) > > {};
struct sentence_end : seq< one< '.' >, sor< eof, blank > > {};
struct citation;
struct and_word : word< VNPLAN_STRING( "và" ) > {};
struct next_citation : seq< opt< one< ',' > >, sp, opt< and_word, sp >, citation > {};
struct subject_stop : sor< one< ';', ':', ')', '\n', '"' >, close_curly, sentence_end, seq< one< ',' >, sp, clause_marker >, next_citation > {};
struct subject_char : seq< not_at< subject_stop >, utf8::any > {};
// A run of letters and digits, taken whole: no stop, quote or parenthesis
// starts with one, so `subject_char` would take them one by one, trying
// every stop (a whole citation among them) before each. Same matches.
struct subject_letters : plus< utf8::ranges< U'a', U'z', U'0', U'9', 0xC0, 0x24F, 0x1E00, 0x1EFF > > {};
struct subject_body : star< sor< subject_letters, quote_group, paren_group, subject_char > > {};
// A quoted title is the whole subject: `về “Đẩy mạnh ... giai đoạn 2021 - 2025”`
// ends at its closing quote.
struct subject_part : seq< sp, sor< seq< opt< subject_head, sp >, quote_group >, seq< subject_head, subject_body > > > {};

// ---- the citation --------------------------------------------------------

struct numbered_tail : seq< sp, sor< seq< opt< so_marker >, full_number >, seq< so_marker, short_number > > > {};
struct bare_tail : seq< sp, bare_number > {};
// The name of a law: up to twelve words, commas allowed (`Luật Cán bộ, công
// chức`), never across `số`, a date, another type or a linking word.
struct law_name_stop : sor< so_word, ngay_word, nam_word, type_word, cua_word, subject_head, word< VNPLAN_STRING( "và" ) >, word< VNPLAN_STRING( "này" ) >,
                            word< VNPLAN_STRING( "được" ) >, word< VNPLAN_STRING( "đã" ) >, word< VNPLAN_STRING( "theo" ) >, word< VNPLAN_STRING( "tại" ) >,
                            word< VNPLAN_STRING( "trong" ) >, word< VNPLAN_STRING( "từ" ) >, word< VNPLAN_STRING( "trước" ) >,
                            word< VNPLAN_STRING( "sau" ) >, word< VNPLAN_STRING( "đến" ) >, word< VNPLAN_STRING( "khi" ) >,
                            word< VNPLAN_STRING( "có" ) >, word< VNPLAN_STRING( "với" ) >, word< VNPLAN_STRING( "cho" ) > > {};
struct law_name_token : seq< sp, not_at< law_name_stop >, plus< word_char >, opt< one< ',' > > > {};
struct law_name : seq< law_name_token, rep_opt< 11, law_name_token > > {};
struct law_year : seq< sp, nam_word, sp, date_year > {};
struct law_tail : sor< seq< sp, so_marker, sor< full_number, short_number > >, date_part, law_year > {};

struct citation_end : success {};
struct trailer : seq< opt< footnote_mark >, opt< date_part >, opt< issuer_part >, opt< date_part >, opt< footnote_mark >, citation_end > {};

struct named_citation : seq< law_type_word, law_name, law_tail > {};
struct constitution_citation : seq< constitution_word, opt< law_name >, law_year > {};
struct numbered_citation : seq< type_word, opt< qualifier >, numbered_tail > {};
struct bare_citation : seq< bare_type_word, opt< qualifier >, bare_tail > {};
struct citation : seq< sor< named_citation, constitution_citation, numbered_citation, bare_citation >, trailer > {};

// The top rule: a citation and its subject clause. Matched at a word start,
// not anchored at the end: the driver scans the text.
struct reference : seq< citation, opt< subject_part > > {};

// ---- named periods -------------------------------------------------------

struct year : seq< one< '1', '2' >, rep< 3, digit >, not_at< digit > > {};
struct den_word : word< VNPLAN_STRING( "đến" ) > {};
struct year_range : seq< year, sor< seq< opt_sp, dash_char, opt_sp >, seq< sp, den_word, sp, opt< nam_word, sp > > >, year > {};
struct until_year : seq< den_word, sp, opt< word< VNPLAN_STRING( "hết" ) >, sp >, nam_word, sp, year > {};
struct term_word : sor< word< VNPLAN_STRING( "nhiệm kỳ" ) >, word< VNPLAN_STRING( "nhiệm kì" ) > > {};
struct span_word : sor< word< VNPLAN_STRING( "giai đoạn" ) >, word< VNPLAN_STRING( "thời kỳ" ) >, word< VNPLAN_STRING( "thời kì" ) >, term_word > {};
struct vision_word : sor< word< VNPLAN_STRING( "tầm nhìn" ) >, word< VNPLAN_STRING( "định hướng" ) > > {};
struct period_phrase : sor< until_year, seq< span_word, sp, year_range >, seq< vision_word, sp, until_year > > {};
struct term_phrase : seq< term_word, sp, year_range > {};

// Heads of names: documents, strategies, programmes, congresses.
struct name_head : sor< word< VNPLAN_STRING( "chiến lược" ) >, word< VNPLAN_STRING( "quy hoạch" ) >, word< VNPLAN_STRING( "chương trình" ) >,
                        word< VNPLAN_STRING( "kế hoạch" ) >, word< VNPLAN_STRING( "đề án" ) >, word< VNPLAN_STRING( "dự án" ) >,
                        word< VNPLAN_STRING( "nghị quyết" ) >, word< VNPLAN_STRING( "văn kiện" ) >, word< VNPLAN_STRING( "đại hội" ) >,
                        word< VNPLAN_STRING( "phong trào" ) >, word< VNPLAN_STRING( "cuộc vận động" ) > > {};
// Heads that only carry a term: `Ban Chấp hành Đảng bộ tỉnh khóa XV, nhiệm kỳ 2020 - 2025`.
struct term_head : sor< word< VNPLAN_STRING( "ban chấp hành" ) >, word< VNPLAN_STRING( "ban thường vụ" ) >, word< VNPLAN_STRING( "hội đồng nhân dân" ) >,
                        word< VNPLAN_STRING( "hđnd" ) >, word< VNPLAN_STRING( "cấp ủy" ) >, word< VNPLAN_STRING( "cấp uỷ" ) >,
                        word< VNPLAN_STRING( "đảng bộ" ) > > {};

// Words that start a clause of the sentence: the name has ended and what
// follows is what the item does or when.
struct name_stop_word : sor< word< VNPLAN_STRING( "phấn đấu" ) >, word< VNPLAN_STRING( "bảo đảm" ) >, word< VNPLAN_STRING( "đảm bảo" ) >,
                             word< VNPLAN_STRING( "hoàn thành" ) >, word< VNPLAN_STRING( "trong" ) >, word< VNPLAN_STRING( "này" ) >,
                             word< VNPLAN_STRING( "đạt" ) >, word< VNPLAN_STRING( "để" ) >, word< VNPLAN_STRING( "nhằm" ) >,
                             word< VNPLAN_STRING( "trước" ) >, word< VNPLAN_STRING( "từ" ) >, word< VNPLAN_STRING( "thì" ) >,
                             word< VNPLAN_STRING( "sẽ" ) >, word< VNPLAN_STRING( "thực hiện" ) >, word< VNPLAN_STRING( "triển khai" ) >,
                             word< VNPLAN_STRING( "chậm nhất" ) >, word< VNPLAN_STRING( "xong" ) >, word< VNPLAN_STRING( "trên" ) > > {};
struct name_stop : sor< seq< sp, name_stop_word >, seq< one< ',' >, sp, sor< den_word, word< VNPLAN_STRING( "mục tiêu" ) > > > > {};
struct name_punct : sor< one< ',', '-', '/', '&', '\'', '"' >, VNPLAN_STRING( "–" ), open_curly, close_curly, superscript_digit, seq< one< '.' >, digit > > {};
struct name_token : sor< sp, plus< word_char >, name_punct > {};
// `, tầm nhìn đến năm 2050` and `, nhiệm kỳ 2020 - 2025` continue a name;
// `, đến năm 2025` starts a schedule.
struct period_lead : sor< seq< sp, period_phrase >, seq< one< ',' >, sp, not_at< den_word >, period_phrase > > {};
struct term_lead : seq< opt< one< ',' > >, sp, term_phrase > {};
// At most 60 tokens (words, spaces, punctuation) between head and period.
struct name_body : rep_opt< 60, not_at< period_lead >, not_at< name_stop >, name_token > {};
struct term_body : rep_opt< 40, not_at< term_lead >, not_at< name_stop >, name_token > {};
struct vision_tail : star< period_lead > {};
// A head followed by a number is a citation (`Nghị quyết số 57-NQ/TW ...`,
// `Kế hoạch 223/KH-UBND ...`): `reference` decides how far that reaches.
struct numbered_next : seq< sp, sor< so_word, digit > > {};
struct named_period : sor< seq< name_head, not_at< numbered_next >, name_body, period_lead, vision_tail >, seq< term_head, term_body, term_lead > > {};

}  // namespace vnplan::grammar::references
