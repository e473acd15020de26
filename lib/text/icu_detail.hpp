// ICU singletons shared by the text layer's source files (not a public header).
#pragma once

#include <unicode/normalizer2.h>

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

}  // namespace vnplan::text::detail
