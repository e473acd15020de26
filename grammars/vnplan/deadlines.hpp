// Deadline grammar: the phrases that say when a task is due, one rule per
// kind of DESIGN.md ("Deadlines: what phrases mean"). Dates come from dates.hpp.
//
// Input is ICU-lower-cased NFC text, as for dates.hpp; `hằng`/`hàng`,
// `quý`/`quí`, `kỳ`/`kì` are all accepted. Each rule matches at the start of
// a word; lib/extract/deadlines.cpp tries every kind at every word start and
// keeps the longest. Accepts, by kind:
//   before       `trước ngày 31/12/2020` `hoàn thành trước ngày 18 tháng 10 năm 2024`
//                `trước quý ii/2025` `chậm nhất ngày 17 tháng 12` `chậm nhất là ngày 5/1/2025`
//   on           `ngày 15/3/2024` `vào ngày 15 tháng 3 năm 2024`
//   within       `trong năm 2023` `hoàn thành trong năm 2023` `vào năm 2023`
//                `trong quý iii năm 2023` `xong trong tháng 12/2025` `trong quý i`
//                `trong 6 tháng đầu năm 2024` `trong năm học 2025 - 2026`
//                and, without a preposition, periods that carry a year:
//                `tháng 6/2024` `quí iv-2025` `6 tháng đầu năm 2024` `quý i, ii năm 2026`
//   by           `đến năm 2025` `đến hết năm 2025` `chậm nhất năm 2025`
//                `chậm nhất tháng 6` `từ nay đến hết năm 2025` `đến ngày 31/12/2025`
//   from         `từ năm 2022` `thực hiện từ năm 2022` `từ tháng 10/2025`
//                `kể từ ngày 01/01/2025` `từ tháng 11/2013 trở đi`
//   open_ended   `năm 2025 và các năm tiếp theo`
//                `giai đoạn 2026-2030 và những năm tiếp theo` (a from)
//   period       `giai đoạn 2022 - 2026` `nhiệm kỳ 2020 - 2025` `đến năm 2025 – 2030`
//                `từ ngày 15/11/2025 đến ngày 15/12/2025` `từ tháng 3 đến tháng 10 năm 2026`
//                `từ ngày 24 đến ngày 26 tháng 8 năm 2020`
//                `tháng 11 - 12/2025` `quý iv/2025- quý ii/2026` `2026-2030`
//   recurring    `hằng năm` `hàng năm` `định kỳ hằng năm` `hằng quý` `hằng tháng`
//                `quý iv hằng năm` `hoàn thành trong quý iv hằng năm`
//                `trước ngày 20 hằng tháng` `trước ngày 30 tháng 11 hàng năm`
//                `từ tháng 3 đến tháng 11 hằng năm` `định kỳ 6 tháng`
//   ongoing      `thường xuyên` `thực hiện thường xuyên` `thường xuyên, liên tục`
//                (the rule matches every occurrence; the extractor keeps only
//                those that stand as the schedule, see deadlines.cpp)
//   conditional  `sau khi có hướng dẫn của tỉnh` `khi có yêu cầu của thành ủy`
//                `khi được yêu cầu`: the clause runs to the next `)` `,` `;` `.` `:`
//                or `để`
// Only in a schedule field (`Thời gian hoàn thành: ...`), where a bare value
// is the schedule: `năm 2025` `năm học 2025 - 2026` `quý ii` `tháng 6`
// (schedule_within) and `31/12/2025` (schedule_on).
// Deliberately rejected: a bare `năm 2024` in running text (`chủ đề năm 2024`
// names a theme, not a deadline), `ngày` with no date (`kể từ ngày Sở Nội vụ
// tiếp nhận`), `trước khi`, `từ 05 ngày làm việc`, `theo hướng dẫn của tỉnh`
// (a manner, not a condition), `thường xuyên` glued to a verb (`thường xuyên
// kiểm tra` is an adverb), `hằng tuần`/`hằng ngày` (no recurrence of the model).
#pragma once

#include <tao/pegtl.hpp>

#include "dates.hpp"
#include "string.hpp"

