// One text as the extractors read it: the original, from which spans, `text`
// and capitals are cut, and its grammar form (text::grammar_form: lower case,
// one tone style, the same byte length), which the rules match, with the
// classes of every byte and the word starts (text::read_for_grammar). Made
// once per item and read by every extractor.
#pragma once

#include "text/text.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::extract {

struct source {
    std::string_view orig;
    text::grammar_input in;
    std::string_view low;                        // in.low
    const std::vector<std::uint32_t>& words;     // in.words

    explicit source(std::string_view s) : orig(s), in(text::read_for_grammar(s)), low(in.low), words(in.words) {}
    source(const source&) = delete;
    source& operator=(const source&) = delete;
};

}  // namespace vnplan::extract
