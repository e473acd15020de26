// The per-code-point table of the text layer's fast paths (not a public
// header). What ICU says of each code point of the Latin blocks Vietnamese
// uses: its NFD base and tone, its case fold, its letters without accents,
// its upper case. tools/text_gen computes the table with ICU at build time
// and prints it as constant data (generated/cp_table.cpp), so that no run
// of vnplan starts by asking ICU 2 304 times; text.cpp reads it; the tests
// compare the fast paths that use it with the ICU paths on every code point.
#pragma once

#include <unicode/uchar.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace vnplan::text::detail {

// A few bytes of UTF-8: what one code point becomes.
struct small_utf8 {
    std::array<char, 14> b{};
    std::uint8_t n = 0;
    std::string_view view() const { return {b.data(), n}; }
};

struct cp_info {
    // A string of such code points is NFC: quick check yes, combining class 0.
    bool nfc_ok = false;
    // nfc_ok, and NFD is one starter and then combining marks only; the case
    // fold starts with a starter too and has accents to strip that are not
    // empty. Such code points fold, tone and strip one at a time.
    bool fast = false;
    bool upper_ok = false;    // `upper` holds the full upper case
    bool syllable = false;    // a letter or a mark: part of a syllable
    bool alpha = false, lower = false, digit = false;  // u_isalpha, u_islower, u_isdigit
    bool tones_only = true;   // every mark of the NFD is a Vietnamese tone
    std::uint8_t marks = 0;   // number of marks in the NFD
    std::int32_t base = 0;         // first code point of the NFD
    std::int32_t base_lower = 0;   // u_tolower(base)
    std::int32_t tone = 0;         // the mark, when there is exactly one
    small_utf8 self, fold, strip, upper;
};

// The blocks of 256 code points in the table: Latin letters and the
// combining marks, Latin Extended Additional (the Vietnamese letters with two
// marks), general punctuation to the arrows, box drawing and geometric shapes
// (bullets), the Symbol-font bullets Word leaves in the private use area.
inline constexpr std::array<std::int32_t, 9> table_blocks{0x00, 0x01, 0x02, 0x03, 0x1E, 0x20, 0x21, 0x25, 0xF0};
inline constexpr std::size_t table_size = table_blocks.size() * 256;

// Tone marks of Vietnamese in NFD: grave, acute, tilde, hook above, dot below.
inline bool is_tone(std::int32_t c) {
    return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

inline bool is_letter_or_mark(std::int32_t c) {
    return u_isalpha(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
}

// What ICU says of `c` (text/cp_make.cpp, linked into the generator). The
// upper case is the root locale's; text.cpp does not use it where the
// default locale upper-cases otherwise.
cp_info make_info(std::int32_t c);

// The generated table: the blocks in order, 256 entries each, and
// cp_info::nfc_ok of the whole BMP as bits.
extern const cp_info generated_cp_infos[table_size];
extern const std::uint64_t generated_nfc_bits[0x10000 / 64];

}  // namespace vnplan::text::detail
