#include "text/text.hpp"

#include "text/chars.hpp"
#include "text/cp_table.hpp"
#include "text/icu_detail.hpp"

#include "text/legacy.hpp"

#include <nettle/sha2.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/bytestream.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <memory>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <system_error>

#include <filesystem>

namespace vnplan::text {
namespace {

using detail::cp_info;
using detail::generated_cp_infos;
using detail::generated_nfc_bits;
using detail::is_letter_or_mark;
using detail::is_tone;
using detail::nfc_instance;
using detail::nfd_instance;
using detail::small_utf8;
using detail::table_blocks;

std::string to_utf8(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

icu::UnicodeString from_utf8(std::string_view s) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

// SHA-256 by nettle: a function call, where OpenSSL 3 first loads its
// provider (a millisecond and a half of every run, most of what a small
// document cost).
std::string sha256_hex(std::string_view bytes) {
    sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data()));
    std::array<uint8_t, SHA256_DIGEST_SIZE> md{};
    sha256_digest(&ctx, md.size(), md.data());
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(md.size() * 2);
    for (const auto b : md) {
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

// U8_NEXT with the two- and three-byte sequences of Vietnamese text decoded
// inline: the same code point, the same bytes consumed, a negative value for
// an ill-formed sequence.
[[gnu::always_inline]] inline UChar32 next_code_point(const uint8_t* p, int32_t& i, int32_t n) {
    const uint8_t b = p[i];
    if (b < 0x80) {
        ++i;
        return b;
    }
    if (b >= 0xC2 && b <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
        const UChar32 c = ((b & 0x1F) << 6) | (p[i + 1] & 0x3F);
        i += 2;
        return c;
    }
    // E0 and ED have narrower second bytes (no overlong forms, no surrogates).
    if (b >= 0xE1 && b <= 0xEF && b != 0xED && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
        (p[i + 2] & 0xC0) == 0x80) {
        const UChar32 c = ((b & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
        i += 3;
        return c;
    }
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    return c;
}

// Splits UTF-8 text on LF, CRLF and CR, keeping the 1-based line numbers.
// How many times `c` occurs in s (memchr is vectorised; a byte loop is not
// at -O2).
std::size_t count_byte(std::string_view s, char c) {
    std::size_t n = 0;
    for (auto at = s.find(c); at != std::string_view::npos; at = s.find(c, at + 1)) ++n;
    return n;
}

// The code points of the BMP a string made only of them is NFC with, as bits
// (from the table of the fast paths below).
const std::uint64_t* nfc_bits();

// Where a text may not be NFC: the offsets of its code points that are not
// in nfc_bits(), complete up to `known_to`. A line with none of them in it
// and ending by `known_to` is NFC as it is and needs no check of its own.
struct nfc_map {
    std::vector<std::size_t> suspects;
    std::size_t known_to = 0;
};

// Checks that `s` is UTF-8 and maps where it may not be NFC (a text in NFD
// has a suspect in every other syllable: past a few thousand, the map stops
// and the lines after it are checked one by one).
std::optional<read_error> check_utf8(std::string_view s, nfc_map& map) {
    static constexpr std::size_t max_suspects = 4096;
    const std::uint64_t* bits = nfc_bits();
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    map = {};
    map.known_to = s.size();
    for (int32_t i = 0; i < n;) {
        // Eight ASCII bytes at a time.
        if (i + 8 <= n) {
            std::uint64_t w = 0;
            std::memcpy(&w, p + i, 8);
            if ((w & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int32_t at = i;
        const UChar32 c = next_code_point(p, i, n);
        if (c < 0) {
            char buf[96];
            std::snprintf(buf, sizeof buf, "invalid UTF-8 at byte offset %d (byte 0x%02X)", at, p[at]);
            return read_error{buf};
        }
        if (c <= 0xFFFF && (bits[c >> 6] >> (c & 63) & 1) != 0) continue;
        if (map.suspects.size() < max_suspects) map.suspects.push_back(static_cast<std::size_t>(at));
        else map.known_to = std::min(map.known_to, static_cast<std::size_t>(at));
    }
    return std::nullopt;
}

// What stream_safe counts of one code point: the non-starters its NFD opens
// and ends with, and its length in code points. All zero for a code point
// that neither opens nor ends with a non-starter.
struct non_starters {
    std::uint8_t leading = 0, trailing = 0, length = 0;
};

non_starters non_starters_icu(UChar32 c) {
    const bool lead = u_getIntPropertyValue(c, UCHAR_LEAD_CANONICAL_COMBINING_CLASS) != 0;
    const bool trail = u_getIntPropertyValue(c, UCHAR_TRAIL_CANONICAL_COMBINING_CLASS) != 0;
    if (!lead && !trail) return {};
    icu::UnicodeString d;
    if (!nfd_instance().getDecomposition(c, d)) d = icu::UnicodeString(c);
    int leading = 0, trailing = 0;
    const int32_t len = d.countChar32();
    for (int32_t k = 0, at16 = 0; k < len; ++k, at16 = d.moveIndex32(at16, 1)) {
        if (u_getCombiningClass(d.char32At(at16)) == 0) break;
        ++leading;
    }
    for (int32_t k = 0, at16 = d.length(); k < len; ++k) {
        at16 = d.moveIndex32(at16, -1);
        if (u_getCombiningClass(d.char32At(at16)) == 0) break;
        ++trailing;
    }
    // A decomposition is at most 18 code points (UAX #15).
    return {static_cast<std::uint8_t>(leading), static_cast<std::uint8_t>(trailing), static_cast<std::uint8_t>(len)};
}

// non_starters_icu of every code point, asked of ICU a block of 256 at a
// time, the first time text holds one of the block: every toned Vietnamese
// letter ends with a non-starter, and two property lookups and a
// decomposition for each made stream_safe a tenth of decoding a
// non-NFC document. Blocks are shared by the threads of `-j`: the first to
// publish one wins, a thread that lost the race drops its copy.
using non_starter_block = std::array<non_starters, 256>;
constexpr std::size_t code_point_blocks = 0x110000 / 256;

const non_starters& non_starters_of(UChar32 c) {
    static std::array<std::atomic<const non_starter_block*>, code_point_blocks> blocks{};
    auto& slot = blocks[static_cast<std::size_t>(c) >> 8];
    const non_starter_block* b = slot.load(std::memory_order_acquire);
    if (b == nullptr) {
        auto made = std::make_unique<non_starter_block>();
        const UChar32 first = c & ~0xFF;
        for (UChar32 k = 0; k < 256; ++k) (*made)[static_cast<std::size_t>(k)] = non_starters_icu(first + k);
        if (slot.compare_exchange_strong(b, made.get(), std::memory_order_acq_rel)) b = made.release();
    }
    return (*b)[static_cast<std::size_t>(c & 0xFF)];
}

}  // namespace

// UAX #15's stream-safe text: after 30 non-starters in a row comes a
// COMBINING GRAPHEME JOINER (a starter, invisible). Normalisation sorts a run
// of combining marks by insertion, and one letter under 80 000 mixed marks
// took seconds; no writing system puts more than a few on one letter. A code
// point counts with its decomposition: U+0F73 is a starter by its own class
// and two marks once decomposed. The text is `s` itself when it has no such
// run.
std::string stream_safe(std::string_view s) {
    constexpr int max_non_starters = 30;
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    std::string out;
    int run = 0;
    int32_t copied = 0;  // bytes of `s` already in `out`
    for (int32_t i = 0; i < n;) {
        if (p[i] < 0x80) {
            run = 0;
            ++i;
            continue;
        }
        const int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(p, i, n, c);
        if (c < 0) {
            run = 0;
            continue;
        }
        const auto& k = non_starters_of(c);
        if (k.length == 0) {
            run = 0;
            continue;
        }
        if (run + k.leading > max_non_starters) {
            out.append(s.substr(static_cast<std::size_t>(copied), static_cast<std::size_t>(at - copied)));
            out += "\u034F";
            copied = at;
            run = 0;
        }
        run = k.leading == k.length ? run + k.length : k.trailing;
    }
    if (copied == 0) return std::string(s);
    out.append(s.substr(static_cast<std::size_t>(copied)));
    return out;
}

namespace {

// Splits UTF-8 text on LF, CRLF and CR, keeping the 1-based line numbers;
// NFC per line, where `map` does not say the line is NFC already.
void split_lines(std::string_view s, const nfc_map& map, std::vector<line>& out) {
    // One allocation for the lines: a 100 MB file has millions of them, and
    // doubling a vector of them would hold two copies at once.
    auto ends = count_byte(s, '\n');
    if (ends == 0) ends = count_byte(s, '\r');
    out.reserve(ends + 1);
    std::size_t suspect = 0;  // the first suspect not before the line
    auto add = [&](int number, std::size_t start, std::size_t end) {
        while (suspect < map.suspects.size() && map.suspects[suspect] < start) ++suspect;
        const bool known = end <= map.known_to && (suspect == map.suspects.size() || map.suspects[suspect] >= end);
        const auto text = s.substr(start, end - start);
        out.push_back({number, known ? std::string(text) : nfc(stream_safe(text))});
    };
    // The next LF and the next CR, each found with memchr.
    constexpr auto none = std::string_view::npos;
    std::size_t lf = s.find('\n');
    std::size_t cr = s.find('\r');
    int number = 1;
    std::size_t start = 0;
    while (start < s.size()) {
        if (lf != none && lf < start) lf = s.find('\n', start);
        if (cr != none && cr < start) cr = s.find('\r', start);
        const std::size_t end = std::min(lf, cr);
        if (end == none) break;
        add(number++, start, end);
        std::size_t next = end + 1;
        if (end == cr && next < s.size() && s[next] == '\n') ++next;
        start = next;
    }
    if (start < s.size()) add(number, start, s.size());
}

std::string utf16_to_utf8(std::string_view bytes, bool little_endian) {
    icu::UnicodeString u;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        const auto lo = static_cast<unsigned char>(bytes[i]);
        const auto hi = static_cast<unsigned char>(bytes[i + 1]);
        u.append(static_cast<char16_t>(little_endian ? (hi << 8 | lo) : (lo << 8 | hi)));
    }
    return to_utf8(u);
}

bool is_space_like(UChar32 c) {
    return c == '\t' || c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

bool is_invisible(UChar32 c) {
    return c == 0x00AD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}


// A word: two letters or more in a row, not all of them letters of Roman
// numerals (`II`, `XIV` are labels), marks between them allowed. A file of labels and punctuation only
// (Word's numbering exported without its text) has none; every document
// does, within its first line.
bool has_word(std::string_view s) {
    int letters = 0;
    bool beyond_roman = false;
    for (std::size_t i = 0; i < s.size();) {
        const auto cp = code_point_at(s, i);
        i += cp.size;
        const auto classes = char_classes(cp.value);
        // A combining mark belongs to the letter before it: the file is not
        // in NFC yet, and `ở` may be `o` and two marks.
        if ((classes & detail::cp_mark) != 0 && letters > 0) continue;
        if ((classes & detail::cp_letter) == 0) {
            letters = 0;
            beyond_roman = false;
            continue;
        }
        ++letters;
        const bool roman = cp.value < 0x80 && std::strchr("IVXLCDMivxlcdm", static_cast<int>(cp.value)) != nullptr;
        if (!roman) beyond_roman = true;
        if (letters >= 2 && beyond_roman) return true;
    }
    return false;
}

}  // namespace

bool is_ascii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

std::optional<read_error> decode(std::string_view bytes, source_text& out) {
    out.sha256 = sha256_hex(bytes);
    out.lines.clear();
    // `text` is what gets split into lines: the input itself when it is UTF-8
    // (no copy: a 100 MB file stays one buffer), or `decoded` otherwise.
    std::string decoded;
    std::string_view text;
    nfc_map map;  // none known: every line of a UTF-16 or legacy text is checked
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
        static_cast<unsigned char>(bytes[1]) == 0xFE) {
        out.encoding = "utf-16le";
        decoded = utf16_to_utf8(bytes.substr(2), true);
        text = decoded;
    } else if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
               static_cast<unsigned char>(bytes[1]) == 0xFF) {
        out.encoding = "utf-16be";
        decoded = utf16_to_utf8(bytes.substr(2), false);
        text = decoded;
    } else {
        if (const auto nul = bytes.find('\0'); nul != std::string_view::npos)
            return read_error{"not a text document (NUL byte at offset " + std::to_string(nul) + ")"};
        text = bytes;
        out.encoding = "utf-8";
        if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
            text.remove_prefix(3);
            out.encoding = "utf-8-bom";
        }
        if (auto err = check_utf8(text, map)) {
            // A BOM promises UTF-8: no guessing then.
            if (out.encoding == "utf-8-bom") {
                err->message = "invalid UTF-8 after the BOM";
                return err;
            }
            // Not UTF-8: a file typed in a legacy Vietnamese font (TCVN3,
            // VNI) or saved as code page 1258, if the decoded text reads as
            // Vietnamese; otherwise the UTF-8 error, where it happened.
            auto found = legacy::detect(text);
            if (!found) {
                err->message += " and not a known Vietnamese legacy encoding";
                return err;
            }
            out.encoding = std::string(legacy::name(found->enc));
            map = {};
            decoded = std::move(found->text);
            text = decoded;
        }
    }
    if (text.find('\0') != std::string_view::npos) return read_error{"not a text document (NUL character)"};
    // Only blanks: say so before making a line of each.
    if (text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
        return read_error{"empty document: no text to read"};
    // A file without a word is refused before it is split into lines: 4 MB
    // of bare labels made 56 MB of them. Which refusal it gets depends on
    // whether anything but debris is left.
    if (!has_word(text)) {
        bool blank = true;
        for (std::size_t from = 0; from < text.size() && blank;) {
            std::size_t to = text.find_first_of("\r\n", from);
            if (to == std::string_view::npos) to = text.size();
            blank = strip_debris(text.substr(from, to - from)).empty();
            from = to + 1;
        }
        return read_error{blank ? "empty document: no text to read"
                                : "no text to read: no words, only numbering, digits or punctuation"};
    }
    split_lines(text, map, out.lines);
    // A word inside conversion debris (`[bookmark: _GoBack]`) is no text.
    for (const auto& l : out.lines)
        if (!strip_debris(l.raw).empty()) return std::nullopt;
    return read_error{"empty document: no text to read"};
}

std::optional<read_error> load(const std::string& path, source_text& out) {
    std::string bytes;
    if (path == "-") {
        bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (ec || !std::filesystem::exists(status)) return read_error{"no such file"};
        if (std::filesystem::is_directory(status)) return read_error{"is a directory"};
        std::ifstream in(path, std::ios::binary);
        if (!in) return read_error{"cannot open the file for reading"};
        std::ostringstream ss;
        ss << in.rdbuf();
        if (in.bad()) return read_error{"read failed"};
        bytes = std::move(ss).str();
    }
    if (bytes.empty()) return read_error{"empty file"};
    return decode(bytes, out);
}

namespace {

bool is_vowel_base(UChar32 c) {
    switch (u_tolower(c)) {
        case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': return true;
        default: return false;
    }
}

// Rewrites one NFD syllable. The ambiguous syllables are open ones whose
// vowels are exactly o+a, o+e or u+y with no vowel-quality mark (hoá/hóa,
// khoẻ/khỏe, thuỷ/thủy); after q the u belongs to the consonant (quý).
void retone_syllable(icu::UnicodeString& syl, tone_style style) {
    struct letter {
        UChar32 base;
        std::vector<UChar32> marks;
    };
    std::vector<letter> letters;
    for (int32_t i = 0; i < syl.length();) {
        const UChar32 c = syl.char32At(i);
        i += U16_LENGTH(c);
        if (u_getCombiningClass(c) != 0 && !letters.empty())
            letters.back().marks.push_back(c);
        else
            letters.push_back({c, {}});
    }
    const auto n = letters.size();
    if (n < 2) return;
    const UChar32 a = u_tolower(letters[n - 2].base);
    const UChar32 b = u_tolower(letters[n - 1].base);
    const bool pair = (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y');
    if (!pair) return;
    if (n >= 3 && is_vowel_base(letters[n - 3].base)) return;
    if (a == 'u' && n >= 3 && u_tolower(letters[n - 3].base) == 'q') return;
    auto& first = letters[n - 2].marks;
    auto& second = letters[n - 1].marks;
    auto only_tones = [](const std::vector<UChar32>& m) {
        for (auto c : m)
            if (!is_tone(c)) return false;
        return true;
    };
    if (!only_tones(first) || !only_tones(second)) return;
    if (first.size() + second.size() != 1) return;
    auto& from = style == tone_style::new_style ? second : first;
    auto& to = style == tone_style::new_style ? first : second;
    if (from.empty()) return;
    to.push_back(from.front());
    from.clear();
    icu::UnicodeString out;
    for (const auto& l : letters) {
        out.append(l.base);
        for (auto m : l.marks) out.append(m);
    }
    syl = out;
}


icu::UnicodeString retone(const icu::UnicodeString& nfd, tone_style style) {
    icu::UnicodeString out;
    for (int32_t i = 0; i < nfd.length();) {
        const UChar32 c = nfd.char32At(i);
        if (!is_letter_or_mark(c)) {
            out.append(c);
            i += U16_LENGTH(c);
            continue;
        }
        int32_t j = i;
        while (j < nfd.length() && is_letter_or_mark(nfd.char32At(j))) j += U16_LENGTH(nfd.char32At(j));
        icu::UnicodeString syl(nfd, i, j - i);
        retone_syllable(syl, style);
        out.append(syl);
        i = j;
    }
    return out;
}

}  // namespace

namespace detail {

std::string nfc_icu(std::string_view s) {
    if (is_ascii(s)) return std::string(s);
    const auto& n = nfc_instance();
    UErrorCode ec = U_ZERO_ERROR;
    const auto u = from_utf8(s);
    if (n.isNormalized(u, ec) && U_SUCCESS(ec)) return std::string(s);
    ec = U_ZERO_ERROR;
    return to_utf8(n.normalize(u, ec));
}

std::string strip_debris_full(std::string_view in) {
    std::string s;
    s.reserve(in.size());
    // Pass 1: bookmarks, odd spaces, invisible characters, `**`.
    for (std::size_t i = 0; i < in.size();) {
        if (in[i] == '[' && in.substr(i, 10) == "[bookmark:") {
            const auto close = in.find(']', i);
            if (close != std::string_view::npos) {
                i = close + 1;
                continue;
            }
        }
        if (in[i] == '*' && i + 1 < in.size() && in[i + 1] == '*') {
            i += 2;
            continue;
        }
        const auto* p = reinterpret_cast<const uint8_t*>(in.data());
        auto j = static_cast<int32_t>(i);
        UChar32 c = 0;
        U8_NEXT(p, j, static_cast<int32_t>(in.size()), c);
        if (is_space_like(c)) {
            s += ' ';
        } else if (!is_invisible(c)) {
            s.append(in.substr(i, static_cast<std::size_t>(j) - i));
        }
        i = static_cast<std::size_t>(j);
    }
    // Pass 2: single `*` used as emphasis (`*thực hiện thường xuyên*`): one
    // that touches a word on one side and a space, punctuation or an end on the
    // other. A `*` between two spaces is kept: it may be meant.
    std::string t;
    t.reserve(s.size());
    auto is_word_byte = [](char c) { return c != ' ' && c != '*'; };
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '*') {
            const bool left = i > 0 && is_word_byte(s[i - 1]);
            const bool right = i + 1 < s.size() && is_word_byte(s[i + 1]);
            if (left || right || s.size() == 1) continue;
        }
        t += s[i];
    }
    // Pass 3: collapse spaces and trim.
    std::string r;
    r.reserve(t.size());
    for (char c : t) {
        if (c == ' ' && (r.empty() || r.back() == ' ')) continue;
        r += c;
    }
    while (!r.empty() && r.back() == ' ') r.pop_back();
    // A line made only of rule characters is decoration.
    if (r.size() >= 3 && r.find_first_not_of("-_=*~.") == std::string::npos) return {};
    if (r == "*") return {};
    return r;
}

std::string set_tone_style_icu(std::string_view s, tone_style style) {
    if (is_ascii(s)) return std::string(s);
    UErrorCode ec = U_ZERO_ERROR;
    const auto nfd = nfd_instance().normalize(from_utf8(s), ec);
    return to_utf8(nfc_instance().normalize(retone(nfd, style), ec));
}

std::string fold_icu(std::string_view s) {
    std::string toned = set_tone_style_icu(s, tone_style::new_style);
    auto u = from_utf8(toned);
    u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x00D0)), icu::UnicodeString(static_cast<UChar32>(0x0110)));
    u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x00F0)), icu::UnicodeString(static_cast<UChar32>(0x0111)));
    u.foldCase();
    std::string out = to_utf8(u);
    std::string r;
    r.reserve(out.size());
    for (char c : out) {
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
        if (c == ' ' && (r.empty() || r.back() == ' ')) continue;
        r += c;
    }
    while (!r.empty() && r.back() == ' ') r.pop_back();
    return r;
}

