// Code points of UTF-8 text and the ICU properties the scanners ask of them
// at every word: letter, digit, mark, upper case, and the lower case of the
// same UTF-8 length. Vietnamese text is ASCII and the Latin blocks (Latin-1
// to Latin Extended-B, Latin Extended Additional); for those a table made
// once from ICU answers, for anything else ICU does. The tests compare the
// two on every code point of the tables.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::text {

// One code point of a UTF-8 string: its value, or -1 for a byte that starts
// no valid sequence (which then counts as one byte), and its length in bytes.
struct code_point {
    std::int32_t value;
    std::uint32_t size;
};

namespace detail {

code_point code_point_at_slow(std::string_view s, std::size_t at);

enum : std::uint8_t {
    cp_letter = 1,  // general category L* (u_isalpha)
    cp_digit = 2,   // Nd (u_isdigit)
    cp_mark = 4,    // M* (combining marks)
    cp_upper = 8,   // Lu or Lt (u_isupper, u_istitle)
};

struct latin_tables {
    // Classes and same-length lower case of U+0000..U+024F and U+1E00..U+1EFF.
    std::array<std::uint8_t, 0x250> classes{};
    std::array<std::uint8_t, 0x100> classes_ext{};
    std::array<char16_t, 0x250> lower{};
    std::array<char16_t, 0x100> lower_ext{};
};
latin_tables make_latin_tables();
std::uint8_t classes_slow(std::int32_t c);

// Inline, so that the scanners' per-character calls cost a guard check, not
// a call.
inline const latin_tables& latin() {
    static const latin_tables t = make_latin_tables();
    return t;
}

}  // namespace detail

inline code_point code_point_at(std::string_view s, std::size_t at) {
    const auto b0 = static_cast<unsigned char>(s[at]);
    if (b0 < 0x80) return {b0, 1};
    if (b0 >= 0xC2 && b0 < 0xE0 && at + 1 < s.size()) {
        const auto b1 = static_cast<unsigned char>(s[at + 1]);
        if ((b1 & 0xC0) == 0x80) return {((b0 & 0x1F) << 6) | (b1 & 0x3F), 2};
    }
    // Three bytes, no surrogate, no overlong form: `ạ` `ấ` `ữ`, `“` `–`.
    if (b0 >= 0xE1 && b0 < 0xF0 && b0 != 0xED && at + 2 < s.size()) {
        const auto b1 = static_cast<unsigned char>(s[at + 1]);
        const auto b2 = static_cast<unsigned char>(s[at + 2]);
        if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) return {((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F), 3};
    }
    return detail::code_point_at_slow(s, at);
}

// The code point that ends at byte `at` (-1 when there is none or the bytes
// before `at` are no valid sequence).
std::int32_t code_point_before(std::string_view s, std::size_t at);

inline std::uint8_t char_classes(std::int32_t c) {
    if (c < 0) return 0;
    if (c < 0x250) return detail::latin().classes[static_cast<std::size_t>(c)];
    if (c >= 0x1E00 && c < 0x1F00) return detail::latin().classes_ext[static_cast<std::size_t>(c - 0x1E00)];
    return detail::classes_slow(c);
}

inline bool is_letter(std::int32_t c) { return (char_classes(c) & detail::cp_letter) != 0; }
inline bool is_alnum(std::int32_t c) { return (char_classes(c) & (detail::cp_letter | detail::cp_digit)) != 0; }
// Part of a word: a letter, a digit or a combining mark.
inline bool is_word_char(std::int32_t c) {
    return (char_classes(c) & (detail::cp_letter | detail::cp_digit | detail::cp_mark)) != 0;
}
// Upper case or title case: what a capital is.
inline bool is_capital(std::int32_t c) { return (char_classes(c) & detail::cp_upper) != 0; }

// Whether the code point at byte `at` is part of a word.
inline bool word_char_at(std::string_view s, std::size_t at) {
    return at < s.size() && is_word_char(code_point_at(s, at).value);
}

// Byte offsets where a word starts: a word character (is_word_char) that
// does not follow one.
std::vector<std::uint32_t> word_starts(std::string_view s);

namespace detail {
std::int32_t lower_same_length_slow(std::int32_t c);
}

// The lower case of a code point when it has the same UTF-8 length (ICU's
// simple case mapping), else the code point itself; `Ð`/`ð` give `đ`.
inline std::int32_t lower_same_length(std::int32_t c) {
    if (c < 0) return c;
    if (c < 0x250) return detail::latin().lower[static_cast<std::size_t>(c)];
    if (c >= 0x1E00 && c < 0x1F00) return detail::latin().lower_ext[static_cast<std::size_t>(c - 0x1E00)];
    return detail::lower_same_length_slow(c);
}

}  // namespace vnplan::text
