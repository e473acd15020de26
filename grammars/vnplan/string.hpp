// The literal the grammars are written with: `VNPLAN_STRING("chủ trì")` is
// PEGTL's `TAO_PEGTL_STRING("chủ trì")`, matched the same way (the same
// bytes, nothing else), and refused on its first two bytes before the rest
// is compared. A keyword list is an ordered choice of dozens of literals
// (grammars/vnplan/bodies.hpp predicate_word has over a hundred), tried at
// every word the scanners stop at; almost every one differs from the input
// at the first or second byte, and PEGTL's string<> called memcmp for each.
//
// For PEGTL it is that string<>: `rule_t` is internal::string, so analyze()
// and the prefix analysis (grammars/vnplan/prefix.hpp) read it as one, and
// like one it matches without the control (no start/success/failure events).
#pragma once

#include <tao/pegtl.hpp>

#include <cstddef>
#include <cstring>

namespace vnplan::grammar {

template <char... Cs>
struct str : tao::pegtl::internal::string<Cs...> {
    static_assert(sizeof...(Cs) > 0, "an empty literal is tao::pegtl::success");

    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) noexcept(noexcept(in.size(0))) {
        constexpr std::size_t n = sizeof...(Cs);
        static constexpr char s[n] = {Cs...};
        if (in.size(n) < n) return false;
        const char* p = in.current();
        if (p[0] != s[0]) return false;
        if constexpr (n > 1)
            if (p[1] != s[1]) return false;
        if constexpr (n > 2)
            if (std::memcmp(p + 2, s + 2, n - 2) != 0) return false;
        tao::pegtl::internal::bump_help<tao::pegtl::internal::string<Cs...>>(in, n);
        return true;
    }
};

}  // namespace vnplan::grammar

namespace TAO_PEGTL_NAMESPACE::internal {
template <char... Cs>
inline constexpr bool enable_control<vnplan::grammar::str<Cs...>> = false;
}  // namespace TAO_PEGTL_NAMESPACE::internal

// PEGTL's own macro for a literal (TAO_PEGTL_STRING is this with
// ascii::string), kept to its 512-byte limit.
#define VNPLAN_STRING(x) TAO_PEGTL_INTERNAL_STRING(vnplan::grammar::str, x)
