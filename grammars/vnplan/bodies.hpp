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

#include "string.hpp"

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
    seq< VNPLAN_STRING( "ban chấp hành" ), opt< sp, VNPLAN_STRING( "trung ương" ) > >,
    VNPLAN_STRING( "bộ chính trị" ), VNPLAN_STRING( "ban bí thư" ),
    VNPLAN_STRING( "ban thường vụ" ), VNPLAN_STRING( "ban cán sự đảng" ), VNPLAN_STRING( "ban cán sự" ),
    VNPLAN_STRING( "ban tuyên giáo và dân vận" ), VNPLAN_STRING( "ban tuyên giáo" ), VNPLAN_STRING( "ban tổ chức" ),
    VNPLAN_STRING( "ban dân vận" ), VNPLAN_STRING( "ban nội chính" ), VNPLAN_STRING( "ban kinh tế" ),
    VNPLAN_STRING( "ban chỉ đạo" ), VNPLAN_STRING( "ban quản lý" ), VNPLAN_STRING( "ban đại diện" ),
    VNPLAN_STRING( "ban giám hiệu" ), VNPLAN_STRING( "ban giám đốc" ), VNPLAN_STRING( "ban thi đua" ),
    VNPLAN_STRING( "ủy ban kiểm tra" ), VNPLAN_STRING( "thường trực" ), VNPLAN_STRING( "thường vụ" ),
    VNPLAN_STRING( "đảng đoàn" ), VNPLAN_STRING( "đảng ủy" ), VNPLAN_STRING( "đảng bộ" ),
    VNPLAN_STRING( "chi bộ" ), VNPLAN_STRING( "chi ủy" ), VNPLAN_STRING( "cấp ủy" ),
    VNPLAN_STRING( "thành ủy" ), VNPLAN_STRING( "tỉnh ủy" ), VNPLAN_STRING( "huyện ủy" ),
    VNPLAN_STRING( "quận ủy" ), VNPLAN_STRING( "thị ủy" ), VNPLAN_STRING( "khối ủy" ) > {};

// State bodies complete without a qualifier (`Công an tỉnh`, `Chính phủ`).
struct state_head : sor<
    VNPLAN_STRING( "ủy ban nhân dân" ), VNPLAN_STRING( "hội đồng nhân dân" ),
    VNPLAN_STRING( "ủy ban mặt trận tổ quốc" ), VNPLAN_STRING( "ủy ban thường vụ quốc hội" ),
    VNPLAN_STRING( "thủ tướng chính phủ" ), VNPLAN_STRING( "thủ tướng" ), VNPLAN_STRING( "chính phủ" ),
    VNPLAN_STRING( "quốc hội" ), VNPLAN_STRING( "văn phòng" ), VNPLAN_STRING( "công an" ),
    VNPLAN_STRING( "bộ chỉ huy quân sự" ), VNPLAN_STRING( "bộ chỉ huy bộ đội biên phòng" ),
    VNPLAN_STRING( "bộ đội biên phòng" ), VNPLAN_STRING( "kho bạc nhà nước" ),
    VNPLAN_STRING( "ngân hàng nhà nước" ), VNPLAN_STRING( "bảo hiểm xã hội" ),
    VNPLAN_STRING( "tòa án nhân dân" ), VNPLAN_STRING( "viện kiểm sát nhân dân" ),
    VNPLAN_STRING( "cục thuế" ), VNPLAN_STRING( "cục thống kê" ), VNPLAN_STRING( "cục hải quan" ) > {};

