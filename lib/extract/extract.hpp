// Extraction: fills bodies, deadlines, targets and references of every item
// from the inline grammars, then applies inheritance from headings and the
// document's term.
#pragma once

#include "model/document.hpp"

namespace vnplan::extract {

void extract_all(model::document& doc);

}  // namespace vnplan::extract
