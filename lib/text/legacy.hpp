// Vietnamese legacy 8-bit encodings: decoding to UTF-8 NFC, and telling them
// apart by how Vietnamese the decoded text looks.
//
// Documents typed in the 1990s-2000s in `.VnTime` (TCVN3, "ABC") or `VNI-Times`
// fonts, or saved by Windows as code page 1258, still circulate as plain text.
// None of them carries a marker, and every byte sequence decodes in every one
// of them, so detection scores each candidate decoding by the share of its
// non-ASCII words that are well-formed Vietnamese syllables (`Nghị` is one,
// `Nghò` and `NghÞ` are not) and accepts a decoding only when that share is
// high. text::decode() calls detect() only on bytes that are not valid UTF-8.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vnplan::text::legacy {

enum class encoding {
    tcvn3,         // TCVN 5712:1993 VN3 (ABC, `.VnTime`/`.VnTimeH` fonts)
    vni,           // VNI for Windows (`VNI-Times` fonts): base letter + mark bytes
    windows_1258,  // Microsoft code page 1258 (precomposed vowels + combining tones)
};

// "tcvn3", "vni", "windows-1258": the names source.encoding uses.
std::string_view name(encoding e);

// Decodes any byte string from `e` to UTF-8 in NFC. Never fails: a byte with no
// meaning in the encoding becomes the character its font shows (code page 1252)
// or U+FFFD. For TCVN3, a word typed in a `.VnTimeH` (capitals) font, whose
// Vietnamese letters are stored as lower-case codes (`NGHị QUYếT`), is
// upper-cased (`NGHỊ QUYẾT`).
std::string decode(std::string_view bytes, encoding e);

// How Vietnamese a UTF-8 text looks: of its words that contain a non-ASCII
// character, how many are well-formed Vietnamese syllables.
struct score {
    int words = 0;  // words with a non-ASCII character
    int valid = 0;  // of those, valid syllables
    double ratio() const { return words == 0 ? 0.0 : static_cast<double>(valid) / words; }
};
score score_text(std::string_view utf8);

// True when `word` (UTF-8, any case, any normalisation) is one well-formed
// Vietnamese syllable: an initial consonant, a rhyme, at most one tone mark,
// and only the sắc or nặng tone on a rhyme that ends in p, t, c or ch.
bool is_syllable(std::string_view word);

struct detection {
    encoding enc;
    std::string text;  // the whole input decoded (UTF-8, NFC)
    score sample;      // the score that decided
};

// Tries every legacy encoding on `bytes` (which should not be valid UTF-8) and
// returns the convincing one, or nothing. Convincing: at least 3 non-ASCII
// words that are syllables and at least 80 % of them, scored on the first
// 256 KiB; the best ratio wins, then the larger count.
std::optional<detection> detect(std::string_view bytes);

}  // namespace vnplan::text::legacy