// Mass organisations.
struct mass_head : sor<
    VNPLAN_STRING( "mặt trận tổ quốc" ), VNPLAN_STRING( "đoàn thanh niên" ), VNPLAN_STRING( "thành đoàn" ),
    VNPLAN_STRING( "tỉnh đoàn" ), VNPLAN_STRING( "huyện đoàn" ), VNPLAN_STRING( "công đoàn" ),
    VNPLAN_STRING( "liên đoàn lao động" ), VNPLAN_STRING( "hội liên hiệp phụ nữ" ),
    VNPLAN_STRING( "hội cựu chiến binh" ), VNPLAN_STRING( "hội nông dân" ), VNPLAN_STRING( "hội chữ thập đỏ" ),
    VNPLAN_STRING( "hội khuyến học" ), VNPLAN_STRING( "hội người cao tuổi" ),
    VNPLAN_STRING( "liên minh hợp tác xã" ), VNPLAN_STRING( "liên hiệp các hội" ),
    VNPLAN_STRING( "các tổ chức chính trị - xã hội" ), VNPLAN_STRING( "tổ chức chính trị - xã hội" ) > {};

// A body complete in itself, qualifiers optional.
struct standing_head : seq< sor< party_head, state_head, mass_head >, word_end > {};

// A head that names a kind of body and wants the name after it, with a
// capital: `Sở Tư pháp`, `Bộ Giáo dục và Đào tạo`, `Hội Nông dân`.
struct named_head : seq< sor<
    VNPLAN_STRING( "tổng công ty" ), VNPLAN_STRING( "công ty" ), VNPLAN_STRING( "tập đoàn" ),
    VNPLAN_STRING( "tổng cục" ), VNPLAN_STRING( "chi cục" ), VNPLAN_STRING( "cục" ),
    VNPLAN_STRING( "ủy ban" ), VNPLAN_STRING( "hội đồng" ), VNPLAN_STRING( "học viện" ),
    VNPLAN_STRING( "viện kiểm sát" ), VNPLAN_STRING( "viện" ), VNPLAN_STRING( "trung tâm" ),
    VNPLAN_STRING( "bệnh viện" ), VNPLAN_STRING( "đại học" ), VNPLAN_STRING( "trường" ),
    VNPLAN_STRING( "hiệp hội" ), VNPLAN_STRING( "liên hiệp" ), VNPLAN_STRING( "liên minh" ),
    VNPLAN_STRING( "liên đoàn" ), VNPLAN_STRING( "hội" ), VNPLAN_STRING( "đoàn" ),
    VNPLAN_STRING( "thanh tra" ), VNPLAN_STRING( "kho bạc" ), VNPLAN_STRING( "ngân hàng" ),
    VNPLAN_STRING( "tòa án" ), VNPLAN_STRING( "báo" ), VNPLAN_STRING( "đài" ),
    VNPLAN_STRING( "nhà xuất bản" ), VNPLAN_STRING( "bảo tàng" ), VNPLAN_STRING( "thư viện" ),
    VNPLAN_STRING( "quỹ" ), VNPLAN_STRING( "sở" ), VNPLAN_STRING( "bộ" ), VNPLAN_STRING( "ban" ),
    VNPLAN_STRING( "vụ" ), VNPLAN_STRING( "phòng" ), VNPLAN_STRING( "khu" ) >, word_end > {};

// Common nouns for bodies, valid after `các` or a role marker.
struct generic_head : seq< sor<
    VNPLAN_STRING( "tổ chức cơ sở đảng" ), VNPLAN_STRING( "tổ chức đảng" ), VNPLAN_STRING( "cơ sở đảng" ),
    VNPLAN_STRING( "cơ quan" ), VNPLAN_STRING( "đơn vị" ), VNPLAN_STRING( "địa phương" ),
    VNPLAN_STRING( "tổ chức" ), VNPLAN_STRING( "doanh nghiệp" ), VNPLAN_STRING( "đoàn thể" ),
    VNPLAN_STRING( "ban ngành" ), VNPLAN_STRING( "ngành" ), VNPLAN_STRING( "sở" ), VNPLAN_STRING( "ban" ),
    VNPLAN_STRING( "bộ" ), VNPLAN_STRING( "phòng" ), VNPLAN_STRING( "hội" ), VNPLAN_STRING( "trường" ),
    VNPLAN_STRING( "lực lượng" ), VNPLAN_STRING( "chủ đầu tư" ), VNPLAN_STRING( "chủ thể" ),
    VNPLAN_STRING( "thành phố" ), VNPLAN_STRING( "huyện" ), VNPLAN_STRING( "quận" ),
    VNPLAN_STRING( "thị xã" ), VNPLAN_STRING( "xã" ), VNPLAN_STRING( "phường" ),
    VNPLAN_STRING( "thị trấn" ) >, word_end > {};

