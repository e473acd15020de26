// bytes -> NFC lines, and the ICU-backed string helpers every later stage
// uses for Vietnamese text (folding for comparison, tone placement, columns).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vnplan::text {

// One physical line of the input: its 1-based number in the original file and
// its text decoded to UTF-8 and NFC, line ending removed. Conversion debris
// (`**`, `[bookmark: ...]`, NBSP, tabs) is still there: the parser needs the
// bold marks to find a heading glued to the end of a paragraph.
struct line {
    int number = 0;
    std::string raw;
};

struct source_text {
    // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", or a legacy encoding
    // detected in bytes that are not UTF-8: "tcvn3", "vni", "windows-1258".
    std::string encoding;
    std::string sha256;    // of the bytes as read
    std::vector<line> lines;
};

// An expected failure to read: the message is one line, ready for
// "vnplan: error: <name>: <message>".
struct read_error {
    std::string message;
};

// Decodes the bytes of one file. Bytes that are not UTF-8 are tried as the
// Vietnamese legacy encodings (text/legacy.hpp). Fails on NUL bytes outside
// UTF-16, invalid UTF-8 that is no legacy encoding either (naming the byte
// offset) and input with no non-blank character.
std::optional<read_error> decode(std::string_view bytes, source_text& out);

// Reads a file ("-" is standard input) and decodes it.
std::optional<read_error> load(const std::string& path, source_text& out);

// The text with a COMBINING GRAPHEME JOINER after each 30 combining marks in
// a row (UAX #15 stream-safe), so that composing it costs its length: `s`
// itself when no letter has so many. Decoding applies it before NFC.
std::string stream_safe(std::string_view s);

// Canonical composition (ICU). Cheap on text that is already NFC.
std::string nfc(std::string_view s);

// Removes what Word-to-text conversion leaves behind without losing text:
// `**` and `*` emphasis marks, `[bookmark: ...]`, NBSP and other odd spaces,
// tabs, zero-width characters and soft hyphens; collapses runs of spaces and
// trims. A line of only `*`, `-----` or `___` becomes empty.
std::string strip_debris(std::string_view s);

enum class tone_style {
    new_style,  // hóa, Ủy, thủy, khỏe: the tone on the first vowel of oa/oe/uy
    old_style,  // hoá, Uỷ, thuỷ, khoẻ: the tone on the second vowel
};

// Moves the tone mark in open syllables ending in oa, oe, uy (not after q) to
// the place the style wants; every other syllable is left as it is. NFC in,
// NFC out.
std::string set_tone_style(std::string_view s, tone_style style);

// What `vnplan normalize` needs to know from the parsed document, as line
// numbers (1-based, of the original file), so that this layer stays below the
// parser.
struct normalize_plan {
    // {line, onto}: `line` continues the paragraph that starts on `onto`
    // across a page break; it is joined to the end of that paragraph.
    std::vector<std::pair<int, int>> joins;
    // {line, label}: a numbered heading, its label as written (`2.3.`), glued
    // to the end of the paragraph on `line`; it goes on a line of its own.
    std::vector<std::pair<int, std::string>> splits;
};

// The text as vnplan reads it, one line per paragraph: each line with its
// debris removed and its tone placement in `style`, glued headings put on
// their own line, continuation lines joined to their paragraph (with one
// space, or none after a split `18-`), runs of blank lines made one, no blank
// line at either end, every line ended by LF. `lines` are the decoded NFC
// lines, index = line number - 1.
std::string normalize_text(const std::vector<std::string>& lines, const normalize_plan& plan, tone_style style);

// True when the text writes at least one syllable in the given style.
bool uses_tone_style(std::string_view s, tone_style style);

// uses_tone_style() for both styles at once, {old_style, new_style}: one
// NFC of the text instead of two.
std::array<bool, 2> tone_styles_used(std::string_view s);

// No byte of `s` is outside ASCII.
bool is_ascii(std::string_view s);

// For comparison, never for output: NFC, one tone style, case folded,
// `Ð` (U+00D0) read as `Đ`, spaces collapsed.
std::string fold(std::string_view s);

// As fold(), and accents dropped too: `đ` -> `d`, `Ủy` -> `uy`.
std::string fold_accents(std::string_view s);

// Lower-cases code point by code point (ICU's simple case mapping) and keeps
// a code point as it is when its lower case takes another number of bytes
// (`İ`), so that offsets into the copy are offsets into the original; the
// grammars match on this copy and report spans of the original. `Ð` (U+00D0,
// the Icelandic eth that converters put for `Đ`) and `ð` become `đ`, the same
// length. Invalid UTF-8 bytes are copied. ASCII text costs one pass.
std::string lower_same_length(std::string_view s);

// What the extractors' grammars read: lower_same_length(), and the tone in
// the `hóa`/`Ủy` style wherever moving it keeps the word's byte length (all
// but `uỳ`, `uỹ`), so that offsets into it are offsets into `s`. The grammars
// are written in lower case and in that style only.
std::string grammar_form(std::string_view s);

// The grammar form of a text and what the scanners ask of it at every word,
// made in one pass: for each byte of the text the classes of the code point
// that covers it, and the offsets where words start.
enum : unsigned char {
    byte_word = 1,     // a letter, digit or mark (text/chars.hpp is_word_char)
    byte_capital = 2,  // upper or title case
    byte_small = 4,    // a letter that is not a capital
};
struct grammar_input {
    std::string low;                       // grammar_form()
    std::vector<unsigned char> classes;    // byte_* flags, one per byte
    std::vector<std::uint32_t> words;      // where words start: a word byte after none
};
// Fills `in`, reusing the capacity it has.
void read_for_grammar(std::string_view s, grammar_input& in);

// read_for_grammar() into buffers lent by a per-thread pool and given back
// when the reading goes. The extractors read every item's text once and drop
// it; reusing the buffers saves their three allocations per item. Readings
// nest (a field's value is read while its item is): each has its own.
class grammar_reading {
public:
    explicit grammar_reading(std::string_view s);
    ~grammar_reading();
    grammar_reading(const grammar_reading&) = delete;
    grammar_reading& operator=(const grammar_reading&) = delete;

    const grammar_input& get() const { return *in_; }

private:
    std::unique_ptr<grammar_input> in_;
};

// A hash of strings for a map keyed by std::string that is looked up by
// std::string_view (with std::equal_to<>): a lookup makes no key.
struct string_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// Upper-cases with ICU (Vietnamese letters included).
std::string upper(std::string_view s);

// Number of code points in the first `bytes` bytes of a UTF-8 string.
int code_points(std::string_view s, std::size_t bytes);
int code_points(std::string_view s);

// The first `n` code points of `s` (all of it when it is shorter): what a
// test of how a text opens needs to fold, however long the text.
std::string_view head(std::string_view s, std::size_t n);

// True when the first letter of the text is a lower-case letter.
bool starts_lower(std::string_view s);
// True when the text has letters and none of them is lower case.
bool all_upper(std::string_view s);

}  // namespace vnplan::text
