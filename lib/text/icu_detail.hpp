// ICU singletons shared by the text layer's source files (not a public header).
#pragma once

#include "text/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>
#include <string_view>

namespace vnplan::text::detail {

inline const icu::Normalizer2& nfc_instance() {
    UErrorCode ec = U_ZERO_ERROR;
    static const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(ec);
    return *n;
}

inline const icu::Normalizer2& nfd_instance() {
    UErrorCode ec = U_ZERO_ERROR;
    static const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(ec);
    return *n;
}

// The accent fold of a decomposed (NFD) text: the non-spacing marks dropped,
// `đ` (and `ð`, which case folding may leave) read as `d`. fold_accents_icu
// and the generated code point table (cp_make.cpp) both use it, so that the
// table and the run-time path cannot drift apart.
inline icu::UnicodeString strip_marks(const icu::UnicodeString& nfd) {
    icu::UnicodeString out;
    for (int32_t i = 0; i < nfd.length();) {
        UChar32 c = nfd.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        if (c == 0x0111 || c == 0x00F0) c = 'd';
        out.append(c);
    }
    return out;
}

// The ICU paths of the text.hpp functions of the same names, each on a UTF-16
// copy of the whole string. The public functions take them for what their
// per-code-point tables do not cover; the tests check that both agree.
std::string nfc_icu(std::string_view s);
std::string set_tone_style_icu(std::string_view s, tone_style style);
std::string fold_icu(std::string_view s);
std::string fold_accents_icu(std::string_view s);
std::string upper_icu(std::string_view s);
// strip_debris with its three passes, for lines with `*` or `[`.
std::string strip_debris_full(std::string_view s);

}  // namespace vnplan::text::detail
