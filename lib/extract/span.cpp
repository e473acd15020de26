#include "extract/span.hpp"

#include <algorithm>
#include <utility>

namespace vnplan::extract {

span_set::span_set(std::vector<span> spans) : spans_(std::move(spans)) {
    std::sort(spans_.begin(), spans_.end(), [](const span& a, const span& b) { return a.begin < b.begin; });
    reach_.reserve(spans_.size());
    std::size_t reach = 0;
    for (const auto& s : spans_) reach_.push_back(reach = std::max(reach, s.end));
}

bool span_set::overlaps_any(const span& s) const {
    // The spans that begin before `s` ends; the others cannot overlap it.
    const auto before =
        std::partition_point(spans_.begin(), spans_.end(), [&](const span& x) { return x.begin < s.end; });
    if (before == spans_.begin()) return false;
    return reach_[static_cast<std::size_t>(before - spans_.begin()) - 1] > s.begin;
}

}  // namespace vnplan::extract