// People who answer for a body.
struct person_head : seq< sor<
    VNPLAN_STRING( "phó chủ tịch" ), VNPLAN_STRING( "chủ tịch" ), VNPLAN_STRING( "tổng giám đốc" ),
    VNPLAN_STRING( "phó giám đốc" ), VNPLAN_STRING( "giám đốc" ), VNPLAN_STRING( "thủ trưởng" ),
    VNPLAN_STRING( "phó bí thư" ), VNPLAN_STRING( "bí thư" ), VNPLAN_STRING( "người đứng đầu" ),
    VNPLAN_STRING( "cán bộ phụ trách" ), VNPLAN_STRING( "đồng chí" ), VNPLAN_STRING( "trưởng ban" ),
    VNPLAN_STRING( "trưởng phòng" ), VNPLAN_STRING( "bộ trưởng" ), VNPLAN_STRING( "thứ trưởng" ),
    VNPLAN_STRING( "cục trưởng" ), VNPLAN_STRING( "chánh văn phòng" ), VNPLAN_STRING( "chánh thanh tra" ),
    VNPLAN_STRING( "hiệu trưởng" ) >, word_end > {};

// Abbreviations used for bodies in these documents (lower-cased here).
struct abbreviation : seq< sor<
    VNPLAN_STRING( "ubmttq" ), VNPLAN_STRING( "ubnd" ), VNPLAN_STRING( "hđnd" ), VNPLAN_STRING( "mttq" ),
    VNPLAN_STRING( "ubkt" ), VNPLAN_STRING( "đuk" ), VNPLAN_STRING( "đtn" ), VNPLAN_STRING( "lđlđ" ),
    VNPLAN_STRING( "btv" ), VNPLAN_STRING( "bch" ), VNPLAN_STRING( "btg" ), VNPLAN_STRING( "btc" ),
    VNPLAN_STRING( "bdv" ), VNPLAN_STRING( "bcđ" ), VNPLAN_STRING( "bql" ), VNPLAN_STRING( "đu" ),
    VNPLAN_STRING( "vp" ), VNPLAN_STRING( "ub" ) >, word_end > {};

// ---- determiners and qualifiers -----------------------------------------

struct determiner : seq< sor< VNPLAN_STRING( "tất cả các" ), VNPLAN_STRING( "toàn thể" ), VNPLAN_STRING( "các" ),
                              VNPLAN_STRING( "những" ), VNPLAN_STRING( "mỗi" ), VNPLAN_STRING( "từng" ) >, word_end > {};

// Lower-case words that narrow a body without ending its name.
struct qualifier : seq< sor<
    VNPLAN_STRING( "có liên quan" ), VNPLAN_STRING( "liên quan" ), VNPLAN_STRING( "trực thuộc" ),
    VNPLAN_STRING( "cấp tỉnh" ), VNPLAN_STRING( "cấp huyện" ), VNPLAN_STRING( "cấp xã" ),
    VNPLAN_STRING( "cấp cơ sở" ), VNPLAN_STRING( "cấp trên" ), VNPLAN_STRING( "cấp dưới" ),
    VNPLAN_STRING( "cùng cấp" ), VNPLAN_STRING( "các cấp" ), seq< VNPLAN_STRING( "cấp" ), not_at< sp, VNPLAN_STRING( "ủy" ) > >,
    VNPLAN_STRING( "cơ sở" ), VNPLAN_STRING( "thành phố" ), VNPLAN_STRING( "tỉnh" ),
    VNPLAN_STRING( "huyện" ), VNPLAN_STRING( "quận" ), VNPLAN_STRING( "thị xã" ), VNPLAN_STRING( "xã" ),
    VNPLAN_STRING( "phường" ), VNPLAN_STRING( "thị trấn" ), VNPLAN_STRING( "trung ương" ),
    VNPLAN_STRING( "khối" ), VNPLAN_STRING( "nhân dân" ), VNPLAN_STRING( "nhà nước" ),
    VNPLAN_STRING( "đảng" ), VNPLAN_STRING( "quốc gia" ), VNPLAN_STRING( "chuyên môn" ),
    VNPLAN_STRING( "chuyên trách" ), VNPLAN_STRING( "ngang bộ" ), VNPLAN_STRING( "thuộc" ),
    VNPLAN_STRING( "khu vực" ) >, word_end > {};