std::string fold_accents_icu(std::string_view s) {
    const std::string folded = fold_icu(s);
    if (is_ascii(folded)) return folded;
    UErrorCode ec = U_ZERO_ERROR;
    const auto nfd = nfd_instance().normalize(from_utf8(folded), ec);
    return to_utf8(strip_marks(nfd));
}

std::string upper_icu(std::string_view s) {
    auto u = from_utf8(s);
    u.toUpper();
    return to_utf8(u);
}

}  // namespace detail

namespace {

// ---- fast paths -----------------------------------------------------------
//
// Nearly every line the parser reads is NFC Vietnamese: ASCII, the letters of
// Latin-1, Latin Extended-A/B and Latin Extended Additional, and punctuation.
// For those code points a table made once from ICU gives what the ICU
// round-trips would: the case fold, the upper case, the letters without
// accents, the NFD base and tone. A string whose every code point is in the
// table is handled a code point at a time, with no UTF-16 copy; anything else
// (combining marks, other scripts, invalid bytes) takes the ICU path. The
// table only holds what ICU said, so both paths give the same bytes; the
// tests compare them on every code point of the table.

bool upper_is_context_free() {
    // Turkish, Azeri, Lithuanian, Greek and Armenian upper-case with context
    // or their own mappings; there the table is not used for `upper`.
    const std::string_view lang = icu::Locale::getDefault().getLanguage();
    return lang != "tr" && lang != "az" && lang != "lt" && lang != "el" && lang != "hy";
}

// The generated table (text/cp_table.hpp), found by block.
struct cp_table {
    const cp_info* infos = generated_cp_infos;
    // Index of each BMP block's first entry in `infos`, or -1.
    std::array<int, 256> block_start{};
    const std::uint64_t* nfc_bits = generated_nfc_bits;
    bool upper_free = upper_is_context_free();
    cp_table() {
        block_start.fill(-1);
        for (std::size_t i = 0; i < table_blocks.size(); ++i)
            block_start[static_cast<std::size_t>(table_blocks[i])] = static_cast<int>(i * 256);
    }
    bool nfc_ok(UChar32 c) const {
        return c >= 0 && c <= 0xFFFF && (nfc_bits[static_cast<std::size_t>(c >> 6)] >> (c & 63) & 1) != 0;
    }
    const cp_info* find(UChar32 c) const {
        if (c < 0 || c > 0xFFFF) return nullptr;  // also invalid UTF-8
        const int start = block_start[static_cast<std::size_t>(c >> 8)];
        return start < 0 ? nullptr : &infos[static_cast<std::size_t>(start + (c & 0xFF))];
    }
};

const cp_table& table() {
    static const cp_table t;
    return t;
}

const std::uint64_t* nfc_bits() { return table().nfc_bits; }

bool is_vowel_lower(UChar32 c) {
    switch (c) {
        case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': return true;
        default: return false;
    }
}

// The table entry of a base with a tone put on it (`o` + acute -> `ó`), or of
// the base alone (tone 0); nullptr when NFC would not make one fast code point.
const cp_info* with_tone(UChar32 base, UChar32 tone) {
    const UChar32 c = tone == 0 ? base : nfc_instance().composePair(base, tone);
    if (c < 0) return nullptr;
    const auto* in = table().find(c);
    return in && in->fast ? in : nullptr;
}

// retone() for a string of fast code points, one code point at a time: appends
// to `out`, for each code point of the result, the bytes `pick` chooses (the
// code point itself, its fold or its stripped fold). False, with `out` in any
// state, when a code point is not fast: the caller takes the ICU path.
// With `collapse`, spaces are made as fold() makes them, on the way: tabs and
// line ends read as spaces, runs made one, none at either end. Only ASCII
// code points fold to those bytes, and a tone move never rewrites a space.
template <typename Pick>
bool walk_toned(std::string_view s, tone_style style, Pick pick, bool collapse, std::string& out) {
    const auto& t = table();
    // `out` is kept longer than what is written, `w` bytes; one resize at the
    // end instead of a capacity check and a call per code point.
    out.resize(s.size() + 16);
    std::size_t w = 0;
    auto put = [&](const small_utf8& u) {
        if (w + u.n > out.size()) out.resize(2 * out.size() + u.n);
        if (u.n == 1) out[w] = u.b[0];
        else std::memcpy(out.data() + w, u.b.data(), u.n);
        w += u.n;
    };
    // The last three letters of the open syllable (l2 the newest) and where
    // the bytes of the last two start in `out`. Scalars, not an array that
    // shifts: this loop runs on every code point the parser folds.
    const cp_info* l0 = nullptr;
    const cp_info* l1 = nullptr;
    const cp_info* l2 = nullptr;
    std::size_t at1 = 0, at2 = 0;
    int letters = 0;
    auto close = [&] {
        const int n = letters;
        letters = 0;
        if (n < 2) return true;
        const cp_info& first = *l1;
        const cp_info& second = *l2;
        const UChar32 a = first.base_lower;
        const UChar32 b = second.base_lower;
        const bool pair = (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y');
        if (!pair) return true;
        if (n >= 3 && is_vowel_lower(l0->base_lower)) return true;
        if (a == 'u' && n >= 3 && l0->base_lower == 'q') return true;
        if (!first.tones_only || !second.tones_only || first.marks + second.marks != 1) return true;
        const bool to_first = style == tone_style::new_style;
        if ((to_first ? second.marks : first.marks) == 0) return true;
        const UChar32 tone = to_first ? second.tone : first.tone;
        const cp_info* a_out = with_tone(first.base, to_first ? tone : 0);
        const cp_info* b_out = with_tone(second.base, to_first ? 0 : tone);
        if (!a_out || !b_out) return false;
        w = at1;
        put(pick(*a_out));
        put(pick(*b_out));
        return true;
    };
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto size = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < size;) {
        const cp_info* in;
        if (p[i] < 0x80) {
            in = &t.infos[p[i++]];
        } else {
            in = t.find(next_code_point(p, i, size));
            if (!in) return false;
        }
        if (!in->fast) return false;
        if (!in->syllable) {
            if (letters > 0 && !close()) return false;
            if (collapse && (in->base == ' ' || in->base == '\t' || in->base == '\n' || in->base == '\r')) {
                if (w > 0 && out[w - 1] != ' ') put(t.infos[' '].self);
                continue;
            }
        } else {
            l0 = l1;
            l1 = l2;
            l2 = in;
            at1 = at2;
            at2 = w;
            ++letters;
        }
        put(pick(*in));
    }
    if (!close()) return false;
    if (collapse)
        while (w > 0 && out[w - 1] == ' ') --w;
    out.resize(w);
    return true;
}

}  // namespace

