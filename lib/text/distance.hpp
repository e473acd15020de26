// Edit distance, for every "did you mean" (commands, options, query fields,
// validate rules): one implementation.
#pragma once

#include <cstddef>
#include <string_view>

namespace vnplan::text {

// Levenshtein distance over bytes (the names compared are ASCII).
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace vnplan::text
