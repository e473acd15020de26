// The section tree as indented text, for people.
#pragma once

#include "model/document.hpp"

#include <string>

namespace vnplan::format {

// One line per section: line number, indentation by level, label, title
// (trimmed to `width` code points when width > 0), role in brackets and the
// number of items. Followed by a line that counts sections and items.
std::string outline(const model::document& doc, int width);

}  // namespace vnplan::format