std::string nfc(std::string_view s) {
    const auto& t = table();
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    bool normalized = true;
    for (int32_t i = 0; i < n;) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const UChar32 c = next_code_point(p, i, n);
        // Invalid UTF-8 goes the way it always went (U+FFFD in the copy).
        if (c < 0) return detail::nfc_icu(s);
        if (!t.nfc_ok(c)) normalized = false;
    }
    if (normalized) return std::string(s);
    // Valid UTF-8 that needs ICU: composed straight from UTF-8.
    std::string out;
    out.reserve(s.size());
    icu::StringByteSink<std::string> sink(&out);
    UErrorCode ec = U_ZERO_ERROR;
    nfc_instance().normalizeUTF8(0, icu::StringPiece(s.data(), n), sink, nullptr, ec);
    return U_SUCCESS(ec) ? out : detail::nfc_icu(s);
}

// The byte length of the odd space (1) or invisible character (0) whose
// UTF-8 starts at s[i], as strip_debris_full reads them, or -1 for any other
// byte. Only complete sequences count: U8_NEXT starts afresh at every lead
// byte, so a lead byte that opens none of these sequences and the
// continuation bytes after it are copied whatever they hold.
int debris_at(std::string_view s, std::size_t i, bool& space) {
    const auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
    const unsigned char b0 = at(i);
    if (b0 == '\t') {
        space = true;
        return 1;
    }
    const unsigned char b1 = at(i + 1);
    switch (b0) {
        case 0xC2:  // U+00A0 NBSP, U+00AD soft hyphen
            if (b1 != 0xA0 && b1 != 0xAD) return -1;
            space = b1 == 0xA0;
            return 2;
        case 0xE1:  // U+1680
            if (b1 != 0x9A || at(i + 2) != 0x80) return -1;
            space = true;
            return 3;
        case 0xE2: {
            const unsigned char b2 = at(i + 2);
            if (b1 == 0x80 && b2 >= 0x80 && b2 <= 0x8D) {  // U+2000..U+200D
                space = b2 <= 0x8A;
                return 3;
            }
            if (b1 == 0x80 && b2 == 0xAF) {  // U+202F
                space = true;
                return 3;
            }
            if (b1 == 0x81 && (b2 == 0x9F || b2 == 0xA0)) {  // U+205F, U+2060
                space = b2 == 0x9F;
                return 3;
            }
            return -1;
        }
        case 0xE3:  // U+3000
            if (b1 != 0x80 || at(i + 2) != 0x80) return -1;
            space = true;
            return 3;
        case 0xEF:  // U+FEFF
            if (b1 != 0xBB || at(i + 2) != 0xBF) return -1;
            space = false;
            return 3;
        default: return -1;
    }
}

