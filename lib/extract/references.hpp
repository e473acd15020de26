// References to other documents (grammars/vnplan/references.hpp).
#pragma once

#include "extract/source.hpp"
#include "extract/span.hpp"
#include "model/document.hpp"

#include <string_view>
#include <vector>

namespace vnplan::extract {

struct found_reference {
    model::reference value;
    span where;  // the whole reference, its date and issuer included
};

// `Nghị quyết số 28-NQ/TW ngày 17 tháng 11 năm 2022` -> {type "Nghị quyết",
// number "28-NQ/TW", date "2022-11-17"}; also `Chỉ thị 05-CT/TW`,
// `Luật Giáo dục số 43/2019/QH14`, `Nghị định số 99/2019/NĐ-CP`.
std::vector<found_reference> find_references(const source& text);
std::vector<found_reference> find_references(std::string_view text);

// Spans of names that carry years but are not deadlines: `Chiến lược ... đến
// năm 2030`, `Đại hội ... nhiệm kỳ 2020 - 2025`, `Chương trình ... giai đoạn
// 2021 - 2025` when they name a document or an event rather than a schedule.
std::vector<span> find_named_periods(const source& text);
std::vector<span> find_named_periods(std::string_view text);

}  // namespace vnplan::extract