// ---- role markers -------------------------------------------------------

struct lead_marker : seq< VNPLAN_STRING( "chủ trì" ), word_end > {};
struct with_word : seq< sor< VNPLAN_STRING( "với" ), VNPLAN_STRING( "cùng" ) >, word_end > {};
struct support_marker : seq< VNPLAN_STRING( "phối hợp" ), word_end, opt< sp, VNPLAN_STRING( "chặt chẽ" ), word_end >, opt< sp, with_word > > {};
struct report_marker : seq< VNPLAN_STRING( "báo cáo" ), word_end > {};
struct report_direction : seq< sor< VNPLAN_STRING( "gửi về" ), VNPLAN_STRING( "gửi đến" ), VNPLAN_STRING( "gửi" ),
                                    VNPLAN_STRING( "về" ), VNPLAN_STRING( "lên" ), VNPLAN_STRING( "tới" ),
                                    VNPLAN_STRING( "đến" ), VNPLAN_STRING( "thông qua" ), VNPLAN_STRING( "qua" ),
                                    VNPLAN_STRING( "cho" ) >, word_end > {};
struct advise_marker : seq< VNPLAN_STRING( "tham mưu" ), word_end, opt< sp, sor< VNPLAN_STRING( "cho" ), VNPLAN_STRING( "giúp" ) >, word_end > > {};
// `Giao Sở Tư pháp chủ trì`, `đề nghị Mặt trận Tổ quốc ...`: the body named
// next is the one that acts.
struct assign_marker : seq< sor< seq< VNPLAN_STRING( "giao" ), word_end, opt< sp, VNPLAN_STRING( "cho" ), word_end > >,
                                 seq< VNPLAN_STRING( "đề nghị" ), word_end > > > {};

// Any of the words the extractor looks for at every word of a text (the
// role markers and the determiners): one prefix filter for all of them, so
// that a word that starts none is passed over with one lookup.
struct word_marker : sor< assign_marker, support_marker, report_marker, advise_marker, determiner > {};

// ---- field labels -------------------------------------------------------

struct field_subject : sor< VNPLAN_STRING( "cơ quan" ), VNPLAN_STRING( "đơn vị" ) > {};
struct field_words : star< sp, sor< VNPLAN_STRING( "tham mưu" ), VNPLAN_STRING( "thực hiện" ), VNPLAN_STRING( "triển khai" ) >, word_end > {};
struct field_colon : seq< star< one< ' ' > >, one< ':' >, star< one< ' ' > > > {};
// `Cơ quan chủ trì:`  `Đơn vị chủ trì thực hiện:`  `Chủ trì:`  `Cơ quan thực hiện:`
struct field_lead : seq< sor< seq< field_subject, sp, VNPLAN_STRING( "chủ trì" ), word_end, field_words >,
                              seq< field_subject, sp, VNPLAN_STRING( "thực hiện" ), word_end >,
                              seq< VNPLAN_STRING( "chủ trì" ), word_end > >,
                         field_colon > {};
// `Cơ quan phối hợp:`  `Đơn vị phối hợp thực hiện:`  `Phối hợp:`
struct field_support : seq< opt< field_subject, sp >, VNPLAN_STRING( "phối hợp" ), word_end, field_words, field_colon > {};

// ---- words that end a name ----------------------------------------------

