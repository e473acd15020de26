// libFuzzer target: the query expression compiler on arbitrary text, and every
// expression that compiles evaluated on every item of a small document. A bad
// expression must come back as an error with a column inside the expression,
// never as a crash or an exception.
#include "query/query.hpp"
#include "text/text.hpp"
#include "vnplan.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

// Items with bodies, deadlines, targets and references to evaluate on.
constexpr std::string_view document_text =
    "ĐẢNG ỦY KHỐI\n"
    "Số 19-CTrHĐ/ĐUK\n"
    "Hà Nội, ngày 14 tháng 9 năm 2023\n"
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
    "thực hiện Nghị quyết số 28-NQ/TW, nhiệm kỳ 2020 - 2025\n"
    "I. MỤC TIÊU, CHỈ TIÊU\n"
    "1. Phấn đấu 100% tổ chức đảng hoàn thành nhiệm vụ; tỷ lệ đảng viên đạt 3-4%.\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Ban Tuyên giáo Đảng ủy Khối chủ trì, phối hợp với Văn phòng tham mưu trước ngày 31/12/2025.\n"
    "2. Các cấp ủy thực hiện thường xuyên, báo cáo về Ban Thường vụ hằng quý.\n"
    "- Cơ quan chủ trì: Ủy ban Kiểm tra.\n"
    "- Thời gian hoàn thành: Quý II/2024.\n";

const std::vector<vnplan::query::row>& rows() {
    static const auto doc = [] {
        auto r = vnplan::parse_document(document_text, "fuzz.txt");
        if (!r.doc) std::abort();
        return std::move(*r.doc);
    }();
    static const auto rs = vnplan::query::rows_of(doc);
    return rs;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto compiled = vnplan::query::compile(text);
    if (compiled.error) {
        // The column points into the expression (or just past its end).
        const int len = vnplan::text::code_points(compiled.source);
        if (compiled.error->column < 1 || compiled.error->column > len + 1) std::abort();
        return 0;
    }
    if (!compiled.expression) std::abort();
    for (const auto& r : rows()) (void)vnplan::query::evaluate(*compiled.expression, r);
    return 0;
}
