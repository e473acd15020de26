// ICU singletons shared by the text layer's source files (not a public header).
#pragma once

#include "text/text.hpp"

#include <unicode/normalizer2.h>

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
