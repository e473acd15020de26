// Deadlines stated in an item's text (grammars/vnplan/dates.hpp, deadlines.hpp).
#pragma once

#include "extract/source.hpp"
#include "extract/span.hpp"
#include "model/document.hpp"

#include <string_view>
#include <vector>

namespace vnplan::extract {

struct found_deadline {
    model::deadline value;  // source "text"; start/end null when the date does not exist
    span where;             // bytes of the phrase in the text
    bool valid = true;      // false for 31/02/2024, tháng 13: reported by validate
};

// Finds the deadlines in one item's text (NFC, debris removed), in order of
// appearance. Text inside `skip` (references, names of strategies and
// congresses) is not read. With `schedule_field` the text is the value of a
// field line (`Thời gian hoàn thành: Quý II/2025`, `Thời gian thực hiện:
// Thường xuyên`), where a bare period or `Thường xuyên` is the schedule.
std::vector<found_deadline> find_deadlines(const source& text, const span_set& skip = {},
                                           bool schedule_field = false);
std::vector<found_deadline> find_deadlines(std::string_view text, const span_set& skip = {},
                                           bool schedule_field = false);

}  // namespace vnplan::extract