std::string strip_debris(std::string_view in) {
    // Emphasis marks and bookmarks need the passes of strip_debris_full; a
    // line with neither (most lines) is cleaned in one pass, which is that
    // function's first and last pass with nothing for the second to do.
    if (in.find('*') != std::string_view::npos || in.find('[') != std::string_view::npos)
        return detail::strip_debris_full(in);
    std::string r;
    r.reserve(in.size());
    // Bytes that may need more than a copy: spaces, tabs and the lead bytes
    // of the odd spaces and invisible characters.
    static constexpr auto special = [] {
        std::array<bool, 256> t{};
        for (const unsigned char b : {' ', '\t', '\xC2', '\xE1', '\xE2', '\xE3', '\xEF'}) t[b] = true;
        return t;
    }();
    std::size_t run = 0;  // start of the bytes copied as they are
    auto flush = [&](std::size_t end) {
        r.append(in.data() + run, end - run);
    };
    const std::size_t n = in.size();
    for (std::size_t i = 0; i < n;) {
        const auto b = static_cast<unsigned char>(in[i]);
        if (!special[b]) {
            ++i;
            continue;
        }
        if (b == ' ') {
            // One space between two words stays in the run; a space that
            // opens the text, follows a space or ends the text is collapsed.
            const bool lone = i + 1 < n && in[i + 1] != ' ' && in[i + 1] != '\t' &&
                              (i > run ? in[i - 1] != ' ' : !r.empty() && r.back() != ' ');
            if (lone) {
                ++i;
                continue;
            }
            flush(i);
            if (!r.empty() && r.back() != ' ') r += ' ';
            run = ++i;
            continue;
        }
        // Vietnamese's letters with a dot below or two marks (`ạ ấ ữ`,
        // U+1E00..U+1EFF) open with E1 B8 to E1 BB, U+1680 with E1 9A: the
        // others skip the call.
        if (b == 0xE1 && (i + 1 >= n || in[i + 1] != '\x9A')) {
            ++i;
            continue;
        }
        bool space = false;
        const int len = debris_at(in, i, space);
        if (len < 0) {
            ++i;
            continue;
        }
        flush(i);
        if (space && !r.empty() && r.back() != ' ') r += ' ';
        i += static_cast<std::size_t>(len);
        run = i;
    }
    flush(in.size());
    while (!r.empty() && r.back() == ' ') r.pop_back();
    if (r.size() >= 3 && r.find_first_not_of("-_=*~.") == std::string::npos) return {};
    return r;
}

