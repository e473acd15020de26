// The prefix filters of the extraction rules, generated at build time from
// grammars/vnplan/filtered.hpp (tools/prefix_gen): `may_start<Rule>(s, at)`
// is false only where no match of `Rule` can start at byte `at` of `s`.
// Scanners ask it before they run the rule; for a rule without a generated
// filter it is always true.
#pragma once

#include "vnplan/filtered.hpp"
#include "vnplan/prefix.hpp"

#include <cstddef>
#include <string_view>

namespace vnplan::extract {

namespace filters {

#define VNPLAN_DECLARE_FILTER(name, rule) extern const grammar::prefix_view name;
VNPLAN_FILTERED_RULES(VNPLAN_DECLARE_FILTER)
#undef VNPLAN_DECLARE_FILTER

template <typename Rule>
struct of {
    static constexpr bool known = false;
};

#define VNPLAN_MAP_FILTER(name, rule)                           \
    template <>                                                 \
    struct of<rule> {                                           \
        static constexpr bool known = true;                     \
        static const grammar::prefix_view& get() { return name; } \
    };
VNPLAN_FILTERED_RULES(VNPLAN_MAP_FILTER)
#undef VNPLAN_MAP_FILTER

}  // namespace filters

template <typename Rule>
bool may_start(std::string_view s, std::size_t at) {
    if constexpr (filters::of<Rule>::known)
        return filters::of<Rule>::get().may_start(s, at);
    else
        return true;
}

}  // namespace vnplan::extract
