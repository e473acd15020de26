#include "text/legacy.hpp"
#include "text/text.hpp"
#include "text/icu_detail.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <unordered_set>

namespace vnplan::text::legacy {
namespace {

// ---------------------------------------------------------------------------
// The tables.
//
// Code page 1252, 0x80-0x9F: what a `.VnTime` or `VNI-Times` font shows for
// these bytes (Windows keeps its own punctuation there: Word's curly quotes
// and dashes end up as 0x91-0x97 in text saved from such documents).
// Undefined positions become U+FFFD. Source: the Unicode Consortium's mapping
// file for cp1252 (MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT).
constexpr std::array<char16_t, 32> cp1252_80{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80: € . ‚ ƒ „ … † ‡
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,  // 88: ˆ ‰ Š ‹ Œ . Ž .
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90: . ‘ ’ “ ” • – —
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,  // 98: ˜ ™ š › œ . ž Ÿ
};

// TCVN 5712:1993, 0xA0-0xFF. VN3 (the "ABC" set of the `.VnTime` fonts) has
// the lower-case letters with tones and the seven capitals without (Ă Â Ê Ô
// Ơ Ư Đ); the capitals with tones of VN1 fill the positions VN3 leaves empty
// (0xAF, 0xBA, 0xBF-0xC5, ...), which does no harm to VN3 text and reads VN1
// and VN2 files too. 0xB0-0xB4 are the five tone marks on their own.
// Checked against two independent sources: glibc's iconv module TCVN5712-1
// (`iconv -f TCVN5712-1`, every byte from 0xA0 to 0xFF), and the Unicode ->
// TCVN3 table of a public converter (github.com/Eruylz/XuatThuy,
// Utils/Unicode2TCVN3.cs); classic mojibake confirms it: `Ch­¬ng tr×nh` is
// `Chương trình`, `§¶ng ñy` is `Đảng ủy`, `NghÞ quyÕt` is `Nghị quyết`.
constexpr std::array<char16_t, 96> tcvn3_a0{
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,  // A0: nbsp Ă Â Ê Ô Ơ Ư Đ
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,  // A8: ă â ê ô ơ ư đ Ằ
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,  // B0: ̀ ̉ ̃ ́ ̣ à ả ã
    0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,  // B8: á ạ Ẳ ằ ẳ ẵ ắ Ẵ
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,  // C0: Ắ Ầ Ẩ Ẫ Ấ Ề ặ ầ
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,  // C8: ẩ ẫ ấ ậ è Ể ẻ ẽ
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,  // D0: é ẹ ề ể ễ ế ệ ì
    0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,  // D8: ỉ Ễ Ế Ồ ĩ í ị ò
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,  // E0: Ổ ỏ õ ó ọ ồ ổ ỗ
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,  // E8: ố ộ ờ ở ỡ ớ ợ ù
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,  // F0: Ỗ ủ ũ ú ụ ừ ử ữ
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,  // F8: ứ ự ỳ ỷ ỹ ý ỵ Ố
};

// VNI for Windows, 0xC0-0xFF. VNI writes a vowel as its ASCII base letter
// followed by one mark byte (`a` + `ù` = á, `e` + `á` = ấ, `a` + `ë` = ặ);
// ơ, ư, đ and the i/y letters that carry a tone are single bytes. The mark
// bytes are decoded here to combining marks and composed by NFC afterwards,
// so a mark of either case works after a base of either case (`UÛy` and
// `Uûy` are both `Ủy`). Bytes the scheme does not use keep their code page
// 1252 meaning. Checked against two independent public converters
// (github.com/duydev/vietnamese-conversion, src/charsets.ts; and
// github.com/khiemdoan/VBKey, Modules/mdlCodeTable.bas, VNI_WINDOWS_TABLE)
// and the classic mojibake `Vieät Nam`, `tröôùc`, `ñöôïc`.
struct vni_entry {
    const char16_t* text;  // one precomposed letter or up to two combining marks
};
constexpr std::array<vni_entry, 64> vni_c0{{
    {u"\u0302\u0300"}, {u"\u0302\u0301"}, {u"\u0302"}, {u"\u0302\u0303"},  // C0 À ^` | C1 Á ^' | C2 Â ^ | C3 Ã ^~
    {u"\u0302\u0323"}, {u"\u0302\u0309"}, {u"\u1EC8"}, {u"\u00C7"},        // C4 Ä ^. | C5 Å ^? | C6 Æ Ỉ | C7 Ç
    {u"\u0306\u0300"}, {u"\u0306\u0301"}, {u"\u0306"}, {u"\u0306\u0323"},  // C8 È (` | C9 É (' | CA Ê ( | CB Ë (.
    {u"\u00CC"}, {u"\u00CD"}, {u"\u1EF4"}, {u"\u0323"},                    // CC Ì Ì | CD Í Í | CE Î Ỵ | CF Ï .
    {u"\u00D0"}, {u"\u0110"}, {u"\u1ECA"}, {u"\u0128"},                    // D0 Ð | D1 Ñ Đ | D2 Ò Ị | D3 Ó Ĩ
    {u"\u01A0"}, {u"\u0303"}, {u"\u01AF"}, {u"\u00D7"},                    // D4 Ô Ơ | D5 Õ ~ | D6 Ö Ư | D7 ×
    {u"\u0300"}, {u"\u0301"}, {u"\u0306\u0309"}, {u"\u0309"},              // D8 Ø ` | D9 Ù ' | DA Ú (? | DB Û ?
    {u"\u0306\u0303"}, {u"\u00DD"}, {u"\u00DE"}, {u"\u00DF"},              // DC Ü (~ | DD Ý | DE Þ | DF ß
    {u"\u0302\u0300"}, {u"\u0302\u0301"}, {u"\u0302"}, {u"\u0302\u0303"},  // E0 à ^` | E1 á ^' | E2 â ^ | E3 ã ^~
    {u"\u0302\u0323"}, {u"\u0302\u0309"}, {u"\u1EC9"}, {u"\u00E7"},        // E4 ä ^. | E5 å ^? | E6 æ ỉ | E7 ç
    {u"\u0306\u0300"}, {u"\u0306\u0301"}, {u"\u0306"}, {u"\u0306\u0323"},  // E8 è (` | E9 é (' | EA ê ( | EB ë (.
    {u"\u00EC"}, {u"\u00ED"}, {u"\u1EF5"}, {u"\u0323"},                    // EC ì ì | ED í í | EE î ỵ | EF ï .
    {u"\u00F0"}, {u"\u0111"}, {u"\u1ECB"}, {u"\u0129"},                    // F0 ð | F1 ñ đ | F2 ò ị | F3 ó ĩ
    {u"\u01A1"}, {u"\u0303"}, {u"\u01B0"}, {u"\u00F7"},                    // F4 ô ơ | F5 õ ~ | F6 ö ư | F7 ÷
    {u"\u0300"}, {u"\u0301"}, {u"\u0306\u0309"}, {u"\u0309"},              // F8 ø ` | F9 ù ' | FA ú (? | FB û ?
    {u"\u0306\u0303"}, {u"\u00FD"}, {u"\u00FE"}, {u"\u00FF"},              // FC ü (~ | FD ý | FE þ | FF ÿ
}};

// ---------------------------------------------------------------------------

using detail::nfc_instance;
using detail::nfd_instance;

icu::UnicodeString from_utf8(std::string_view s) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

bool is_ascii_upper(UChar32 c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(UChar32 c) { return c >= 'a' && c <= 'z'; }
bool is_word_part(UChar32 c) { return u_isalpha(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK; }

// `.VnTimeH` is the capitals face of `.VnTime`: it draws the lower-case codes
// of VN3 as capitals, since VN3 has no capitals with tones. Text saved from
// it reads `NGHị QUYếT`, `ủY BAN`, `ĐảNG`. A word is upper-cased when it has
// such a lower-case Vietnamese letter, no lower-case ASCII letter, and
// either two ASCII capitals, an ASCII capital after its first letter, or a
// line of ASCII capitals around it. `Về` alone stays as it is: it may be
// meant.
void fix_vntimeh_capitals(icu::UnicodeString& text) {
    for (int32_t line_start = 0; line_start < text.length();) {
        int32_t line_end = text.indexOf(u'\n', line_start);
        if (line_end < 0) line_end = text.length();
        int upper = 0, lower = 0;
        for (int32_t i = line_start; i < line_end; ++i) {
            upper += is_ascii_upper(text[i]);
            lower += is_ascii_lower(text[i]);
        }
        const bool caps_line = upper >= 2 && lower == 0;
        for (int32_t i = line_start; i < line_end;) {
            if (!is_word_part(text.char32At(i))) {
                i += U16_LENGTH(text.char32At(i));
                continue;
            }
            int32_t j = i;
            int a_upper = 0, a_lower = 0, v_lower = 0;
            bool later_capital = false;
            while (j < line_end && is_word_part(text.char32At(j))) {
                const UChar32 c = text.char32At(j);
                if (is_ascii_upper(c)) {
                    ++a_upper;
                    later_capital = later_capital || j > i;
                } else if (is_ascii_lower(c)) {
                    ++a_lower;
                } else if (c >= 0x80 && u_islower(c)) {
                    ++v_lower;
                }
                j += U16_LENGTH(c);
            }
            if (v_lower > 0 && a_lower == 0 && (caps_line || a_upper >= 2 || later_capital)) {
                icu::UnicodeString word(text, i, j - i);
                word.toUpper(icu::Locale::getRoot());
                text.replace(i, j - i, word);
                line_end += word.length() - (j - i);
                j = i + word.length();
            }
            i = j;
        }
        line_start = line_end + 1;
    }
}

void decode_tcvn3(std::string_view bytes, icu::UnicodeString& out) {
    for (unsigned char b : bytes) {
        if (b < 0x80) out.append(static_cast<char16_t>(b));
        else if (b < 0xA0) out.append(cp1252_80[b - 0x80]);
        else out.append(tcvn3_a0[b - 0xA0]);
    }
}

void decode_vni(std::string_view bytes, icu::UnicodeString& out) {
    for (unsigned char b : bytes) {
        if (b < 0x80) out.append(static_cast<char16_t>(b));
        else if (b < 0xA0) out.append(cp1252_80[b - 0x80]);
        else if (b < 0xC0) out.append(static_cast<char16_t>(b));  // Latin-1 punctuation, as cp1252
        else out.append(icu::UnicodeString(vni_c0[b - 0xC0].text));
    }
}

void decode_1258(std::string_view bytes, icu::UnicodeString& out) {
    UErrorCode ec = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open("windows-1258", &ec), &ucnv_close);
    if (U_FAILURE(ec) || !cnv) {
        // Without ICU's converter data, fall back on bytes as Latin-1: the
        // score then rejects the candidate.
        for (unsigned char b : bytes) out.append(static_cast<char16_t>(b));
        return;
    }
    out.append(icu::UnicodeString(bytes.data(), static_cast<int32_t>(bytes.size()), cnv.get(), ec));
}

// Decodes one piece (ends at a line end or the input's end) and appends it.
void decode_piece(std::string_view bytes, encoding e, std::string& out) {
    icu::UnicodeString u;
    switch (e) {
        case encoding::tcvn3: decode_tcvn3(bytes, u); break;
        case encoding::vni: decode_vni(bytes, u); break;
        case encoding::windows_1258: decode_1258(bytes, u); break;
    }
    // Stream-safe first, as split_lines() makes UTF-8 text: a letter under a
    // long run of marks would cost composing the square of the run.
    std::string utf8;
    u.toUTF8String(utf8);
    if (const auto safe = stream_safe(utf8); safe.size() != utf8.size()) u = icu::UnicodeString::fromUTF8(safe);
    UErrorCode ec = U_ZERO_ERROR;
    auto composed = nfc_instance().normalize(u, ec);
    if (e == encoding::tcvn3) fix_vntimeh_capitals(composed);
    composed.toUTF8String(out);
}

// ---------------------------------------------------------------------------
// Syllables.

constexpr std::array<std::string_view, 28> initials{
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "th", "tr", "b", "c", "d", "đ",
    "g",   "h",  "k",  "l",  "m",  "n",  "p",  "q",  "r",  "s",  "t",  "v", "x", ""};

// Rhymes without their tone, as written (`iêu`, `ương`, `oanh`). Generous
// rather than exact: the score only has to tell Vietnamese from mojibake.
const std::unordered_set<std::string_view>& rhymes() {
    static const std::unordered_set<std::string_view> set{
        "a", "ai", "ao", "au", "ay", "am", "an", "ang", "anh", "ap", "at", "ac", "ach",
        "ăm", "ăn", "ăng", "ăp", "ăt", "ăc",
        "âm", "ân", "âng", "âp", "ât", "âc", "âu", "ây",
        "e", "eo", "em", "en", "eng", "ep", "et", "ec",
        "ê", "êu", "êm", "ên", "ênh", "êp", "êt", "êch",
        "i", "ia", "iu", "im", "in", "inh", "ip", "it", "ich",
        "iêu", "iêm", "iên", "iêng", "iêp", "iêt", "iêc",
        "y", "yêu", "yêm", "yên", "yêt",
        "o", "oi", "om", "on", "ong", "op", "ot", "oc", "oong", "ooc",
        "ô", "ôi", "ôm", "ôn", "ông", "ôp", "ôt", "ôc",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "ui", "um", "un", "ung", "up", "ut", "uc",
        "uôi", "uôm", "uôn", "uông", "uôt", "uôc",
        "ư", "ưa", "ưi", "ưu", "ưm", "ưn", "ưng", "ưt", "ưc",
        "ươi", "ươu", "ươm", "ươn", "ương", "ươp", "ươt", "ươc",
        // with the medial o (hoa, hoạch, khoẻ, xoăn)
        "oa", "oai", "oay", "oam", "oan", "oang", "oanh", "oap", "oat", "oac", "oach",
        "oăm", "oăn", "oăng", "oăt", "oăc", "oe", "oeo", "oem", "oen", "oet",
        // with the medial u (thuỷ, khuya, tuyên, luật, thuế, thuở)
        "uy", "uya", "uyu", "uynh", "uych", "uyt", "uyn", "uyên", "uyêt",
        "uân", "uâng", "uât", "uây", "uê", "uênh", "uêch", "uơ",
    };
    return set;
}

// After `q` the u is part of the consonant, so these are rhymes too (quan,
// quanh, quét, quăng).
const std::unordered_set<std::string_view>& rhymes_after_q() {
    static const std::unordered_set<std::string_view> set{
        "uai", "uay", "uan", "uang", "uanh", "uat", "uac", "uach", "uam", "uao",
        "uăn", "uăng", "uăt", "uăc", "uăm", "ue", "ueo", "uen", "uet", "uên", "uêt",
    };
    return set;
}

bool starts_front_vowel(std::string_view rhyme) {
    return rhyme.starts_with("i") || rhyme.starts_with("e") || rhyme.starts_with("ê") || rhyme.starts_with("y");
}

bool rhyme_fits(std::string_view initial, std::string_view rhyme, UChar32 tone) {
    const bool q = initial == "q";
    if (q ? !(rhyme.starts_with("u") && (rhymes().count(rhyme) || rhymes_after_q().count(rhyme)))
          : !rhymes().count(rhyme))
        return false;
    // k, gh, ngh only before i, e, ê (and y for k); c and ng never there.
    const bool front = starts_front_vowel(rhyme);
    if ((initial == "k" || initial == "gh" || initial == "ngh") && !front) return false;
    if ((initial == "c" || initial == "ng") && front) return false;
    // A checked syllable (ending in p, t, c, ch) takes only sắc or nặng.
    const bool checked = rhyme.ends_with("p") || rhyme.ends_with("t") || rhyme.ends_with("c") || rhyme.ends_with("ch");
    if (checked && tone != 0x0301 && tone != 0x0323) return false;
    return true;
}

bool is_tone(UChar32 c) { return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323; }
bool is_quality_mark(UChar32 c) { return c == 0x0302 || c == 0x0306 || c == 0x031B; }

bool is_separator(UChar32 c) {
    if (c < 0x80) return !is_ascii_upper(c) && !is_ascii_lower(c);
    switch (c) {
        case 0x00A0: case 0x00AB: case 0x00BB: case 0x2013: case 0x2014: case 0x2018: case 0x2019:
        case 0x201C: case 0x201D: case 0x2022: case 0x2026: case 0x3000: case 0xFEFF:
            return true;
        default: return u_isUWhiteSpace(c);
    }
}

// The first bytes of the input, ended at a line end when there is one, so a
// VNI letter and its mark are not cut apart.
std::string_view sample_of(std::string_view bytes) {
    constexpr std::size_t limit = 256 * 1024;
    if (bytes.size() <= limit) return bytes;
    auto cut = bytes.substr(0, limit);
    const auto nl = cut.rfind('\n');
    return nl == std::string_view::npos || nl < limit / 2 ? cut : cut.substr(0, nl + 1);
}

}  // namespace

std::string_view name(encoding e) {
    switch (e) {
        case encoding::tcvn3: return "tcvn3";
        case encoding::vni: return "vni";
        case encoding::windows_1258: return "windows-1258";
    }
    return "unknown";
}

std::string decode(std::string_view bytes, encoding e) {
    // Piece by piece, cut at line ends, so that a large file never has more
    // than one piece in UTF-16 at a time.
    constexpr std::size_t piece = 1 << 20;
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 2);
    while (!bytes.empty()) {
        std::size_t n = bytes.size();
        if (n > piece) {
            const auto nl = bytes.substr(0, piece).rfind('\n');
            n = nl == std::string_view::npos ? piece : nl + 1;
            // A VNI base letter and its mark must not be cut apart.
            while (e == encoding::vni && n < bytes.size() && static_cast<unsigned char>(bytes[n]) >= 0x80) ++n;
        }
        decode_piece(bytes.substr(0, n), e, out);
        bytes.remove_prefix(n);
    }
    return out;
}

bool is_syllable(std::string_view word) {
    if (word.empty() || word.size() > 32) return false;
    auto u = from_utf8(word);
    u.toLower(icu::Locale::getRoot());
    UErrorCode ec = U_ZERO_ERROR;
    const auto nfd = nfd_instance().normalize(u, ec);
    if (U_FAILURE(ec)) return false;
    icu::UnicodeString toneless;
    UChar32 tone = 0;
    UChar32 base = 0;  // the letter the marks that follow sit on
    auto is_vowel = [](UChar32 c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
    for (int32_t i = 0; i < nfd.length();) {
        const UChar32 c = nfd.char32At(i);
        i += U16_LENGTH(c);
        if (is_tone(c)) {
            // One tone, on a vowel: `ñ` is n + tilde, not a tone.
            if (tone != 0 || !is_vowel(base)) return false;
            tone = c;
        } else if (is_quality_mark(c)) {
            const bool fits = (c == 0x0302 && (base == 'a' || base == 'e' || base == 'o')) ||
                              (c == 0x0306 && base == 'a') || (c == 0x031B && (base == 'o' || base == 'u'));
            if (!fits) return false;
            toneless.append(c);
        } else if (is_ascii_lower(c) || c == 0x0111) {
            base = c;
            toneless.append(c);
        } else {
            return false;
        }
    }
    std::string s;
    nfc_instance().normalize(toneless, ec).toUTF8String(s);
    if (U_FAILURE(ec)) return false;
    for (auto initial : initials) {
        if (!std::string_view(s).starts_with(initial)) continue;
        if (rhyme_fits(initial, std::string_view(s).substr(initial.size()), tone)) return true;
    }
    return false;
}

score score_text(std::string_view utf8) {
    score sc;
    const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto n = static_cast<int32_t>(utf8.size());
    int32_t start = -1;
    bool non_ascii = false;
    auto flush = [&](int32_t end) {
        if (start >= 0 && non_ascii) {
            ++sc.words;
            if (is_syllable(utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start))))
                ++sc.valid;
        }
        start = -1;
        non_ascii = false;
    };
    for (int32_t i = 0; i < n;) {
        const int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(p, i, n, c);
        if (c >= 0 && is_separator(c)) {
            flush(at);
            continue;
        }
        if (start < 0) start = at;
        if (c < 0 || c >= 0x80) non_ascii = true;
    }
    flush(n);
    return sc;
}

std::optional<detection> detect(std::string_view bytes) {
    const auto sample = sample_of(bytes);
    std::optional<detection> best;
    for (auto e : {encoding::tcvn3, encoding::vni, encoding::windows_1258}) {
        auto text = decode(sample, e);
        const auto sc = score_text(text);
        if (sc.valid < 3 || sc.ratio() < 0.8) continue;
        if (best && (sc.ratio() < best->sample.ratio() ||
                     (sc.ratio() == best->sample.ratio() && sc.valid <= best->sample.valid)))
            continue;
        best = detection{e, std::move(text), sc};
    }
    if (best && sample.size() != bytes.size()) best->text = decode(bytes, best->enc);
    return best;
}

}  // namespace vnplan::text::legacy