std::string set_tone_style(std::string_view s, tone_style style) {
    if (is_ascii(s)) return std::string(s);
    std::string out;
    if (walk_toned(s, style, [](const cp_info& c) -> const small_utf8& { return c.self; }, false, out)) return out;
    return detail::set_tone_style_icu(s, style);
}

bool uses_tone_style(std::string_view s, tone_style style) {
    if (is_ascii(s)) return false;
    const auto other = style == tone_style::new_style ? tone_style::old_style : tone_style::new_style;
    return set_tone_style(s, other) != nfc(s);
}

std::array<bool, 2> tone_styles_used(std::string_view s) {
    if (is_ascii(s)) return {false, false};
    const std::string n = nfc(s);
    return {set_tone_style(s, tone_style::new_style) != n, set_tone_style(s, tone_style::old_style) != n};
}

std::string normalize_text(const std::vector<std::string>& lines, const normalize_plan& plan, tone_style style) {
    const auto n = lines.size();
    // The pieces each original line becomes: usually one, two when a heading
    // was glued to it, none when it was joined to an earlier line.
    std::vector<std::vector<std::string>> pieces(n);
    std::vector<int> onto(n, 0);
    for (const auto& [line, target] : plan.joins)
        if (line >= 1 && static_cast<std::size_t>(line) <= n && target >= 1 && target < line)
            onto[static_cast<std::size_t>(line - 1)] = target;
    std::vector<const std::string*> split_label(n, nullptr);
    for (const auto& [line, label] : plan.splits)
        if (line >= 1 && static_cast<std::size_t>(line) <= n && !label.empty())
            split_label[static_cast<std::size_t>(line - 1)] = &label;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string& raw = lines[i];
        auto& out = pieces[i];
        if (const auto* label = split_label[i]) {
            // The same cut the structure builder makes: at the `**` that opens
            // the bold heading, the paragraph before it not empty.
            for (auto at = raw.find("**", 1); at != std::string::npos; at = raw.find("**", at + 2)) {
                auto before = strip_debris(std::string_view(raw).substr(0, at));
                auto after = strip_debris(std::string_view(raw).substr(at));
                if (before.empty() || !after.starts_with(*label)) continue;
                out.push_back(std::move(before));
                out.push_back(std::move(after));
                break;
            }
        }
        if (out.empty()) out.push_back(strip_debris(raw));
        if (const int target = onto[i]; target > 0) {
            // Follow a chain of joins back to the line that stays.
            std::size_t t = static_cast<std::size_t>(target - 1);
            while (onto[t] > 0) t = static_cast<std::size_t>(onto[t] - 1);
            // Only the line's first piece continues the paragraph; a heading
            // glued after it (`... số 08-QĐi/TW. **II. NHIỆM VỤ**`) stays here.
            auto& into = pieces[t].back();
            // `18-` / `NQ/TW`: a document number split by the page break.
            const bool split_number = into.ends_with("-") && !into.ends_with(" -");
            if (!into.empty() && !out.front().empty() && !split_number) into += ' ';
            into += out.front();
            out.erase(out.begin());
        }
    }
    std::string result;
    bool blank_pending = false;
    for (const auto& line_pieces : pieces) {
        for (const auto& p : line_pieces) {
            if (p.empty()) {
                blank_pending = !result.empty();
                continue;
            }
            if (blank_pending) result += '\n';
            blank_pending = false;
            result += set_tone_style(p, style);
            result += '\n';
        }
    }
    return result;
}

