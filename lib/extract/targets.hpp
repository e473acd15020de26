// Targets (chỉ tiêu) stated in an item's text (grammars/vnplan/targets.hpp).
#pragma once

#include "extract/source.hpp"
#include "extract/span.hpp"
#include "model/document.hpp"

#include <string_view>
#include <vector>

namespace vnplan::extract {

struct found_target {
    model::target value;
    span where;
};

// `đạt 95% trở lên` -> {95, ">=", "%"}; `dưới 0,4%` -> {0.4, "<"};
// `3-4%` -> {3, max 4, "range"}; `Kết nạp 2.000 đảng viên mới` -> {2000, "=", "đảng viên"}.
// Numbers inside `skip` (references, dates) are not targets.
std::vector<found_target> find_targets(const source& text, const span_set& skip = {});
std::vector<found_target> find_targets(std::string_view text, const span_set& skip = {});

}  // namespace vnplan::extract
