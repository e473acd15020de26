// The tables of text/chars.hpp, made once from ICU, and the ICU paths for
// the code points they do not hold.
#include "text/chars.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace vnplan::text {

namespace detail {

std::uint8_t classes_slow(std::int32_t c) {
    std::uint8_t k = 0;
    if (u_isalpha(c)) k |= cp_letter;
    if (u_isdigit(c)) k |= cp_digit;
    if ((U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) k |= cp_mark;
    if (u_isupper(c) || u_istitle(c)) k |= cp_upper;
    return k;
}

namespace {

char16_t lower_of(std::int32_t c) {
    std::int32_t l = u_tolower(c);
    if (l == 0x00F0) l = 0x0111;  // `Ð`, `ð` -> `đ`, the letter converters meant
    if (l > 0xFFFF || U8_LENGTH(l) != U8_LENGTH(c)) return static_cast<char16_t>(c);
    return static_cast<char16_t>(l);
}

}  // namespace

latin_tables make_latin_tables() {
    latin_tables t;
    for (std::int32_t c = 0; c < 0x250; ++c) {
        t.classes[static_cast<std::size_t>(c)] = classes_slow(c);
        t.lower[static_cast<std::size_t>(c)] = lower_of(c);
    }
    for (std::int32_t c = 0x1E00; c < 0x1F00; ++c) {
        t.classes_ext[static_cast<std::size_t>(c - 0x1E00)] = classes_slow(c);
        t.lower_ext[static_cast<std::size_t>(c - 0x1E00)] = lower_of(c);
    }
    return t;
}

code_point code_point_at_slow(std::string_view s, std::size_t at) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    auto i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_NEXT(p, i, static_cast<int32_t>(s.size()), c);
    return {c, static_cast<std::uint32_t>(i - static_cast<int32_t>(at))};
}

}  // namespace detail

std::int32_t code_point_before(std::string_view s, std::size_t at) {
    if (at == 0 || at > s.size()) return -1;
    const auto b = static_cast<unsigned char>(s[at - 1]);
    if (b < 0x80) return b;
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    auto i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_PREV(p, 0, i, c);
    return c;
}

std::vector<std::uint32_t> word_starts(std::string_view s) {
    std::vector<std::uint32_t> out;
    bool prev_word = false;
    for (std::size_t i = 0; i < s.size();) {
        const auto cp = code_point_at(s, i);
        const bool word = is_word_char(cp.value);
        if (word && !prev_word) out.push_back(static_cast<std::uint32_t>(i));
        prev_word = word;
        i += cp.size;
    }
    return out;
}

namespace detail {

std::int32_t lower_same_length_slow(std::int32_t c) {
    const std::int32_t l = u_tolower(c);
    return U8_LENGTH(l) == U8_LENGTH(c) ? l : c;
}

}  // namespace detail

}  // namespace vnplan::text