namespace vnplan::grammar::deadlines {

using namespace tao::pegtl;
using dates::opt_sp;
using dates::range_dash;
using dates::sp;
using dates::word_end;

// ---- words --------------------------------------------------------------

struct kw_before : VNPLAN_STRING( "trước" ) {};
struct kw_latest : seq< VNPLAN_STRING( "chậm nhất" ), opt< seq< sp, VNPLAN_STRING( "là" ) > > > {};
struct kw_to : VNPLAN_STRING( "đến" ) {};
struct kw_end : VNPLAN_STRING( "hết" ) {};
struct kw_from : sor< VNPLAN_STRING( "kể từ" ), VNPLAN_STRING( "bắt đầu từ" ), VNPLAN_STRING( "từ" ) > {};
struct kw_in : sor< VNPLAN_STRING( "trong" ), VNPLAN_STRING( "vào" ) > {};
struct kw_at : VNPLAN_STRING( "vào" ) {};
struct kw_now : VNPLAN_STRING( "nay" ) {};
struct kw_of : VNPLAN_STRING( "của" ) {};
struct kw_periodic : sor< VNPLAN_STRING( "định kỳ" ), VNPLAN_STRING( "định kì" ) > {};
struct kw_every : sor< VNPLAN_STRING( "hằng" ), VNPLAN_STRING( "hàng" ) > {};
struct kw_stage : sor< VNPLAN_STRING( "giai đoạn" ), VNPLAN_STRING( "nhiệm kỳ" ), VNPLAN_STRING( "nhiệm kì" ),
                       VNPLAN_STRING( "thời kỳ" ), VNPLAN_STRING( "thời kì" ) > {};

// The verb a deadline phrase often starts with; kept in the phrase's text
// because DESIGN.md quotes it (`hoàn thành trong năm 2023`).
struct lead_verb : sor< VNPLAN_STRING( "hoàn thành" ), VNPLAN_STRING( "thực hiện" ), VNPLAN_STRING( "triển khai" ),
                        VNPLAN_STRING( "xong" ) > {};
struct lead_in : opt< seq< lead_verb, sp > > {};

// `đến`, `đến hết`, `cho đến`, `tính đến`, `từ nay đến (hết)`
struct until : seq< opt< seq< sor< VNPLAN_STRING( "cho" ), VNPLAN_STRING( "tính" ), seq< VNPLAN_STRING( "từ" ), sp, kw_now > >, sp > >,
                    kw_to, opt< seq< sp, kw_end > > > {};

// `ngày 20`: of every month, or the first day of `từ ngày 24 đến ngày 26
// tháng 8 năm 2020`, which takes its month and year from the last.
struct day_of_month : seq< dates::kw_day, sp, dates::day_number, not_at< dates::numeric_sep, digit > > {};

// A period that is not a single day (a day after `chậm nhất` is a before).
struct coarse_date : sor< dates::school_year, dates::year_date, dates::half_year, dates::quarter_date, dates::month_date > {};

// ---- before / on / within / by / from -----------------------------------

struct before_plain : seq< kw_before, sp, dates::single_date > {};
struct before_latest : seq< kw_latest, sp, opt< seq< kw_at, sp > >, dates::day_date > {};
struct deadline_before : seq< lead_in, sor< before_plain, before_latest > > {};

struct deadline_on : seq< opt< seq< kw_in, sp > >, dates::day_with_word > {};

struct within_said : seq< kw_in, sp, coarse_date > {};
struct within_bare : sor< dates::half_with_year, dates::quarter_with_year, dates::month_with_year > {};
struct deadline_within : seq< lead_in, sor< within_said, within_bare > > {};

struct by_until : seq< until, sp, dates::single_date > {};
struct by_latest : seq< kw_latest, opt< seq< sp, VNPLAN_STRING( "trong" ) > >, sp, coarse_date > {};
struct deadline_by : seq< lead_in, sor< by_until, by_latest > > {};

struct from_onwards : seq< sp, VNPLAN_STRING( "trở đi" ), word_end > {};
struct deadline_from : seq< lead_in, kw_from, sp, dates::single_date, opt< from_onwards > > {};

// `và các năm tiếp theo`, `và những năm tiếp theo`, `và tiếp theo`, `trở đi`
struct open_end : sor< seq< dates::kw_and, sp, sor< VNPLAN_STRING( "các" ), VNPLAN_STRING( "những" ) >, sp, dates::kw_year, sp,
                            VNPLAN_STRING( "tiếp theo" ) >,
                       seq< dates::kw_and, sp, VNPLAN_STRING( "tiếp theo" ) >, VNPLAN_STRING( "trở đi" ) > {};
struct open_start : sor< seq< opt< seq< kw_in, sp > >, kw_stage, sp, dates::year_range >, dates::any_date > {};
struct deadline_open_ended : seq< lead_in, opt< seq< sor< kw_from, kw_in >, sp > >, open_start, sp, open_end, word_end > {};

// ---- period -------------------------------------------------------------

struct period_stage : seq< lead_in, opt< seq< kw_in, sp > >, kw_stage, sp, dates::year_range > {};
struct period_years : seq< lead_in, opt< seq< until, sp > >, dates::year_span > {};
struct period_from_to : seq< lead_in, kw_from, sp, sor< dates::any_date, day_of_month >, sp, until, sp, dates::any_date > {};
struct period_quarters : seq< dates::quarter_date, range_dash, dates::quarter_date > {};
struct period_months : seq< dates::month_date, range_dash, dates::month_date > {};
struct period_days : seq< dates::numeric_dmy, range_dash, dates::numeric_dmy > {};
struct deadline_period : sor< period_stage, period_years, period_from_to, dates::month_range, period_quarters, period_months, period_days,
                              dates::year_range > {};

// ---- recurring ----------------------------------------------------------

struct every_year : seq< kw_every, sp, dates::kw_year, word_end > {};
struct every_quarter : seq< kw_every, sp, dates::kw_quarter, word_end > {};
struct every_month : seq< kw_every, sp, dates::kw_month, word_end > {};
struct recurrence : sor< every_year, every_quarter, every_month > {};
// định kỳ 6 tháng, định kỳ 03 tháng: the count of months says how often.
struct period_months_count : seq< rep_min_max< 1, 2, digit >, not_at< digit > > {};
struct every_n_months : seq< kw_periodic, sp, period_months_count, sp, dates::kw_month, word_end > {};

struct anchor_span : seq< kw_from, sp, dates::month_date, sp, until, sp, dates::month_date > {};
struct recurring_anchor : sor< anchor_span, dates::day_date, day_of_month, dates::quarter_date, dates::month_range, dates::month_date > {};
struct anchored_recurrence
    : seq< opt< seq< kw_periodic, sp > >, lead_in, opt< seq< sor< kw_before, kw_latest, kw_in >, sp > >, recurring_anchor, sp,
           opt< seq< kw_of, sp > >, recurrence > {};
struct plain_recurrence : seq< opt< seq< kw_periodic, sp > >, recurrence > {};
struct deadline_recurring : sor< anchored_recurrence, plain_recurrence, every_n_months > {};

// ---- ongoing, conditional -----------------------------------------------

struct ongoing_verb : sor< VNPLAN_STRING( "thực hiện" ), VNPLAN_STRING( "triển khai" ), VNPLAN_STRING( "tiến hành" ) > {};
struct regularly : seq< VNPLAN_STRING( "thường xuyên" ), word_end > {};
struct continuously : seq< opt_sp, one< ',' >, sp, VNPLAN_STRING( "liên tục" ), word_end > {};
struct deadline_ongoing : seq< opt< seq< ongoing_verb, sp > >, regularly, opt< continuously > > {};

struct condition_noun : sor< VNPLAN_STRING( "yêu cầu" ), VNPLAN_STRING( "hướng dẫn" ), VNPLAN_STRING( "chỉ đạo" ),
                             VNPLAN_STRING( "ý kiến" ), VNPLAN_STRING( "quyết định" ), VNPLAN_STRING( "văn bản" ),
                             VNPLAN_STRING( "kết luận" ), VNPLAN_STRING( "chủ trương" ), VNPLAN_STRING( "quy định" ),
                             VNPLAN_STRING( "kế hoạch" ), VNPLAN_STRING( "đề nghị" ), VNPLAN_STRING( "thông báo" ) > {};
struct condition_granted : sor< VNPLAN_STRING( "yêu cầu" ), VNPLAN_STRING( "phân công" ), VNPLAN_STRING( "phê duyệt" ),
                                VNPLAN_STRING( "cho phép" ), VNPLAN_STRING( "giao" ) > {};
struct condition_head : seq< opt< seq< VNPLAN_STRING( "sau" ), sp > >, VNPLAN_STRING( "khi" ), sp,
                             sor< seq< VNPLAN_STRING( "có" ), sp, condition_noun >,
                                  seq< VNPLAN_STRING( "được" ), sp, condition_granted > >,
                             word_end > {};
// The clause runs to the next punctuation, or to `để` (`khi được yêu cầu để
// tổng hợp báo cáo`: what follows is the purpose, not the condition).
struct condition_stop : sor< one< ')', '(', ';', ',', '.', ':' >, seq< sp, VNPLAN_STRING( "để" ), word_end > > {};
struct condition_rest : star< not_at< condition_stop >, any > {};
struct deadline_conditional : seq< condition_head, condition_rest > {};

// ---- schedule fields ----------------------------------------------------

struct schedule_within : sor< dates::school_year, dates::year_date, dates::half_year, dates::quarter_date, dates::month_date > {};
struct schedule_on : seq< dates::numeric_dmy > {};

// A school year in running text (`kế hoạch năm học 2024 - 2025`) names the
// scope of the document, not a deadline; the extractor matches it only to
// keep its years from reading as a bare period `2024 - 2025`.
struct scope_school_year : seq< dates::school_year > {};

// ---- top rules ----------------------------------------------------------

struct deadline : sor< deadline_recurring, deadline_period, deadline_open_ended, deadline_before, deadline_by, deadline_from,
                       deadline_within, deadline_on, deadline_conditional, deadline_ongoing > {};
struct schedule_deadline : sor< deadline, schedule_within, schedule_on > {};

// Whatever the extractor may find at a word: in running text, and in a
// schedule field. It parses these once without actions, and tries the kinds
// one by one only where one matches.
struct anything_in_text : sor< deadline, scope_school_year > {};
struct anything_in_field : sor< schedule_deadline, scope_school_year > {};

}  // namespace vnplan::grammar::deadlines
