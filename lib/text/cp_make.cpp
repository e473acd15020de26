// make_info(): what ICU says of one code point, for the generated table of
// text/cp_table.hpp. Linked into tools/text_gen only.
#include "text/cp_table.hpp"
#include "text/icu_detail.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <string>

namespace vnplan::text::detail {

namespace {

bool set(small_utf8& out, const icu::UnicodeString& u) {
    std::string s;
    u.toUTF8String(s);
    if (s.size() > out.b.size()) return false;
    std::copy(s.begin(), s.end(), out.b.begin());
    out.n = static_cast<std::uint8_t>(s.size());
    return true;
}

}  // namespace

cp_info make_info(std::int32_t c) {
    cp_info in;
    const auto& nfd = nfd_instance();
    in.alpha = u_isalpha(c);
    in.lower = u_islower(c);
    in.digit = u_isdigit(c);
    if (c >= 0xD800 && c <= 0xDFFF) return in;  // surrogates: never in valid UTF-8
    const icu::UnicodeString one(c);
    set(in.self, one);
    {
        icu::UnicodeString up(one);
        up.toUpper(icu::Locale::getRoot());
        in.upper_ok = set(in.upper, up);
    }
    in.nfc_ok = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
    if (!in.nfc_ok) return in;
    UErrorCode ec = U_ZERO_ERROR;
    const auto d = nfd.normalize(one, ec);
    if (U_FAILURE(ec) || d.isEmpty()) return in;
    in.base = d.char32At(0);
    in.base_lower = u_tolower(in.base);
    if (u_getCombiningClass(in.base) != 0) return in;
    for (int32_t i = U16_LENGTH(in.base); i < d.length();) {
        const UChar32 m = d.char32At(i);
        i += U16_LENGTH(m);
        if (u_getCombiningClass(m) == 0) return in;
        ++in.marks;
        in.tone = m;
        if (!is_tone(m)) in.tones_only = false;
    }
    in.syllable = is_letter_or_mark(in.base);
    // A mark on a base that is no letter would start a syllable of its own.
    if (in.marks > 0 && !in.syllable) return in;
    // The case fold as fold() makes it: `Ð` and `ð` read as `đ`.
    icu::UnicodeString f(one);
    f.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x00D0)), icu::UnicodeString(static_cast<UChar32>(0x0110)));
    f.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x00F0)), icu::UnicodeString(static_cast<UChar32>(0x0111)));
    f.foldCase();
    if (!set(in.fold, f)) return in;
    // fold_accents() strips the NFD of the whole folded text; a fold that
    // opens with a starter keeps each code point's marks to itself.
    ec = U_ZERO_ERROR;
    const auto fd = nfd.normalize(f, ec);
    if (U_FAILURE(ec) || fd.isEmpty() || u_getCombiningClass(fd.char32At(0)) != 0) return in;
    const icu::UnicodeString stripped = strip_marks(fd);
    if (stripped.isEmpty() || !set(in.strip, stripped)) return in;
    in.fast = true;
    return in;
}

}  // namespace vnplan::text::detail
