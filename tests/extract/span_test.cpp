// span_set: whether a range overlaps any claimed span, without asking each.
#include "extract/span.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <vector>

using vnplan::extract::span;
using vnplan::extract::span_set;

TEST_CASE("a span set finds the spans a range overlaps, in any order given", "[extract][span]") {
    const span_set claimed(std::vector<span>{{40, 50}, {10, 20}, {12, 30}});
    CHECK(claimed.overlaps_any({15, 16}));
    CHECK(claimed.overlaps_any({29, 35}));  // only the long one reaches 29
    CHECK(claimed.overlaps_any({5, 11}));
    CHECK(claimed.overlaps_any({49, 60}));
    CHECK_FALSE(claimed.overlaps_any({30, 40}));  // ends are one past the last byte
    CHECK_FALSE(claimed.overlaps_any({0, 10}));
    CHECK_FALSE(claimed.overlaps_any({50, 90}));
    CHECK_FALSE(span_set{}.overlaps_any({0, 100}));
    CHECK(span_set{}.empty());
}

TEST_CASE("a span set answers as a test of every span would", "[extract][span]") {
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::size_t> at(0, 200), length(0, 12);
    for (int round = 0; round < 200; ++round) {
        std::vector<span> spans;
        const auto count = at(rng) % 20;
        for (std::size_t i = 0; i < count; ++i) {
            const auto b = at(rng);
            spans.push_back({b, b + length(rng)});  // empty spans too
        }
        const span_set claimed(spans);
        for (int q = 0; q < 50; ++q) {
            const auto b = at(rng);
            const span s{b, b + length(rng)};
            bool any = false;
            for (const auto& x : spans) any = any || vnplan::extract::overlaps(s, x);
            INFO("round " << round << " range " << s.begin << "-" << s.end);
            CHECK(claimed.overlaps_any(s) == any);
        }
    }
}
