#include "text/text.hpp"
#include "text/icu_detail.hpp"

#include "text/legacy.hpp"

#include <openssl/evp.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <system_error>

#include <filesystem>

namespace vnplan::text {
namespace {

using detail::nfc_instance;
using detail::nfd_instance;

bool is_ascii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

std::string to_utf8(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

icu::UnicodeString from_utf8(std::string_view s) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string sha256_hex(std::string_view bytes) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
    unsigned int len = 0;
    EVP_Digest(bytes.data(), bytes.size(), md.data(), &len, EVP_sha256(), nullptr);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(len * 2);
    for (unsigned int i = 0; i < len; ++i) {
        out += hex[md[i] >> 4];
        out += hex[md[i] & 15];
    }
    return out;
}

// Splits UTF-8 text on LF, CRLF and CR, keeping the 1-based line numbers.
void split_lines(std::string_view s, std::vector<line>& out) {
    // One allocation for the lines: a 100 MB file has millions of them, and
    // doubling a vector of them would hold two copies at once.
    auto ends = static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
    if (ends == 0) ends = static_cast<std::size_t>(std::count(s.begin(), s.end(), '\r'));
    out.reserve(ends + 1);
    int number = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\n' && s[i] != '\r') continue;
        out.push_back({number++, nfc(s.substr(start, i - start))});
        if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
        start = i + 1;
    }
    if (start < s.size()) out.push_back({number, nfc(s.substr(start))});
}

std::optional<read_error> check_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        const int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(p, i, n, c);
        if (c < 0) {
            char buf[96];
            std::snprintf(buf, sizeof buf, "invalid UTF-8 at byte offset %d (byte 0x%02X)", at, p[at]);
            return read_error{buf};
        }
    }
    return std::nullopt;
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

// Tone marks of Vietnamese in NFD: grave, acute, tilde, hook above, dot below.
bool is_tone(UChar32 c) {
    return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

}  // namespace

std::string nfc(std::string_view s) {
    if (is_ascii(s)) return std::string(s);
    const auto& n = nfc_instance();
    UErrorCode ec = U_ZERO_ERROR;
    const auto u = from_utf8(s);
    if (n.isNormalized(u, ec) && U_SUCCESS(ec)) return std::string(s);
    ec = U_ZERO_ERROR;
    return to_utf8(n.normalize(u, ec));
}

std::optional<read_error> decode(std::string_view bytes, source_text& out) {
    out.sha256 = sha256_hex(bytes);
    out.lines.clear();
    // `text` is what gets split into lines: the input itself when it is UTF-8
    // (no copy: a 100 MB file stays one buffer), or `decoded` otherwise.
    std::string decoded;
    std::string_view text;
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
        if (auto err = check_utf8(text)) {
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
            decoded = std::move(found->text);
            text = decoded;
        }
    }
    if (text.find('\0') != std::string_view::npos) return read_error{"not a text document (NUL character)"};
    // Only blanks: say so before making a line of each.
    if (text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
        return read_error{"empty document: no text to read"};
    split_lines(text, out.lines);
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

std::string strip_debris(std::string_view in) {
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

bool is_letter_or_mark(UChar32 c) {
    return u_isalpha(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
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

std::string set_tone_style(std::string_view s, tone_style style) {
    if (is_ascii(s)) return std::string(s);
    UErrorCode ec = U_ZERO_ERROR;
    const auto nfd = nfd_instance().normalize(from_utf8(s), ec);
    return to_utf8(nfc_instance().normalize(retone(nfd, style), ec));
}

bool uses_tone_style(std::string_view s, tone_style style) {
    if (is_ascii(s)) return false;
    const auto other = style == tone_style::new_style ? tone_style::old_style : tone_style::new_style;
    return set_tone_style(s, other) != nfc(s);
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
    std::string toned = set_tone_style(s, tone_style::new_style);
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

std::string fold_accents(std::string_view s) {
    const std::string folded = fold(s);
    if (is_ascii(folded)) return folded;
    UErrorCode ec = U_ZERO_ERROR;
    const auto nfd = nfd_instance().normalize(from_utf8(folded), ec);
    icu::UnicodeString out;
    for (int32_t i = 0; i < nfd.length();) {
        UChar32 c = nfd.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        if (c == 0x0111 || c == 0x00F0) c = 'd';
        out.append(c);
    }
    return to_utf8(out);
}

std::string upper(std::string_view s) {
    auto u = from_utf8(s);
    u.toUpper();
    return to_utf8(u);
}

int code_points(std::string_view s, std::size_t bytes) {
    int n = 0;
    for (std::size_t i = 0; i < bytes && i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
    return n;
}

int code_points(std::string_view s) { return code_points(s, s.size()); }

bool starts_lower(std::string_view s) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c = 0;
        U8_NEXT(p, i, n, c);
        if (c < 0) return false;
        if (u_isalpha(c)) return u_islower(c);
        if (u_isdigit(c)) return false;
    }
    return false;
}

bool all_upper(std::string_view s) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    bool any = false;
    for (int32_t i = 0; i < n;) {
        UChar32 c = 0;
        U8_NEXT(p, i, n, c);
        if (c < 0) return false;
        if (u_islower(c)) return false;
        if (u_isalpha(c)) any = true;
    }
    return any;
}

}  // namespace vnplan::text