std::string fold(std::string_view s) {
    std::string out;
    if (!walk_toned(s, tone_style::new_style, [](const cp_info& c) -> const small_utf8& { return c.fold; }, true, out))
        return detail::fold_icu(s);
    return out;
}

std::string fold_accents(std::string_view s) {
    std::string out;
    if (!walk_toned(s, tone_style::new_style, [](const cp_info& c) -> const small_utf8& { return c.strip; }, true, out))
        return detail::fold_accents_icu(s);
    return out;
}

std::string upper(std::string_view s) {
    const auto& t = table();
    if (!t.upper_free) return detail::upper_icu(s);
    // Written through a pointer into a string sized ahead: a code point's
    // upper case takes at most three times its bytes (`ΐ` -> `Ϊ́`).
    std::string out(s.size() * 3, '\0');
    char* w = out.data();
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        const uint8_t b = p[i];
        if (b < 0x80) {
            *w++ = static_cast<char>(b >= 'a' && b <= 'z' ? b - 32 : b);
            ++i;
            continue;
        }
        const int32_t start = i;
        const cp_info* in = t.find(next_code_point(p, i, n));
        if (!in || !in->upper_ok || in->upper.n > 3 * (i - start)) return detail::upper_icu(s);
        std::memcpy(w, in->upper.b.data(), in->upper.n);
        w += in->upper.n;
    }
    out.resize(static_cast<std::size_t>(w - out.data()));
    return out;
}

