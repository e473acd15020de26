// Bodies grammar: the words that name a responsible body and the words that
// give it a role.
//
// Input is a lower-cased copy of one NFC line (ICU, byte lengths kept, tone
// placed in the `hóa`/`Ủy` style), so every rule here is lower case. The
// extractor (lib/extract/bodies.cpp) runs these rules at word starts and
// reads capitals from the original string, which the rules cannot see.
//
// Matches:
//   head nouns, longest first
//     self-standing  `ban tổ chức` `ban tuyên giáo` `ủy ban kiểm tra`
//                    `ban thường vụ` `ban chấp hành` `ban cán sự đảng`
//                    `ủy ban nhân dân` `hội đồng nhân dân` `đảng ủy` `thành ủy`
//                    `cấp ủy` `văn phòng` `công an` `công đoàn` `đoàn thanh niên`
//                    `mặt trận tổ quốc` `hội cựu chiến binh` `chính phủ` ...
//     named          `sở` `bộ` `ban` `ủy ban` `cục` `phòng` `trường` `viện`
//                    `trung tâm` `hội` `đoàn` `báo` `đài` ... (a name must follow
//                    with a capital: `Sở Tư pháp`, not `hội nghị`, not `báo cáo`)
//     generic        `cơ quan` `đơn vị` `địa phương` `tổ chức` `ngành` `sở`
//                    `ban` `đoàn thể` ... (only after `các`, or where a role
//                    marker says a body comes: `phối hợp với cơ quan liên quan`)
//     person         `chủ tịch` `giám đốc` `thủ trưởng` `bí thư` `người đứng đầu`
//                    `cán bộ phụ trách` `đồng chí` ...
//     abbreviation   `ubnd` `hđnd` `đuk` `ubkt` `btv` `bch` `mttq` `vp` ...
//                    (the extractor also wants them upper case in the original)
//   determiners      `các` `những` `mỗi` `từng` `toàn thể` `tất cả các`
//   qualifiers       `tỉnh` `thành phố` `cấp xã` `cùng cấp` `trực thuộc`
//                    `có liên quan` `cơ sở` `trung ương` `khối` `nhân dân` ...
//   role markers     `chủ trì` `phối hợp (chặt chẽ) (với|cùng)` `báo cáo`
//                    `tham mưu (cho|giúp)` `giao (cho)` `đề nghị`
//   report direction `về` `gửi về` `lên` `tới` `đến` `qua` `thông qua`
//   field labels     `cơ quan chủ trì:` `đơn vị chủ trì thực hiện:`
//                    `cơ quan phối hợp:` `đơn vị phối hợp thực hiện:` `chủ trì:`
//   predicate words  the verbs, adverbs and prepositions that end a name:
//                    `chủ trì` `chỉ đạo` `tổ chức` `triển khai` `có trách nhiệm`
//                    `căn cứ` `đôn đốc` `thực hiện` `lãnh đạo` `về` `trong` ...
//
// Where a name ends (applied by the extractor, word by word after the head):
//   1. Punctuation ends it, except `, ` or ` và ` or ` - ` followed by a
//      capitalised word that is not itself a head noun (`Sở Văn hóa, Thể thao
//      và Du lịch`, `Bộ Lao động - Thương binh và Xã hội` are one body;
//      `Văn phòng, Ủy ban Kiểm tra` are two), and `, ` followed by a generic
//      head or a place in a plural name (`các sở, ban, ngành`, `UBND các
//      huyện, thành phố` are one body).
//   2. A capitalised word (or an upper-case abbreviation) continues the name:
//      it starts a new name component (`Ban Tuyên giáo Đảng ủy Khối`).
//   3. A lower-case qualifier continues it (`Ủy ban nhân dân tỉnh`,
//      `các cơ quan có liên quan`); so does `các` + a noun (`cấp ủy các
//      trường`).
//   4. Any other lower-case word continues it only inside a component begun
//      by a capital, at most two such syllables (`Tuyên giáo`, `Phát triển
//      nông`... is cut: one word too long rather than a verb swallowed), or
//      after a generic head (`cơ quan quản lý chuyên ngành`), and never when
//      it is a predicate word: the verb list is the boundary.
//   Compound heads are matched before the verb list, so `Ban Tổ chức`,
//   `Ủy ban kiểm tra`, `Ban Chỉ đạo` keep their verb-like second word.
//
// Deliberately rejected: `báo cáo` as the head `báo`, `hội nghị` as `hội`,
// `đoàn kết` as `đoàn`, `công tác` as `công` (heads end at a word boundary and
// named heads want a capital after them), `tổ chức thực hiện` (a generic head
// needs `các` or a role marker before it), `phối hợp thực hiện` (a marker
// with no body after it), `chủ trì:` is a field label and not a lead marker.
#pragma once

