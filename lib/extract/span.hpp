// A byte range in one item's text, for masking what one grammar claimed
// (a reference's date) from another (deadlines).
#pragma once

#include <cstddef>
#include <vector>

namespace vnplan::extract {

struct span {
    std::size_t begin = 0;
    std::size_t end = 0;  // one past the last byte
};

inline bool overlaps(const span& a, const span& b) { return a.begin < b.end && b.begin < a.end; }

inline bool inside_any(const span& s, const std::vector<span>& spans) {
    for (const auto& x : spans)
        if (overlaps(s, x)) return true;
    return false;
}

}  // namespace vnplan::extract
