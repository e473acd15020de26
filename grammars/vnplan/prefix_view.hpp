// The prefix filter a scanner asks, as flat constant arrays: the half of
// prefix.hpp that the generated tables (tools/prefix_gen) and the scanners
// need, without PEGTL or the grammars. prefix.hpp computes what goes in.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace vnplan::grammar {

// The filter reads every ASCII digit as `0`: a rule that takes a year or a
// day then has a handful of strings where it would have thousands, and no
// word is told from another by its digits.
constexpr unsigned char project_byte(unsigned char b) { return b >= '0' && b <= '9' ? '0' : b; }

// The filter a scanner asks: may a match of the rule start at `at` of `s`?
// A trie over the (digit-projected) strings of the analysis, in flat arrays
// so that a generated source can hold it as constant data: the node reached
// from the root by a string's bytes accepts, and the walk stops at the first
// accepting node (a match may start here), or at a byte no string continues
// with (none can).
struct prefix_node {
    std::uint32_t first_edge;  // into edge_bytes / edge_targets
    std::uint16_t edge_count;
    std::uint8_t accept;
};

struct prefix_view {
    const std::int32_t* root = nullptr;  // 256 entries: the node after that first byte, or -1
    const prefix_node* nodes = nullptr;
    const unsigned char* edge_bytes = nullptr;
    const std::uint32_t* edge_targets = nullptr;
    bool all = true;  // the empty string accepts: every position passes

    bool may_start(std::string_view s, std::size_t at) const {
        if (all) return true;
        if (at >= s.size()) return false;
        std::int32_t n = root[project_byte(static_cast<unsigned char>(s[at]))];
        for (std::size_t i = at + 1;; ++i) {
            if (n < 0) return false;
            const prefix_node& here = nodes[n];
            if (here.accept) return true;
            if (i >= s.size()) return false;
            const auto b = project_byte(static_cast<unsigned char>(s[i]));
            n = -1;
            const unsigned char* bytes = edge_bytes + here.first_edge;
            for (std::uint32_t e = 0; e < here.edge_count; ++e)
                if (bytes[e] == b) {
                    n = static_cast<std::int32_t>(edge_targets[here.first_edge + e]);
                    break;
                }
        }
    }
};

}  // namespace vnplan::grammar