// Verbs, adverbs, modals and prepositions that start the predicate after a
// subject or the rest of a clause after an object. Longest first where one
// is a prefix of another.
struct predicate_word : seq< sor<
    // roles and directing
    VNPLAN_STRING( "chủ trì" ), VNPLAN_STRING( "phối hợp" ), VNPLAN_STRING( "chỉ đạo" ), VNPLAN_STRING( "lãnh đạo" ),
    VNPLAN_STRING( "tham mưu" ), VNPLAN_STRING( "có trách nhiệm" ), VNPLAN_STRING( "chịu trách nhiệm" ),
    VNPLAN_STRING( "báo cáo" ), VNPLAN_STRING( "giao" ), VNPLAN_STRING( "đề nghị" ), VNPLAN_STRING( "yêu cầu" ),
    VNPLAN_STRING( "phân công" ), VNPLAN_STRING( "điều hành" ), VNPLAN_STRING( "quản lý" ),
    // doing
    VNPLAN_STRING( "tổ chức" ), VNPLAN_STRING( "triển khai" ), VNPLAN_STRING( "thực hiện" ), VNPLAN_STRING( "tiến hành" ),
    VNPLAN_STRING( "xây dựng" ), VNPLAN_STRING( "ban hành" ), VNPLAN_STRING( "hướng dẫn" ), VNPLAN_STRING( "theo dõi" ),
    VNPLAN_STRING( "đôn đốc" ), VNPLAN_STRING( "kiểm tra" ), VNPLAN_STRING( "giám sát" ), VNPLAN_STRING( "rà soát" ),
    VNPLAN_STRING( "nghiên cứu" ), VNPLAN_STRING( "tăng cường" ), VNPLAN_STRING( "tiếp tục" ), VNPLAN_STRING( "quán triệt" ),
    VNPLAN_STRING( "nắm vững" ), VNPLAN_STRING( "đề xuất" ), VNPLAN_STRING( "trình" ), VNPLAN_STRING( "tổng hợp" ),
    VNPLAN_STRING( "phê duyệt" ), VNPLAN_STRING( "cung cấp" ), VNPLAN_STRING( "bảo đảm" ), VNPLAN_STRING( "đảm bảo" ),
    VNPLAN_STRING( "xem xét" ), VNPLAN_STRING( "quyết định" ), VNPLAN_STRING( "tiếp nhận" ), VNPLAN_STRING( "tham gia" ),
    VNPLAN_STRING( "hỗ trợ" ), VNPLAN_STRING( "thẩm định" ), VNPLAN_STRING( "đánh giá" ), VNPLAN_STRING( "xử lý" ),
    VNPLAN_STRING( "đẩy mạnh" ), VNPLAN_STRING( "nâng cao" ), VNPLAN_STRING( "phát huy" ), VNPLAN_STRING( "chuẩn bị" ),
    VNPLAN_STRING( "cập nhật" ), VNPLAN_STRING( "công bố" ), VNPLAN_STRING( "tuyên truyền" ), VNPLAN_STRING( "phổ biến" ),
    VNPLAN_STRING( "vận động" ), VNPLAN_STRING( "sơ kết" ), VNPLAN_STRING( "tổng kết" ), VNPLAN_STRING( "giải quyết" ),
    VNPLAN_STRING( "hoàn thành" ), VNPLAN_STRING( "hoàn thiện" ), VNPLAN_STRING( "duy trì" ), VNPLAN_STRING( "thúc đẩy" ),
    VNPLAN_STRING( "tập trung" ), VNPLAN_STRING( "quan tâm" ), VNPLAN_STRING( "phát động" ), VNPLAN_STRING( "sửa đổi" ),
    VNPLAN_STRING( "bổ sung" ), VNPLAN_STRING( "kiện toàn" ), VNPLAN_STRING( "củng cố" ), VNPLAN_STRING( "khảo sát" ),
    VNPLAN_STRING( "thông báo" ), VNPLAN_STRING( "phát hiện" ), VNPLAN_STRING( "điều chỉnh" ), VNPLAN_STRING( "thành lập" ),
    VNPLAN_STRING( "cụ thể hóa" ), VNPLAN_STRING( "góp phần" ), VNPLAN_STRING( "phát triển" ), VNPLAN_STRING( "đổi mới" ),
    VNPLAN_STRING( "lập" ), VNPLAN_STRING( "gửi" ), VNPLAN_STRING( "cử" ), VNPLAN_STRING( "bố trí" ), VNPLAN_STRING( "ký" ),
    VNPLAN_STRING( "làm" ), VNPLAN_STRING( "nắm" ), VNPLAN_STRING( "căn cứ" ), VNPLAN_STRING( "trao đổi" ),
    VNPLAN_STRING( "thống nhất" ), VNPLAN_STRING( "ưu tiên" ), VNPLAN_STRING( "bồi dưỡng" ), VNPLAN_STRING( "đào tạo" ),
    // manner, time, modality
    VNPLAN_STRING( "khẩn trương" ), VNPLAN_STRING( "chủ động" ), VNPLAN_STRING( "kịp thời" ), VNPLAN_STRING( "thường xuyên" ),
    VNPLAN_STRING( "định kỳ" ), VNPLAN_STRING( "tích cực" ), VNPLAN_STRING( "nghiêm túc" ), VNPLAN_STRING( "đồng thời" ),
    VNPLAN_STRING( "trực tiếp" ), VNPLAN_STRING( "hằng" ), VNPLAN_STRING( "hàng" ), VNPLAN_STRING( "là" ),
    VNPLAN_STRING( "có" ), VNPLAN_STRING( "được" ), VNPLAN_STRING( "bị" ), VNPLAN_STRING( "đã" ), VNPLAN_STRING( "đang" ),
    VNPLAN_STRING( "sẽ" ), VNPLAN_STRING( "phải" ), VNPLAN_STRING( "cần" ), VNPLAN_STRING( "nên" ), VNPLAN_STRING( "cùng" ),
    VNPLAN_STRING( "tiếp" ), VNPLAN_STRING( "chưa" ), VNPLAN_STRING( "không" ),
    // prepositions and conjunctions that open the rest of the clause
    VNPLAN_STRING( "đối với" ), VNPLAN_STRING( "với" ), VNPLAN_STRING( "để" ), VNPLAN_STRING( "nhằm" ),
    VNPLAN_STRING( "trong" ), VNPLAN_STRING( "theo" ), VNPLAN_STRING( "về" ), VNPLAN_STRING( "tại" ),
    VNPLAN_STRING( "từ" ), VNPLAN_STRING( "đến" ), VNPLAN_STRING( "cho" ), VNPLAN_STRING( "của" ),
    VNPLAN_STRING( "trên" ), VNPLAN_STRING( "dưới" ), VNPLAN_STRING( "khi" ), VNPLAN_STRING( "nếu" ),
    VNPLAN_STRING( "thì" ), VNPLAN_STRING( "mà" ), VNPLAN_STRING( "do" ), VNPLAN_STRING( "bằng" ),
    VNPLAN_STRING( "qua" ), VNPLAN_STRING( "sau" ), VNPLAN_STRING( "trước" ), VNPLAN_STRING( "giữa" ),
    VNPLAN_STRING( "hoặc" ), VNPLAN_STRING( "nhưng" ), VNPLAN_STRING( "vì" ), VNPLAN_STRING( "gắn" ) >, word_end > {};

// ---- list separators ----------------------------------------------------

struct and_word : seq< VNPLAN_STRING( "và" ), word_end > {};
// `, `  ` và `  `, và `  ` ; ` is not one: a clause ends there.
struct list_separator : sor< seq< one< ',' >, star< one< ' ' > >, opt< and_word, sp > >, seq< sp, and_word, sp > > {};
// ` - ` or ` – ` inside a name (`Lao động - Thương binh và Xã hội`).
struct name_dash : seq< star< one< ' ' > >, sor< one< '-' >, VNPLAN_STRING( "–" ) >, star< one< ' ' > > > {};

// Any head, for tests and for deciding that a word starts a new body.
struct any_head : sor< abbreviation, standing_head, person_head, named_head, generic_head > {};
// A determiner and a head: the start of a body as the grammar alone sees it.
struct body_start : seq< opt< determiner, sp >, any_head > {};

}  // namespace vnplan::grammar::bodies
