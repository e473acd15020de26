// One text as the extractors read it: the original, from which spans, `text`
// and capitals are cut, and its grammar form (text::grammar_form: lower case,
// one tone style, the same byte length), which the rules match, with the
// classes of every byte and the word starts (text::read_for_grammar). Made
// once per item, in buffers reused from item to item, and read by every
// extractor.
#pragma once

#include "text/text.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::extract {

struct source {
    std::string_view orig;
    text::grammar_reading reading;
    const text::grammar_input& in;               // reading.get()
    std::string_view low;                        // in.low
    const std::vector<std::uint32_t>& words;     // in.words

    // The end of the last digit, and of the last run of four digits (0 when
    // there is none): every citation holds a number or a date, every named
    // period a year, so none starts past them.
    std::size_t digits_end = 0;
    std::size_t year_end = 0;

    explicit source(std::string_view s) : orig(s), reading(s), in(reading.get()), low(in.low), words(in.words) {
        std::size_t run = 0;
        for (std::size_t i = 0; i < low.size(); ++i) {
            if (low[i] < '0' || low[i] > '9') {
                run = 0;
                continue;
            }
            digits_end = i + 1;
            if (++run >= 4) year_end = i + 1;
        }
    }
    source(const source&) = delete;
    source& operator=(const source&) = delete;
};

}  // namespace vnplan::extract