int code_points(std::string_view s, std::size_t bytes) {
    const std::size_t end = std::min(bytes, s.size());
    // Every byte but a continuation byte (10xxxxxx) opens a code point; eight
    // bytes at a time, the continuation bytes are the ones with bit 7 set and
    // bit 6 clear.
    std::size_t continuations = 0;
    std::size_t i = 0;
    for (; i + 8 <= end; i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, 8);
        const std::uint64_t ones = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;  // 0 or 1 a byte
        continuations += static_cast<std::size_t>((ones * 0x0101010101010101ull) >> 56);
    }
    for (; i < end; ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++continuations;
    return static_cast<int>(end - continuations);
}

int code_points(std::string_view s) { return code_points(s, s.size()); }

std::string_view head(std::string_view s, std::size_t n) {
    std::size_t i = 0;
    for (std::size_t seen = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;  // a continuation byte
        if (seen++ == n) break;
    }
    return s.substr(0, i);
}

bool starts_lower(std::string_view s) {
    const auto& t = table();
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        const UChar32 c = next_code_point(p, i, n);
        if (c < 0) return false;
        if (const cp_info* in = t.find(c)) {
            if (in->alpha) return in->lower;
            if (in->digit) return false;
            continue;
        }
        if (u_isalpha(c)) return u_islower(c);
        if (u_isdigit(c)) return false;
    }
    return false;
}

bool all_upper(std::string_view s) {
    const auto& t = table();
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    bool any = false;
    for (int32_t i = 0; i < n;) {
        const UChar32 c = next_code_point(p, i, n);
        if (c < 0) return false;
        const cp_info* in = t.find(c);
        if (in ? in->lower : u_islower(c)) return false;
        if (in ? in->alpha : u_isalpha(c)) any = true;
    }
    return any;
}

}  // namespace vnplan::text
