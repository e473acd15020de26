// Responsible bodies and their roles (grammars/vnplan/bodies.hpp).
#pragma once

#include "extract/source.hpp"
#include "extract/span.hpp"
#include "model/document.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::extract {

// Bodies named in an item's text with their roles, source "text":
// `X chủ trì, phối hợp với Y, Z` -> X lead, Y and Z support; `báo cáo (về) X`
// -> X report_to; a body that is the subject at the start of the text
// (`Ban Thường vụ Đảng ủy Khối chỉ đạo ...`) -> lead.
std::vector<model::body> find_bodies(const source& text, const span_set& skip = {});
std::vector<model::body> find_bodies(std::string_view text, const span_set& skip = {});

// A heading that is itself a body (`1.1. Ban Tổ chức Đảng ủy Khối`,
// `1.2. Cấp ủy các trường`): the body, role lead, source "heading".
std::optional<model::body> body_of_heading(std::string_view title);

// The value of a field line or a table cell listing bodies
// (`Sở Nội vụ, UBND các huyện, thành phố`), each with the given role.
std::vector<model::body> bodies_of_list(std::string_view value, const std::string& role);

// Drops each body that repeats an earlier one's role and canonical name,
// keeping the order; in time linear in the list (a paragraph may name
// thousands).
void keep_first_bodies(std::vector<model::body>& bodies);

// Abbreviations expanded, case and tone placement normalised, so that
// `UBKT ĐUK`, `Uỷ ban kiểm tra Đảng ủy Khối` and `Ủy Ban Kiểm tra Đảng ủy
// Khối` all give `Ủy ban Kiểm tra Đảng ủy Khối`.
std::string canonical_body(std::string_view name);

}  // namespace vnplan::extract
