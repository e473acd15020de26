// Grammar test helper (after PEGTL's verify_rule): match a rule at the start
// of the input and report whether it matched and how many bytes were left.
#pragma once

#include <tao/pegtl.hpp>

#include <string>
#include <string_view>

namespace vnplan::test {

struct match_result {
    bool matched = false;
    std::string rest;  // what the rule did not consume
};

template <typename Rule>
match_result match(std::string_view input) {
    tao::pegtl::memory_input in(input.data(), input.size(), "test");
    const bool ok = tao::pegtl::parse<Rule>(in);
    return {ok, ok ? std::string(in.current(), in.size()) : std::string(input)};
}

// True when the rule consumes the whole input.
template <typename Rule>
bool matches_all(std::string_view input) {
    const auto r = match<Rule>(input);
    return r.matched && r.rest.empty();
}

}  // namespace vnplan::test