#include <tao/pegtl.hpp>

namespace vnplan::grammar::bodies {

namespace pegtl = tao::pegtl;
using namespace pegtl;

// ---- shared pieces ------------------------------------------------------

// ASCII letters and digits, Latin-1 and Latin Extended letters, combining
// marks and the Vietnamese block (U+1E00-U+1EFF).
struct word_char : sor< alnum, utf8::ranges< 0x00C0, 0x024F, 0x0300, 0x036F, 0x1E00, 0x1EFF > > {};
struct word_end : not_at< word_char > {};
struct sp : plus< one< ' ' > > {};

// ---- head nouns ---------------------------------------------------------

// Party bodies whose name is complete without a qualifier.
struct party_head : sor<
    seq< TAO_PEGTL_STRING( "ban chấp hành" ), opt< sp, TAO_PEGTL_STRING( "trung ương" ) > >,
    TAO_PEGTL_STRING( "bộ chính trị" ), TAO_PEGTL_STRING( "ban bí thư" ),
    TAO_PEGTL_STRING( "ban thường vụ" ), TAO_PEGTL_STRING( "ban cán sự đảng" ), TAO_PEGTL_STRING( "ban cán sự" ),
    TAO_PEGTL_STRING( "ban tuyên giáo và dân vận" ), TAO_PEGTL_STRING( "ban tuyên giáo" ), TAO_PEGTL_STRING( "ban tổ chức" ),
    TAO_PEGTL_STRING( "ban dân vận" ), TAO_PEGTL_STRING( "ban nội chính" ), TAO_PEGTL_STRING( "ban kinh tế" ),
    TAO_PEGTL_STRING( "ban chỉ đạo" ), TAO_PEGTL_STRING( "ban quản lý" ), TAO_PEGTL_STRING( "ban đại diện" ),
    TAO_PEGTL_STRING( "ban giám hiệu" ), TAO_PEGTL_STRING( "ban giám đốc" ), TAO_PEGTL_STRING( "ban thi đua" ),
    TAO_PEGTL_STRING( "ủy ban kiểm tra" ), TAO_PEGTL_STRING( "thường trực" ), TAO_PEGTL_STRING( "thường vụ" ),
    TAO_PEGTL_STRING( "đảng đoàn" ), TAO_PEGTL_STRING( "đảng ủy" ), TAO_PEGTL_STRING( "đảng bộ" ),
    TAO_PEGTL_STRING( "chi bộ" ), TAO_PEGTL_STRING( "chi ủy" ), TAO_PEGTL_STRING( "cấp ủy" ),
    TAO_PEGTL_STRING( "thành ủy" ), TAO_PEGTL_STRING( "tỉnh ủy" ), TAO_PEGTL_STRING( "huyện ủy" ),
    TAO_PEGTL_STRING( "quận ủy" ), TAO_PEGTL_STRING( "thị ủy" ), TAO_PEGTL_STRING( "khối ủy" ) > {};

// State bodies complete without a qualifier (`Công an tỉnh`, `Chính phủ`).
struct state_head : sor<
    TAO_PEGTL_STRING( "ủy ban nhân dân" ), TAO_PEGTL_STRING( "hội đồng nhân dân" ),
    TAO_PEGTL_STRING( "ủy ban mặt trận tổ quốc" ), TAO_PEGTL_STRING( "ủy ban thường vụ quốc hội" ),
    TAO_PEGTL_STRING( "thủ tướng chính phủ" ), TAO_PEGTL_STRING( "thủ tướng" ), TAO_PEGTL_STRING( "chính phủ" ),
    TAO_PEGTL_STRING( "quốc hội" ), TAO_PEGTL_STRING( "văn phòng" ), TAO_PEGTL_STRING( "công an" ),
    TAO_PEGTL_STRING( "bộ chỉ huy quân sự" ), TAO_PEGTL_STRING( "bộ chỉ huy bộ đội biên phòng" ),
    TAO_PEGTL_STRING( "bộ đội biên phòng" ), TAO_PEGTL_STRING( "kho bạc nhà nước" ),
    TAO_PEGTL_STRING( "ngân hàng nhà nước" ), TAO_PEGTL_STRING( "bảo hiểm xã hội" ),
    TAO_PEGTL_STRING( "tòa án nhân dân" ), TAO_PEGTL_STRING( "viện kiểm sát nhân dân" ),
    TAO_PEGTL_STRING( "cục thuế" ), TAO_PEGTL_STRING( "cục thống kê" ), TAO_PEGTL_STRING( "cục hải quan" ) > {};

// Mass organisations.
struct mass_head : sor<
    TAO_PEGTL_STRING( "mặt trận tổ quốc" ), TAO_PEGTL_STRING( "đoàn thanh niên" ), TAO_PEGTL_STRING( "thành đoàn" ),
    TAO_PEGTL_STRING( "tỉnh đoàn" ), TAO_PEGTL_STRING( "huyện đoàn" ), TAO_PEGTL_STRING( "công đoàn" ),
    TAO_PEGTL_STRING( "liên đoàn lao động" ), TAO_PEGTL_STRING( "hội liên hiệp phụ nữ" ),
    TAO_PEGTL_STRING( "hội cựu chiến binh" ), TAO_PEGTL_STRING( "hội nông dân" ), TAO_PEGTL_STRING( "hội chữ thập đỏ" ),
    TAO_PEGTL_STRING( "hội khuyến học" ), TAO_PEGTL_STRING( "hội người cao tuổi" ),
    TAO_PEGTL_STRING( "liên minh hợp tác xã" ), TAO_PEGTL_STRING( "liên hiệp các hội" ),
    TAO_PEGTL_STRING( "các tổ chức chính trị - xã hội" ), TAO_PEGTL_STRING( "tổ chức chính trị - xã hội" ) > {};

// A body complete in itself, qualifiers optional.
struct standing_head : seq< sor< party_head, state_head, mass_head >, word_end > {};

// A head that names a kind of body and wants the name after it, with a
// capital: `Sở Tư pháp`, `Bộ Giáo dục và Đào tạo`, `Hội Nông dân`.
struct named_head : seq< sor<
    TAO_PEGTL_STRING( "tổng công ty" ), TAO_PEGTL_STRING( "công ty" ), TAO_PEGTL_STRING( "tập đoàn" ),
    TAO_PEGTL_STRING( "tổng cục" ), TAO_PEGTL_STRING( "chi cục" ), TAO_PEGTL_STRING( "cục" ),
    TAO_PEGTL_STRING( "ủy ban" ), TAO_PEGTL_STRING( "hội đồng" ), TAO_PEGTL_STRING( "học viện" ),
    TAO_PEGTL_STRING( "viện kiểm sát" ), TAO_PEGTL_STRING( "viện" ), TAO_PEGTL_STRING( "trung tâm" ),
    TAO_PEGTL_STRING( "bệnh viện" ), TAO_PEGTL_STRING( "đại học" ), TAO_PEGTL_STRING( "trường" ),
    TAO_PEGTL_STRING( "hiệp hội" ), TAO_PEGTL_STRING( "liên hiệp" ), TAO_PEGTL_STRING( "liên minh" ),
    TAO_PEGTL_STRING( "liên đoàn" ), TAO_PEGTL_STRING( "hội" ), TAO_PEGTL_STRING( "đoàn" ),
    TAO_PEGTL_STRING( "thanh tra" ), TAO_PEGTL_STRING( "kho bạc" ), TAO_PEGTL_STRING( "ngân hàng" ),
    TAO_PEGTL_STRING( "tòa án" ), TAO_PEGTL_STRING( "báo" ), TAO_PEGTL_STRING( "đài" ),
    TAO_PEGTL_STRING( "nhà xuất bản" ), TAO_PEGTL_STRING( "bảo tàng" ), TAO_PEGTL_STRING( "thư viện" ),
    TAO_PEGTL_STRING( "quỹ" ), TAO_PEGTL_STRING( "sở" ), TAO_PEGTL_STRING( "bộ" ), TAO_PEGTL_STRING( "ban" ),
    TAO_PEGTL_STRING( "vụ" ), TAO_PEGTL_STRING( "phòng" ), TAO_PEGTL_STRING( "khu" ) >, word_end > {};

// Common nouns for bodies, valid after `các` or a role marker.
struct generic_head : seq< sor<
    TAO_PEGTL_STRING( "tổ chức cơ sở đảng" ), TAO_PEGTL_STRING( "tổ chức đảng" ), TAO_PEGTL_STRING( "cơ sở đảng" ),
    TAO_PEGTL_STRING( "cơ quan" ), TAO_PEGTL_STRING( "đơn vị" ), TAO_PEGTL_STRING( "địa phương" ),
    TAO_PEGTL_STRING( "tổ chức" ), TAO_PEGTL_STRING( "doanh nghiệp" ), TAO_PEGTL_STRING( "đoàn thể" ),
    TAO_PEGTL_STRING( "ban ngành" ), TAO_PEGTL_STRING( "ngành" ), TAO_PEGTL_STRING( "sở" ), TAO_PEGTL_STRING( "ban" ),
    TAO_PEGTL_STRING( "bộ" ), TAO_PEGTL_STRING( "phòng" ), TAO_PEGTL_STRING( "hội" ), TAO_PEGTL_STRING( "trường" ),
    TAO_PEGTL_STRING( "lực lượng" ), TAO_PEGTL_STRING( "chủ đầu tư" ), TAO_PEGTL_STRING( "chủ thể" ),
    TAO_PEGTL_STRING( "thành phố" ), TAO_PEGTL_STRING( "huyện" ), TAO_PEGTL_STRING( "quận" ),
    TAO_PEGTL_STRING( "thị xã" ), TAO_PEGTL_STRING( "xã" ), TAO_PEGTL_STRING( "phường" ),
    TAO_PEGTL_STRING( "thị trấn" ) >, word_end > {};

// People who answer for a body.
struct person_head : seq< sor<
    TAO_PEGTL_STRING( "phó chủ tịch" ), TAO_PEGTL_STRING( "chủ tịch" ), TAO_PEGTL_STRING( "tổng giám đốc" ),
    TAO_PEGTL_STRING( "phó giám đốc" ), TAO_PEGTL_STRING( "giám đốc" ), TAO_PEGTL_STRING( "thủ trưởng" ),
    TAO_PEGTL_STRING( "phó bí thư" ), TAO_PEGTL_STRING( "bí thư" ), TAO_PEGTL_STRING( "người đứng đầu" ),
    TAO_PEGTL_STRING( "cán bộ phụ trách" ), TAO_PEGTL_STRING( "đồng chí" ), TAO_PEGTL_STRING( "trưởng ban" ),
    TAO_PEGTL_STRING( "trưởng phòng" ), TAO_PEGTL_STRING( "bộ trưởng" ), TAO_PEGTL_STRING( "thứ trưởng" ),
    TAO_PEGTL_STRING( "cục trưởng" ), TAO_PEGTL_STRING( "chánh văn phòng" ), TAO_PEGTL_STRING( "chánh thanh tra" ),
    TAO_PEGTL_STRING( "hiệu trưởng" ) >, word_end > {};

// Abbreviations used for bodies in these documents (lower-cased here).
struct abbreviation : seq< sor<
    TAO_PEGTL_STRING( "ubmttq" ), TAO_PEGTL_STRING( "ubnd" ), TAO_PEGTL_STRING( "hđnd" ), TAO_PEGTL_STRING( "mttq" ),
    TAO_PEGTL_STRING( "ubkt" ), TAO_PEGTL_STRING( "đuk" ), TAO_PEGTL_STRING( "đtn" ), TAO_PEGTL_STRING( "lđlđ" ),
    TAO_PEGTL_STRING( "btv" ), TAO_PEGTL_STRING( "bch" ), TAO_PEGTL_STRING( "btg" ), TAO_PEGTL_STRING( "btc" ),
    TAO_PEGTL_STRING( "bdv" ), TAO_PEGTL_STRING( "bcđ" ), TAO_PEGTL_STRING( "bql" ), TAO_PEGTL_STRING( "đu" ),
    TAO_PEGTL_STRING( "vp" ), TAO_PEGTL_STRING( "ub" ) >, word_end > {};

// ---- determiners and qualifiers -----------------------------------------

struct determiner : seq< sor< TAO_PEGTL_STRING( "tất cả các" ), TAO_PEGTL_STRING( "toàn thể" ), TAO_PEGTL_STRING( "các" ),
                              TAO_PEGTL_STRING( "những" ), TAO_PEGTL_STRING( "mỗi" ), TAO_PEGTL_STRING( "từng" ) >, word_end > {};

// Lower-case words that narrow a body without ending its name.
struct qualifier : seq< sor<
    TAO_PEGTL_STRING( "có liên quan" ), TAO_PEGTL_STRING( "liên quan" ), TAO_PEGTL_STRING( "trực thuộc" ),
    TAO_PEGTL_STRING( "cấp tỉnh" ), TAO_PEGTL_STRING( "cấp huyện" ), TAO_PEGTL_STRING( "cấp xã" ),
    TAO_PEGTL_STRING( "cấp cơ sở" ), TAO_PEGTL_STRING( "cấp trên" ), TAO_PEGTL_STRING( "cấp dưới" ),
    TAO_PEGTL_STRING( "cùng cấp" ), TAO_PEGTL_STRING( "các cấp" ), seq< TAO_PEGTL_STRING( "cấp" ), not_at< sp, TAO_PEGTL_STRING( "ủy" ) > >,
    TAO_PEGTL_STRING( "cơ sở" ), TAO_PEGTL_STRING( "thành phố" ), TAO_PEGTL_STRING( "tỉnh" ),
    TAO_PEGTL_STRING( "huyện" ), TAO_PEGTL_STRING( "quận" ), TAO_PEGTL_STRING( "thị xã" ), TAO_PEGTL_STRING( "xã" ),
    TAO_PEGTL_STRING( "phường" ), TAO_PEGTL_STRING( "thị trấn" ), TAO_PEGTL_STRING( "trung ương" ),
    TAO_PEGTL_STRING( "khối" ), TAO_PEGTL_STRING( "nhân dân" ), TAO_PEGTL_STRING( "nhà nước" ),
    TAO_PEGTL_STRING( "đảng" ), TAO_PEGTL_STRING( "quốc gia" ), TAO_PEGTL_STRING( "chuyên môn" ),
    TAO_PEGTL_STRING( "chuyên trách" ), TAO_PEGTL_STRING( "ngang bộ" ), TAO_PEGTL_STRING( "thuộc" ),
    TAO_PEGTL_STRING( "khu vực" ) >, word_end > {};

// ---- role markers -------------------------------------------------------

struct lead_marker : seq< TAO_PEGTL_STRING( "chủ trì" ), word_end > {};
struct with_word : seq< sor< TAO_PEGTL_STRING( "với" ), TAO_PEGTL_STRING( "cùng" ) >, word_end > {};
struct support_marker : seq< TAO_PEGTL_STRING( "phối hợp" ), word_end, opt< sp, TAO_PEGTL_STRING( "chặt chẽ" ), word_end >, opt< sp, with_word > > {};
struct report_marker : seq< TAO_PEGTL_STRING( "báo cáo" ), word_end > {};
struct report_direction : seq< sor< TAO_PEGTL_STRING( "gửi về" ), TAO_PEGTL_STRING( "gửi đến" ), TAO_PEGTL_STRING( "gửi" ),
                                    TAO_PEGTL_STRING( "về" ), TAO_PEGTL_STRING( "lên" ), TAO_PEGTL_STRING( "tới" ),
                                    TAO_PEGTL_STRING( "đến" ), TAO_PEGTL_STRING( "thông qua" ), TAO_PEGTL_STRING( "qua" ),
                                    TAO_PEGTL_STRING( "cho" ) >, word_end > {};
struct advise_marker : seq< TAO_PEGTL_STRING( "tham mưu" ), word_end, opt< sp, sor< TAO_PEGTL_STRING( "cho" ), TAO_PEGTL_STRING( "giúp" ) >, word_end > > {};
// `Giao Sở Tư pháp chủ trì`, `đề nghị Mặt trận Tổ quốc ...`: the body named
// next is the one that acts.
struct assign_marker : seq< sor< seq< TAO_PEGTL_STRING( "giao" ), word_end, opt< sp, TAO_PEGTL_STRING( "cho" ), word_end > >,
                                 seq< TAO_PEGTL_STRING( "đề nghị" ), word_end > > > {};

// Any of the words the extractor looks for at every word of a text (the
// role markers and the determiners): one prefix filter for all of them, so
// that a word that starts none is passed over with one lookup.
struct word_marker : sor< assign_marker, support_marker, report_marker, advise_marker, determiner > {};

// ---- field labels -------------------------------------------------------

struct field_subject : sor< TAO_PEGTL_STRING( "cơ quan" ), TAO_PEGTL_STRING( "đơn vị" ) > {};
struct field_words : star< sp, sor< TAO_PEGTL_STRING( "tham mưu" ), TAO_PEGTL_STRING( "thực hiện" ), TAO_PEGTL_STRING( "triển khai" ) >, word_end > {};
struct field_colon : seq< star< one< ' ' > >, one< ':' >, star< one< ' ' > > > {};
// `Cơ quan chủ trì:`  `Đơn vị chủ trì thực hiện:`  `Chủ trì:`  `Cơ quan thực hiện:`
struct field_lead : seq< sor< seq< field_subject, sp, TAO_PEGTL_STRING( "chủ trì" ), word_end, field_words >,
                              seq< field_subject, sp, TAO_PEGTL_STRING( "thực hiện" ), word_end >,
                              seq< TAO_PEGTL_STRING( "chủ trì" ), word_end > >,
                         field_colon > {};
// `Cơ quan phối hợp:`  `Đơn vị phối hợp thực hiện:`  `Phối hợp:`
struct field_support : seq< opt< field_subject, sp >, TAO_PEGTL_STRING( "phối hợp" ), word_end, field_words, field_colon > {};

// ---- words that end a name ----------------------------------------------

// Verbs, adverbs, modals and prepositions that start the predicate after a
// subject or the rest of a clause after an object. Longest first where one
// is a prefix of another.
struct predicate_word : seq< sor<
    // roles and directing
    TAO_PEGTL_STRING( "chủ trì" ), TAO_PEGTL_STRING( "phối hợp" ), TAO_PEGTL_STRING( "chỉ đạo" ), TAO_PEGTL_STRING( "lãnh đạo" ),
    TAO_PEGTL_STRING( "tham mưu" ), TAO_PEGTL_STRING( "có trách nhiệm" ), TAO_PEGTL_STRING( "chịu trách nhiệm" ),
    TAO_PEGTL_STRING( "báo cáo" ), TAO_PEGTL_STRING( "giao" ), TAO_PEGTL_STRING( "đề nghị" ), TAO_PEGTL_STRING( "yêu cầu" ),
    TAO_PEGTL_STRING( "phân công" ), TAO_PEGTL_STRING( "điều hành" ), TAO_PEGTL_STRING( "quản lý" ),
    // doing
    TAO_PEGTL_STRING( "tổ chức" ), TAO_PEGTL_STRING( "triển khai" ), TAO_PEGTL_STRING( "thực hiện" ), TAO_PEGTL_STRING( "tiến hành" ),
    TAO_PEGTL_STRING( "xây dựng" ), TAO_PEGTL_STRING( "ban hành" ), TAO_PEGTL_STRING( "hướng dẫn" ), TAO_PEGTL_STRING( "theo dõi" ),
    TAO_PEGTL_STRING( "đôn đốc" ), TAO_PEGTL_STRING( "kiểm tra" ), TAO_PEGTL_STRING( "giám sát" ), TAO_PEGTL_STRING( "rà soát" ),
    TAO_PEGTL_STRING( "nghiên cứu" ), TAO_PEGTL_STRING( "tăng cường" ), TAO_PEGTL_STRING( "tiếp tục" ), TAO_PEGTL_STRING( "quán triệt" ),
    TAO_PEGTL_STRING( "nắm vững" ), TAO_PEGTL_STRING( "đề xuất" ), TAO_PEGTL_STRING( "trình" ), TAO_PEGTL_STRING( "tổng hợp" ),
    TAO_PEGTL_STRING( "phê duyệt" ), TAO_PEGTL_STRING( "cung cấp" ), TAO_PEGTL_STRING( "bảo đảm" ), TAO_PEGTL_STRING( "đảm bảo" ),
    TAO_PEGTL_STRING( "xem xét" ), TAO_PEGTL_STRING( "quyết định" ), TAO_PEGTL_STRING( "tiếp nhận" ), TAO_PEGTL_STRING( "tham gia" ),
    TAO_PEGTL_STRING( "hỗ trợ" ), TAO_PEGTL_STRING( "thẩm định" ), TAO_PEGTL_STRING( "đánh giá" ), TAO_PEGTL_STRING( "xử lý" ),
    TAO_PEGTL_STRING( "đẩy mạnh" ), TAO_PEGTL_STRING( "nâng cao" ), TAO_PEGTL_STRING( "phát huy" ), TAO_PEGTL_STRING( "chuẩn bị" ),
    TAO_PEGTL_STRING( "cập nhật" ), TAO_PEGTL_STRING( "công bố" ), TAO_PEGTL_STRING( "tuyên truyền" ), TAO_PEGTL_STRING( "phổ biến" ),
    TAO_PEGTL_STRING( "vận động" ), TAO_PEGTL_STRING( "sơ kết" ), TAO_PEGTL_STRING( "tổng kết" ), TAO_PEGTL_STRING( "giải quyết" ),
    TAO_PEGTL_STRING( "hoàn thành" ), TAO_PEGTL_STRING( "hoàn thiện" ), TAO_PEGTL_STRING( "duy trì" ), TAO_PEGTL_STRING( "thúc đẩy" ),
    TAO_PEGTL_STRING( "tập trung" ), TAO_PEGTL_STRING( "quan tâm" ), TAO_PEGTL_STRING( "phát động" ), TAO_PEGTL_STRING( "sửa đổi" ),
    TAO_PEGTL_STRING( "bổ sung" ), TAO_PEGTL_STRING( "kiện toàn" ), TAO_PEGTL_STRING( "củng cố" ), TAO_PEGTL_STRING( "khảo sát" ),
    TAO_PEGTL_STRING( "thông báo" ), TAO_PEGTL_STRING( "phát hiện" ), TAO_PEGTL_STRING( "điều chỉnh" ), TAO_PEGTL_STRING( "thành lập" ),
    TAO_PEGTL_STRING( "cụ thể hóa" ), TAO_PEGTL_STRING( "góp phần" ), TAO_PEGTL_STRING( "phát triển" ), TAO_PEGTL_STRING( "đổi mới" ),
    TAO_PEGTL_STRING( "lập" ), TAO_PEGTL_STRING( "gửi" ), TAO_PEGTL_STRING( "cử" ), TAO_PEGTL_STRING( "bố trí" ), TAO_PEGTL_STRING( "ký" ),
    TAO_PEGTL_STRING( "làm" ), TAO_PEGTL_STRING( "nắm" ), TAO_PEGTL_STRING( "căn cứ" ), TAO_PEGTL_STRING( "trao đổi" ),
    TAO_PEGTL_STRING( "thống nhất" ), TAO_PEGTL_STRING( "ưu tiên" ), TAO_PEGTL_STRING( "bồi dưỡng" ), TAO_PEGTL_STRING( "đào tạo" ),
    // manner, time, modality
    TAO_PEGTL_STRING( "khẩn trương" ), TAO_PEGTL_STRING( "chủ động" ), TAO_PEGTL_STRING( "kịp thời" ), TAO_PEGTL_STRING( "thường xuyên" ),
    TAO_PEGTL_STRING( "định kỳ" ), TAO_PEGTL_STRING( "tích cực" ), TAO_PEGTL_STRING( "nghiêm túc" ), TAO_PEGTL_STRING( "đồng thời" ),
    TAO_PEGTL_STRING( "trực tiếp" ), TAO_PEGTL_STRING( "hằng" ), TAO_PEGTL_STRING( "hàng" ), TAO_PEGTL_STRING( "là" ),
    TAO_PEGTL_STRING( "có" ), TAO_PEGTL_STRING( "được" ), TAO_PEGTL_STRING( "bị" ), TAO_PEGTL_STRING( "đã" ), TAO_PEGTL_STRING( "đang" ),
    TAO_PEGTL_STRING( "sẽ" ), TAO_PEGTL_STRING( "phải" ), TAO_PEGTL_STRING( "cần" ), TAO_PEGTL_STRING( "nên" ), TAO_PEGTL_STRING( "cùng" ),
    TAO_PEGTL_STRING( "tiếp" ), TAO_PEGTL_STRING( "chưa" ), TAO_PEGTL_STRING( "không" ),
    // prepositions and conjunctions that open the rest of the clause
    TAO_PEGTL_STRING( "đối với" ), TAO_PEGTL_STRING( "với" ), TAO_PEGTL_STRING( "để" ), TAO_PEGTL_STRING( "nhằm" ),
    TAO_PEGTL_STRING( "trong" ), TAO_PEGTL_STRING( "theo" ), TAO_PEGTL_STRING( "về" ), TAO_PEGTL_STRING( "tại" ),
    TAO_PEGTL_STRING( "từ" ), TAO_PEGTL_STRING( "đến" ), TAO_PEGTL_STRING( "cho" ), TAO_PEGTL_STRING( "của" ),
    TAO_PEGTL_STRING( "trên" ), TAO_PEGTL_STRING( "dưới" ), TAO_PEGTL_STRING( "khi" ), TAO_PEGTL_STRING( "nếu" ),
    TAO_PEGTL_STRING( "thì" ), TAO_PEGTL_STRING( "mà" ), TAO_PEGTL_STRING( "do" ), TAO_PEGTL_STRING( "bằng" ),
    TAO_PEGTL_STRING( "qua" ), TAO_PEGTL_STRING( "sau" ), TAO_PEGTL_STRING( "trước" ), TAO_PEGTL_STRING( "giữa" ),
    TAO_PEGTL_STRING( "hoặc" ), TAO_PEGTL_STRING( "nhưng" ), TAO_PEGTL_STRING( "vì" ), TAO_PEGTL_STRING( "gắn" ) >, word_end > {};

// ---- list separators ----------------------------------------------------

struct and_word : seq< TAO_PEGTL_STRING( "và" ), word_end > {};
// `, `  ` và `  `, và `  ` ; ` is not one: a clause ends there.
struct list_separator : sor< seq< one< ',' >, star< one< ' ' > >, opt< and_word, sp > >, seq< sp, and_word, sp > > {};
// ` - ` or ` – ` inside a name (`Lao động - Thương binh và Xã hội`).
struct name_dash : seq< star< one< ' ' > >, sor< one< '-' >, TAO_PEGTL_STRING( "–" ) >, star< one< ' ' > > > {};

// Any head, for tests and for deciding that a word starts a new body.
struct any_head : sor< abbreviation, standing_head, person_head, named_head, generic_head > {};
// A determiner and a head: the start of a body as the grammar alone sees it.
struct body_start : seq< opt< determiner, sp >, any_head > {};

}  // namespace vnplan::grammar::bodies
