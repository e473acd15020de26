// Same-length lower-casing for the extractors' grammars.
#include "text/text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace vnplan::text {

std::string lower_same_length(std::string_view s) {
    std::string out(s);
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto len = static_cast<int32_t>(s.size());
    int32_t i = 0;
    while (i < len) {
        if (p[i] < 0x80) {
            if (p[i] >= 'A' && p[i] <= 'Z') out[static_cast<std::size_t>(i)] = static_cast<char>(p[i] + 32);
            ++i;
            continue;
        }
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(p, i, len, c);
        if (c < 0) continue;  // an invalid byte: copied as it is
        UChar32 lower = u_tolower(c);
        if (lower == 0x00F0) lower = 0x0111;  // `Ð`, `ð` -> `đ`
        if (lower == c || U8_LENGTH(lower) != i - start) continue;
        int32_t at = start;  // same length: the bytes are overwritten in place
        U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(out.data()), at, lower);
    }
    return out;
}

}  // namespace vnplan::text
