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

namespace vnplan::grammar::references {

namespace pegtl = tao::pegtl;
using namespace pegtl;

// ---- characters and words -----------------------------------------------

struct nbsp : TAO_PEGTL_STRING( "\xC2\xA0" ) {};
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

struct superscript_digit : sor< TAO_PEGTL_STRING( "¹" ), TAO_PEGTL_STRING( "²" ), TAO_PEGTL_STRING( "³" ), TAO_PEGTL_STRING( "⁴" ), TAO_PEGTL_STRING( "⁵" ), TAO_PEGTL_STRING( "⁶" ), TAO_PEGTL_STRING( "⁷" ), TAO_PEGTL_STRING( "⁸" ), TAO_PEGTL_STRING( "⁹" ), TAO_PEGTL_STRING( "⁰" ) > {};
struct footnote_mark : plus< superscript_digit > {};

struct dash_char : sor< one< '-' >, TAO_PEGTL_STRING( "–" ), TAO_PEGTL_STRING( "—" ) > {};
struct open_curly : TAO_PEGTL_STRING( "“" ) {};
struct close_curly : TAO_PEGTL_STRING( "”" ) {};

// ---- document types ------------------------------------------------------

// Longer names first: `chương trình hành động` before `chương trình`,
// `thông tư liên tịch` before `thông tư`, `bộ luật` before `luật`.
struct type_name : sor< TAO_PEGTL_STRING( "chương trình hành động" ), TAO_PEGTL_STRING( "thông tư liên tịch" ),
                        TAO_PEGTL_STRING( "nghị quyết" ), TAO_PEGTL_STRING( "chỉ thị" ), TAO_PEGTL_STRING( "quy định" ),
                        TAO_PEGTL_STRING( "kết luận" ), TAO_PEGTL_STRING( "kế hoạch" ), TAO_PEGTL_STRING( "hướng dẫn" ),
                        TAO_PEGTL_STRING( "quyết định" ), TAO_PEGTL_STRING( "bộ luật" ), TAO_PEGTL_STRING( "luật" ),
                        TAO_PEGTL_STRING( "nghị định" ), TAO_PEGTL_STRING( "thông tư" ), TAO_PEGTL_STRING( "chương trình" ),
                        TAO_PEGTL_STRING( "công văn" ), TAO_PEGTL_STRING( "công điện" ), TAO_PEGTL_STRING( "thông báo" ),
                        TAO_PEGTL_STRING( "thông tri" ), TAO_PEGTL_STRING( "đề án" ), TAO_PEGTL_STRING( "quy chế" ),
                        TAO_PEGTL_STRING( "pháp lệnh" ), TAO_PEGTL_STRING( "hiến pháp" ), TAO_PEGTL_STRING( "văn bản" ),
                        TAO_PEGTL_STRING( "báo cáo" ), TAO_PEGTL_STRING( "tờ trình" ) > {};
struct type_word : seq< type_name, word_end > {};

// Types that are cited by a bare short number (`Nghị quyết 35`, `Quy chế 827`,
// `Chương trình 135`); `Văn bản 2`, `Báo cáo 6 tháng` are not citations.
struct bare_type_name : sor< TAO_PEGTL_STRING( "chương trình hành động" ), TAO_PEGTL_STRING( "nghị quyết" ),
                             TAO_PEGTL_STRING( "chỉ thị" ), TAO_PEGTL_STRING( "quy định" ), TAO_PEGTL_STRING( "kết luận" ),
                             TAO_PEGTL_STRING( "kế hoạch" ), TAO_PEGTL_STRING( "hướng dẫn" ), TAO_PEGTL_STRING( "quyết định" ),
                             TAO_PEGTL_STRING( "nghị định" ), TAO_PEGTL_STRING( "chương trình" ), TAO_PEGTL_STRING( "đề án" ),
                             TAO_PEGTL_STRING( "quy chế" ) > {};
struct bare_type_word : seq< bare_type_name, word_end > {};

// Types cited by their name: `Luật Giáo dục`, `Bộ luật Hình sự`,
// `Pháp lệnh Ưu đãi người có công`, `Hiến pháp năm 2013`.
struct law_type_name : sor< TAO_PEGTL_STRING( "bộ luật" ), TAO_PEGTL_STRING( "luật" ), TAO_PEGTL_STRING( "pháp lệnh" ), TAO_PEGTL_STRING( "hiến pháp" ) > {};
struct law_type_word : seq< law_type_name, word_end > {};
struct constitution_word : word< TAO_PEGTL_STRING( "hiến pháp" ) > {};

// `Kế hoạch liên tịch số`, `Quy chế phối hợp số`, `Văn bản hợp nhất số`,
// `Thông báo kết luận số`: the type stays the first word pair.
struct qualifier : seq< sp, sor< word< TAO_PEGTL_STRING( "liên tịch" ) >, word< TAO_PEGTL_STRING( "phối hợp" ) >, word< TAO_PEGTL_STRING( "liên ngành" ) >, word< TAO_PEGTL_STRING( "hợp nhất" ) >, word< TAO_PEGTL_STRING( "kết luận" ) > > > {};

// ---- numbers -------------------------------------------------------------

struct number_digits : rep_min_max< 1, 6, digit > {};
// Letters of a code: `NQ`, `QĐi`, `CTrHĐ`, `UBTVQH15`, `TƯ` (lower-cased).
struct code_letter : sor< alpha, TAO_PEGTL_STRING( "đ" ), TAO_PEGTL_STRING( "ư" ) > {};
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
struct ngay_word : word< TAO_PEGTL_STRING( "ngày" ) > {};
struct quantity_word : sor< word< TAO_PEGTL_STRING( "năm" ) >, word< TAO_PEGTL_STRING( "tháng" ) >, word< TAO_PEGTL_STRING( "quý" ) >, word< TAO_PEGTL_STRING( "quí" ) >,
                            word< TAO_PEGTL_STRING( "tuần" ) >, word< TAO_PEGTL_STRING( "lần" ) >, word< TAO_PEGTL_STRING( "giờ" ) >, word< TAO_PEGTL_STRING( "người" ) >,
                            word< TAO_PEGTL_STRING( "đồng" ) >, word< TAO_PEGTL_STRING( "triệu" ) >, word< TAO_PEGTL_STRING( "tỷ" ) >, word< TAO_PEGTL_STRING( "tỉ" ) >,
                            word< TAO_PEGTL_STRING( "nghìn" ) >, word< TAO_PEGTL_STRING( "ngàn" ) >, word< TAO_PEGTL_STRING( "ha" ) >, word< TAO_PEGTL_STRING( "km" ) >,
                            word< TAO_PEGTL_STRING( "điểm" ) >, word< TAO_PEGTL_STRING( "nhiệm vụ" ) >, word< TAO_PEGTL_STRING( "chỉ tiêu" ) >, word< TAO_PEGTL_STRING( "nội dung" ) >,
                            word< TAO_PEGTL_STRING( "giải pháp" ) >, word< TAO_PEGTL_STRING( "mục" ) >, word< TAO_PEGTL_STRING( "điều" ) >, word< TAO_PEGTL_STRING( "khoản" ) >,
                            word< TAO_PEGTL_STRING( "chương" ) >, word< TAO_PEGTL_STRING( "trang" ) >, word< TAO_PEGTL_STRING( "bản" ) >, word< TAO_PEGTL_STRING( "văn bản" ) >,
                            word< TAO_PEGTL_STRING( "đảng viên" ) >, word< TAO_PEGTL_STRING( "đơn vị" ) >, word< TAO_PEGTL_STRING( "cơ quan" ) >, word< TAO_PEGTL_STRING( "xã" ) >,
                            seq< ngay_word, not_at< sp, digit > > > {};
// `1374` in `Quy định số 1374 của ...`; not `12/2020`, `3,5`, `18-`, `80%`.
struct short_number : seq< number_digits, not_at< sor< digit, one< '/', '%', '-' >, seq< one< ',', '.' >, digit >, seq< opt_sp, one< '%' > > > >, not_at< sp, quantity_word > > {};
struct bare_number : short_number {};

struct so_word : word< TAO_PEGTL_STRING( "số" ) > {};
struct so_marker : seq< so_word, opt_sp, opt< one< ':', '.' > >, opt_sp > {};

// ---- dates ---------------------------------------------------------------

struct date_day : rep_min_max< 1, 2, digit > {};
struct date_month : rep_min_max< 1, 2, digit > {};
struct date_year : seq< rep< 4, digit >, not_at< digit > > {};
struct date_sep : one< '/', '-', '.' > {};
// 30/12/2019   16-6-2022
struct numeric_date : seq< date_day, date_sep, date_month, date_sep, date_year > {};
// 17 tháng 11 năm 2022
struct thang_word : word< TAO_PEGTL_STRING( "tháng" ) > {};
struct nam_word : word< TAO_PEGTL_STRING( "năm" ) > {};
struct spelled_date : seq< date_day, sp, thang_word, sp, date_month, sp, nam_word, sp, date_year > {};
struct ban_hanh_word : word< TAO_PEGTL_STRING( "ban hành" ) > {};
// `ngày 17 tháng 11 năm 2022`, `, ngày 16/6/2022`, `ban hành ngày ...`, `30/12/2019`
struct date_part : seq< opt< one< ',' > >, sp, opt< ban_hanh_word, sp >, sor< seq< ngay_word, opt_sp, sor< spelled_date, numeric_date > >, numeric_date > > {};

// ---- issuer --------------------------------------------------------------

struct cua_word : word< TAO_PEGTL_STRING( "của" ) > {};
// An issuer named without `của`: `Nghị quyết số 19-NQ/TW Hội nghị lần thứ sáu
// Ban Chấp hành Trung ương khóa XII`.
struct issuer_head : sor< word< TAO_PEGTL_STRING( "hội nghị" ) >, word< TAO_PEGTL_STRING( "ban chấp hành" ) >, word< TAO_PEGTL_STRING( "bộ chính trị" ) >,
                          word< TAO_PEGTL_STRING( "ban bí thư" ) >, word< TAO_PEGTL_STRING( "ban thường vụ" ) >, word< TAO_PEGTL_STRING( "quốc hội" ) >,
                          word< TAO_PEGTL_STRING( "chính phủ" ) >, word< TAO_PEGTL_STRING( "thủ tướng" ) > > {};
// Words that end an issuer: the subject, a date, a verb or linking word of
// the sentence, another citation.
struct subject_head : sor< word< TAO_PEGTL_STRING( "về" ) >, word< TAO_PEGTL_STRING( "quy định" ) >, word< TAO_PEGTL_STRING( "hướng dẫn" ) >,
                           word< TAO_PEGTL_STRING( "phê duyệt" ) >, word< TAO_PEGTL_STRING( "ban hành" ) >, word< TAO_PEGTL_STRING( "sửa đổi" ) >,
                           word< TAO_PEGTL_STRING( "thành lập" ) > > {};
struct issuer_stop : sor< subject_head, ngay_word, type_word, word< TAO_PEGTL_STRING( "và" ) >, word< TAO_PEGTL_STRING( "đã" ) >, word< TAO_PEGTL_STRING( "được" ) >,
                          word< TAO_PEGTL_STRING( "đang" ) >, word< TAO_PEGTL_STRING( "sẽ" ) >, word< TAO_PEGTL_STRING( "trong" ) >, word< TAO_PEGTL_STRING( "đến" ) >,
                          word< TAO_PEGTL_STRING( "từ" ) >, word< TAO_PEGTL_STRING( "theo" ) >, word< TAO_PEGTL_STRING( "nhằm" ) >, word< TAO_PEGTL_STRING( "để" ) >,
                          word< TAO_PEGTL_STRING( "với" ) >, word< TAO_PEGTL_STRING( "gắn" ) >, word< TAO_PEGTL_STRING( "tại" ) >, word< TAO_PEGTL_STRING( "thì" ) >,
                          word< TAO_PEGTL_STRING( "là" ) >, word< TAO_PEGTL_STRING( "cho" ) >, word< TAO_PEGTL_STRING( "có" ) >, word< TAO_PEGTL_STRING( "này" ) >,
                          word< TAO_PEGTL_STRING( "đối" ) >, word< TAO_PEGTL_STRING( "như" ) >, word< TAO_PEGTL_STRING( "phấn đấu" ) >, word< TAO_PEGTL_STRING( "bảo đảm" ) >,
                          word< TAO_PEGTL_STRING( "đảm bảo" ) >, word< TAO_PEGTL_STRING( "giai đoạn" ) >, word< TAO_PEGTL_STRING( "hoàn thành" ) >, word< TAO_PEGTL_STRING( "trước" ) >,
                          word< TAO_PEGTL_STRING( "sau" ) >, word< TAO_PEGTL_STRING( "khi" ) >, word< TAO_PEGTL_STRING( "tiếp tục" ) >, word< TAO_PEGTL_STRING( "thực hiện" ) >,
                          word< TAO_PEGTL_STRING( "triển khai" ) >, word< TAO_PEGTL_STRING( "ở" ) >, word< TAO_PEGTL_STRING( "trên" ) >,
                          word< TAO_PEGTL_STRING( "vào" ) > > {};
// `(khóa I)` belongs to the issuer; `(khi có yêu cầu ...)` does not.
struct khoa_word : sor< word< TAO_PEGTL_STRING( "khóa" ) >, word< TAO_PEGTL_STRING( "khoá" ) > > {};
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
struct clause_marker : sor< word< TAO_PEGTL_STRING( "hoàn thành" ) >, word< TAO_PEGTL_STRING( "phấn đấu" ) >, word< TAO_PEGTL_STRING( "trước ngày" ) >,
                            word< TAO_PEGTL_STRING( "chậm nhất" ) >, word< TAO_PEGTL_STRING( "thời gian" ) >, word< TAO_PEGTL_STRING( "thời hạn" ) >,
                            word< TAO_PEGTL_STRING( "xong trước" ) >, word< TAO_PEGTL_STRING( "xong trong" ) > > {};
struct sentence_end : seq< one< '.' >, sor< eof, blank > > {};
struct citation;
struct and_word : word< TAO_PEGTL_STRING( "và" ) > {};
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
struct law_name_stop : sor< so_word, ngay_word, nam_word, type_word, cua_word, subject_head, word< TAO_PEGTL_STRING( "và" ) >, word< TAO_PEGTL_STRING( "này" ) >,
                            word< TAO_PEGTL_STRING( "được" ) >, word< TAO_PEGTL_STRING( "đã" ) >, word< TAO_PEGTL_STRING( "theo" ) >, word< TAO_PEGTL_STRING( "tại" ) >,
                            word< TAO_PEGTL_STRING( "trong" ) >, word< TAO_PEGTL_STRING( "từ" ) >, word< TAO_PEGTL_STRING( "trước" ) >,
                            word< TAO_PEGTL_STRING( "sau" ) >, word< TAO_PEGTL_STRING( "đến" ) >, word< TAO_PEGTL_STRING( "khi" ) >,
                            word< TAO_PEGTL_STRING( "có" ) >, word< TAO_PEGTL_STRING( "với" ) >, word< TAO_PEGTL_STRING( "cho" ) > > {};
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
struct den_word : word< TAO_PEGTL_STRING( "đến" ) > {};
struct year_range : seq< year, sor< seq< opt_sp, dash_char, opt_sp >, seq< sp, den_word, sp, opt< nam_word, sp > > >, year > {};
struct until_year : seq< den_word, sp, opt< word< TAO_PEGTL_STRING( "hết" ) >, sp >, nam_word, sp, year > {};
struct term_word : sor< word< TAO_PEGTL_STRING( "nhiệm kỳ" ) >, word< TAO_PEGTL_STRING( "nhiệm kì" ) > > {};
struct span_word : sor< word< TAO_PEGTL_STRING( "giai đoạn" ) >, word< TAO_PEGTL_STRING( "thời kỳ" ) >, word< TAO_PEGTL_STRING( "thời kì" ) >, term_word > {};
struct vision_word : sor< word< TAO_PEGTL_STRING( "tầm nhìn" ) >, word< TAO_PEGTL_STRING( "định hướng" ) > > {};
struct period_phrase : sor< until_year, seq< span_word, sp, year_range >, seq< vision_word, sp, until_year > > {};
struct term_phrase : seq< term_word, sp, year_range > {};

// Heads of names: documents, strategies, programmes, congresses.
struct name_head : sor< word< TAO_PEGTL_STRING( "chiến lược" ) >, word< TAO_PEGTL_STRING( "quy hoạch" ) >, word< TAO_PEGTL_STRING( "chương trình" ) >,
                        word< TAO_PEGTL_STRING( "kế hoạch" ) >, word< TAO_PEGTL_STRING( "đề án" ) >, word< TAO_PEGTL_STRING( "dự án" ) >,
                        word< TAO_PEGTL_STRING( "nghị quyết" ) >, word< TAO_PEGTL_STRING( "văn kiện" ) >, word< TAO_PEGTL_STRING( "đại hội" ) >,
                        word< TAO_PEGTL_STRING( "phong trào" ) >, word< TAO_PEGTL_STRING( "cuộc vận động" ) > > {};
// Heads that only carry a term: `Ban Chấp hành Đảng bộ tỉnh khóa XV, nhiệm kỳ 2020 - 2025`.
struct term_head : sor< word< TAO_PEGTL_STRING( "ban chấp hành" ) >, word< TAO_PEGTL_STRING( "ban thường vụ" ) >, word< TAO_PEGTL_STRING( "hội đồng nhân dân" ) >,
                        word< TAO_PEGTL_STRING( "hđnd" ) >, word< TAO_PEGTL_STRING( "cấp ủy" ) >, word< TAO_PEGTL_STRING( "cấp uỷ" ) >,
                        word< TAO_PEGTL_STRING( "đảng bộ" ) > > {};

// Words that start a clause of the sentence: the name has ended and what
// follows is what the item does or when.
struct name_stop_word : sor< word< TAO_PEGTL_STRING( "phấn đấu" ) >, word< TAO_PEGTL_STRING( "bảo đảm" ) >, word< TAO_PEGTL_STRING( "đảm bảo" ) >,
                             word< TAO_PEGTL_STRING( "hoàn thành" ) >, word< TAO_PEGTL_STRING( "trong" ) >, word< TAO_PEGTL_STRING( "này" ) >,
                             word< TAO_PEGTL_STRING( "đạt" ) >, word< TAO_PEGTL_STRING( "để" ) >, word< TAO_PEGTL_STRING( "nhằm" ) >,
                             word< TAO_PEGTL_STRING( "trước" ) >, word< TAO_PEGTL_STRING( "từ" ) >, word< TAO_PEGTL_STRING( "thì" ) >,
                             word< TAO_PEGTL_STRING( "sẽ" ) >, word< TAO_PEGTL_STRING( "thực hiện" ) >, word< TAO_PEGTL_STRING( "triển khai" ) >,
                             word< TAO_PEGTL_STRING( "chậm nhất" ) >, word< TAO_PEGTL_STRING( "xong" ) >, word< TAO_PEGTL_STRING( "trên" ) > > {};
struct name_stop : sor< seq< sp, name_stop_word >, seq< one< ',' >, sp, sor< den_word, word< TAO_PEGTL_STRING( "mục tiêu" ) > > > > {};
struct name_punct : sor< one< ',', '-', '/', '&', '\'', '"' >, TAO_PEGTL_STRING( "–" ), open_curly, close_curly, superscript_digit, seq< one< '.' >, digit > > {};
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
