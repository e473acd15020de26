// text/chars.hpp: the tables answer as ICU does on every code point they
// hold, the UTF-8 decoding agrees with ICU's, and the grammar form keeps the
// byte offsets of the text it was made from.
#include "text/chars.hpp"
#include "text/text.hpp"

#include <catch2/catch.hpp>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>

using namespace vnplan::text;

namespace {

std::string utf8(std::int32_t c) {
    std::string s(4, '\0');
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(s.data()), n, 4, c, error);
    s.resize(error ? 0 : static_cast<std::size_t>(n));
    return s;
}

void check_code_point(std::int32_t c) {
    INFO("U+" << std::hex << c);
    CHECK(is_letter(c) == static_cast<bool>(u_isalpha(c)));
    CHECK(is_alnum(c) == static_cast<bool>(u_isalnum(c)));
    CHECK(is_capital(c) == (u_isupper(c) || u_istitle(c)));
    CHECK(is_word_char(c) == (u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0));
    std::int32_t lower = u_tolower(c);
    if (lower == 0x00F0) lower = 0x0111;
    CHECK(lower_same_length(c) == (U8_LENGTH(lower) == U8_LENGTH(c) ? lower : c));
    if (c < 0xD800 || c > 0xDFFF) {
        const std::string s = utf8(c);
        const auto cp = code_point_at(s, 0);
        CHECK(cp.value == c);
        CHECK(cp.size == s.size());
        CHECK(code_point_before(s, s.size()) == c);
    }
}

}  // namespace

TEST_CASE("the Latin tables say what ICU says, and so does the fallback") {
    for (std::int32_t c = 0; c < 0x250; ++c) check_code_point(c);
    for (std::int32_t c = 0x1E00; c < 0x1F00; ++c) check_code_point(c);
    for (const std::int32_t c : {0x0300, 0x0301, 0x0323, 0x2013, 0x201C, 0x00B2, 0x0130, 0x212A, 0x4E2D, 0xFFFD, 0x1F600})
        check_code_point(c);
}

TEST_CASE("code points of invalid or cut UTF-8 count one byte, with no value") {
    const std::string cut = "\xE1\xBA";  // the first two bytes of `ạ`
    CHECK(code_point_at(cut, 0).value < 0);
    CHECK(code_point_at(cut, 0).size >= 1);
    CHECK(code_point_at("\xFF" "a", 0).value < 0);
    CHECK(code_point_at("\xFF" "a", 0).size == 1);
    CHECK(code_point_at("\xED\xA0\x80", 0).value < 0);  // a surrogate
    CHECK(code_point_before("a", 0) == -1);
}

TEST_CASE("word starts follow letters, digits and marks") {
    const std::string s = "Sở Tư pháp, 2025: “Đạt”";
    std::vector<std::uint32_t> expected;
    for (const auto w : {"Sở", "Tư", "pháp", "2025", "Đạt"}) expected.push_back(static_cast<std::uint32_t>(s.find(w)));
    CHECK(word_starts(s) == expected);
    CHECK(word_starts("").empty());
    CHECK(word_starts(" , ;").empty());
}

TEST_CASE("the grammar form is lower case in the new tone style, byte for byte as long") {
    CHECK(grammar_form("Hoá học, THUỶ LỢI, Uỷ ban") == "hóa học, thủy lợi, ủy ban");
    CHECK(grammar_form("quý IV") == "quý iv");  // the u of `qu` is no vowel
    CHECK(grammar_form("Hoàn thành") == "hoàn thành");  // a closed syllable keeps its tone
    // `uỳ` -> `ùy` would be a byte shorter: that word keeps its placement.
    CHECK(grammar_form("Tuỳ nơi, hoà") == "tuỳ nơi, hòa");
    for (const std::string s : {"Kế hoạch số 12-KH/UBND", "ĐẢNG UỶ KHỐI", "Ðảng ủy", "a\xFF" "b", ""})
        CHECK(grammar_form(s).size() == s.size());
}
