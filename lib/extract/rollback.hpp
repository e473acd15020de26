// The PEGTL control the extractors parse with when they record events.
//
// Actions fire inside branches that a later failure abandons (STYLE.md): a
// scanner that records what its actions saw into a vector would keep the
// events of `85% - ...` tried as a range and then dropped. This control
// remembers the vector's size when a rule starts and cuts it back when the
// rule fails, so only the events of the successful parse remain.
//
// Only rules that hold an action, themselves or below them (read through
// PEGTL's `subs_t`), are tracked: nothing inside the others can have
// recorded anything, and tracking every keyword of a citation's subject
// clause was most of the cost of reading one.
//
// The state needs `events` (a vector) and `marks` (a vector of sizes).
#pragma once

#include <tao/pegtl.hpp>

#include <type_traits>

namespace vnplan::extract {

// Read to a bounded depth, since a grammar may be recursive (a citation's
// parenthesis holds parentheses): below it a rule counts as holding one,
// which only costs the tracking.
inline constexpr int holds_action_depth = 24;

template <template <typename...> class Action, typename Rule, int Depth = holds_action_depth>
struct holds_action;

template <template <typename...> class Action, typename List, int Depth>
struct any_holds_action;

template <template <typename...> class Action, typename... Rules, int Depth>
struct any_holds_action<Action, tao::pegtl::type_list<Rules...>, Depth>
    : std::bool_constant<(holds_action<Action, Rules, Depth>::value || ...)> {};

template <template <typename...> class Action, typename Rule, int Depth>
struct holds_action
    : std::bool_constant<!std::is_base_of_v<tao::pegtl::nothing<Rule>, Action<Rule>> ||
                         any_holds_action<Action, typename Rule::subs_t, Depth - 1>::value> {};

template <template <typename...> class Action, typename Rule>
struct holds_action<Action, Rule, 0> : std::true_type {};

template <template <typename...> class Action>
struct rollback {
    template <typename Rule>
    struct control : tao::pegtl::normal<Rule> {
        static constexpr bool tracked = holds_action<Action, Rule>::value;

        template <typename ParseInput, typename State>
        static void start(const ParseInput& /*in*/, State& st) {
            if constexpr (tracked) st.marks.push_back(st.events.size());
        }
        template <typename ParseInput, typename State>
        static void success(const ParseInput& /*in*/, State& st) {
            if constexpr (tracked) st.marks.pop_back();
        }
        template <typename ParseInput, typename State>
        static void failure(const ParseInput& /*in*/, State& st) {
            if constexpr (tracked) {
                st.events.resize(st.marks.back());
                st.marks.pop_back();
            }
        }
    };
};

}  // namespace vnplan::extract
