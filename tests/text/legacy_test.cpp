// Legacy encodings: the tables, detection, and what decode() does with bytes
// that are not UTF-8.
//
// The encoded test strings were produced by encoders independent of
// lib/text/legacy.cpp: glibc's `iconv -t TCVN5712-1` for TCVN3 (lower case),
// Python's cp1258 codec for Windows-1258, the Unicode -> VNI table of
// github.com/duydev/vietnamese-conversion for VNI. TCVN3 capitals are written
// as a `.VnTimeH` font stores them: lower-case codes among ASCII capitals.
#include "text/legacy.hpp"
#include "text/text.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace vnplan::text;
namespace legacy = vnplan::text::legacy;

namespace {

using pairs = std::vector<std::pair<std::string, std::string>>;  // bytes, expected UTF-8

const pairs tcvn3_words{
    {"Ngh\xDE quy\xD5t", "Nghị quyết"},
    {"\xA7\xB6ng \xF1y", "Đảng ủy"},
    {"Ch\xAD\xACng tr\xD7nh h\xB5nh \xAE\xE9ng", "Chương trình hành động"},
    {"tr\xAD\xED" "c ng\xB5y 31/12/2025", "trước ngày 31/12/2025"},
    {"ngh\xDE quy\xD5t", "nghị quyết"},
    {"\xAE\xB6ng \xF1y", "đảng ủy"},
    {"\xF1y ban nh\xA9n d\xA9n", "ủy ban nhân dân"},
    // VN3 has no `Ủ`: typists wrote `Uû` (old tone placement).
    {"U\xFB ban nh\xA9n d\xA9n", "Uỷ ban nhân dân"},
    // `.VnTimeH` capitals.
    {"NGH\xDE QUY\xD5T", "NGHỊ QUYẾT"},
    {"\xA7\xB6NG \xF1Y", "ĐẢNG ỦY"},
    {"\xF1Y BAN NH\xA2N D\xA2N", "ỦY BAN NHÂN DÂN"},
    {"CH\xA6\xA5NG TR\xD7NH H\xB5NH \xA7\xE9NG", "CHƯƠNG TRÌNH HÀNH ĐỘNG"},
    {"TR\xA6\xED" "C NG\xB5Y 31/12/2025", "TRƯỚC NGÀY 31/12/2025"},
};

const pairs vni_words{
    {"Ngh\xF2 quye\xE1t", "Nghị quyết"},
    {"\xD1" "a\xFBng u\xFBy", "Đảng ủy"},
    {"U\xDBy ban nha\xE2n da\xE2n", "Ủy ban nhân dân"},
    {"Ch\xF6\xF4ng tr\xECnh ha\xF8nh \xF1o\xE4ng", "Chương trình hành động"},
    {"tr\xF6\xF4\xF9" "c nga\xF8y 31/12/2025", "trước ngày 31/12/2025"},
    {"NGH\xD2 QUYE\xC1T", "NGHỊ QUYẾT"},
    {"\xD1" "A\xDBNG U\xDBY", "ĐẢNG ỦY"},
    {"U\xDBY BAN NHA\xC2N DA\xC2N", "ỦY BAN NHÂN DÂN"},
    {"CH\xD6\xD4NG TR\xCCNH HA\xD8NH \xD1O\xC4NG", "CHƯƠNG TRÌNH HÀNH ĐỘNG"},
    {"TR\xD6\xD4\xD9" "C NGA\xD8Y 31/12/2025", "TRƯỚC NGÀY 31/12/2025"},
    // A mark of the other case than its letter still lands on it.
    {"Uu\xFBy", "Uủy"},
    {"U\xFBy", "Ủy"},
};

const pairs cp1258_words{
    {"Nghi\xF2 quy\xEA\xECt", "Nghị quyết"},
    {"\xD0" "a\xD2ng u\xD2y", "Đảng ủy"},
    {"U\xD2y ban nh\xE2n d\xE2n", "Ủy ban nhân dân"},
    {"Ch\xFD\xF5ng tri\xCCnh h\xE0nh \xF0\xF4\xF2ng", "Chương trình hành động"},
    {"tr\xFD\xF5\xEC" "c ng\xE0y 31/12/2025", "trước ngày 31/12/2025"},
    {"NGHI\xF2 QUY\xCA\xECT", "NGHỊ QUYẾT"},
    {"\xD0" "A\xD2NG U\xD2Y", "ĐẢNG ỦY"},
    {"U\xD2Y BAN NH\xC2N D\xC2N", "ỦY BAN NHÂN DÂN"},
    {"CH\xDD\xD5NG TRI\xCCNH H\xC0NH \xD0\xD4\xF2NG", "CHƯƠNG TRÌNH HÀNH ĐỘNG"},
    {"TR\xDD\xD5\xEC" "C NG\xC0Y 31/12/2025", "TRƯỚC NGÀY 31/12/2025"},
};

// The words as one document, one per line.
std::string document_of(const pairs& words, bool encoded) {
    std::string s;
    for (const auto& [bytes, text] : words) s += (encoded ? bytes : text) + "\n";
    return s;
}

}  // namespace

TEST_CASE("TCVN3 bytes decode to the Vietnamese they stand for, capitals of .VnTimeH included") {
    for (const auto& [bytes, text] : tcvn3_words) {
        INFO(text);
        CHECK(legacy::decode(bytes, legacy::encoding::tcvn3) == text);
    }
}

TEST_CASE("VNI bytes decode to the Vietnamese they stand for, upper and lower case") {
    for (const auto& [bytes, text] : vni_words) {
        INFO(text);
        CHECK(legacy::decode(bytes, legacy::encoding::vni) == text);
    }
}

TEST_CASE("a legacy-encoded letter under a long run of marks is made stream-safe before composing") {
    // Windows-1258: `a`, then acute (0xEC) and dot below (0xF2) again and again.
    std::string bytes = "Nghi\xF2 quy\xEA\xECt a";
    for (int i = 0; i < 40; ++i) bytes += "\xEC\xF2";
    const auto text = legacy::decode(bytes, legacy::encoding::windows_1258);
    CHECK(text.starts_with("Nghị quyết "));
    CHECK(text.find("\u034F") != std::string::npos);
}

TEST_CASE("Windows-1258 bytes decode to NFC, their combining tones composed") {
    for (const auto& [bytes, text] : cp1258_words) {
        INFO(text);
        CHECK(legacy::decode(bytes, legacy::encoding::windows_1258) == text);
    }
}

TEST_CASE("a .VnTimeH capital is upper-cased only where the word cannot be meant as written") {
    // `Về` could be a title-case word in .VnTime: left alone.
    CHECK(legacy::decode("V\xD2 vi\xD6" "c", legacy::encoding::tcvn3) == "Về việc");
    CHECK(legacy::decode("V\xD2", legacy::encoding::tcvn3) == "Về");
    // In a line of capitals it is a capital.
    CHECK(legacy::decode("V\xD2 VI\xD6" "C", legacy::encoding::tcvn3) == "VỀ VIỆC");
    // Two lines: one of capitals, one not.
    CHECK(legacy::decode("K\xDE" "P\n" "K\xDE" "p", legacy::encoding::tcvn3) == "KỊP\nKịp");
}

TEST_CASE("code page 1252 punctuation in legacy files stays punctuation") {
    CHECK(legacy::decode("\x93" "Ngh\xDE quy\xD5t\x94 \x96 ", legacy::encoding::tcvn3) == "“Nghị quyết” – ");
    CHECK(legacy::decode("\x93" "a\x94", legacy::encoding::vni) == "“a”");
}

TEST_CASE("syllables: initial, rhyme, one tone, checked endings take sắc or nặng") {
    for (auto w : {"Nghị", "quyết", "Đảng", "ủy", "Uỷ", "thuỷ", "hoá", "hóa", "khỏe", "Chương", "trình", "trước",
                   "ngày", "giữa", "gìn", "giếng", "quốc", "quản", "hoạch", "luật", "khuya", "thuở", "ĐẢNG", "NGHỊ",
                   "boong", "yêu", "ương", "kỳ", "quý", "quí", "việc", "được", "người"})
        CHECK(legacy::is_syllable(w));
    for (auto w : {"Nghò", "NghÞ", "quyÕt", "§¶ng", "tr×nh", "Ch\u00AD\u00ACng", "cá́", "tat", "tàt", "ngĩ",
                   "kan", "cen", "Keÿ", "ĐUK", "CTrHĐ", "thuñ", "ö", "ñy", "quyeát", "bĕ", "ŏ"})
        CHECK_FALSE(legacy::is_syllable(w));
}

TEST_CASE("the score counts non-ASCII words and the syllables among them") {
    const auto good = legacy::score_text("Nghị quyết số 19-NQ/TW của Ban Chấp hành, “Đảng ủy”.");
    CHECK(good.words == 8);
    CHECK(good.valid == 8);
    // TCVN3 read as code page 1252: `sè` happens to be a syllable, nothing else.
    const auto bad = legacy::score_text("NghÞ quyÕt sè 19-NQ/TW cña Ban ChÊp hµnh");
    CHECK(bad.words == 6);
    CHECK(bad.valid == 1);
}

TEST_CASE("detection picks the encoding whose decoding reads as Vietnamese") {
    const struct {
        const pairs* words;
        legacy::encoding enc;
    } cases[] = {{&tcvn3_words, legacy::encoding::tcvn3},
                 {&vni_words, legacy::encoding::vni},
                 {&cp1258_words, legacy::encoding::windows_1258}};
    for (const auto& c : cases) {
        INFO(legacy::name(c.enc));
        const auto found = legacy::detect(document_of(*c.words, true));
        REQUIRE(found.has_value());
        CHECK(found->enc == c.enc);
        CHECK(found->text == document_of(*c.words, false));
        CHECK(found->sample.ratio() >= 0.8);
    }
}

TEST_CASE("decode() reads a legacy file and names its encoding") {
    source_text s;
    REQUIRE_FALSE(decode(document_of(vni_words, true), s).has_value());
    CHECK(s.encoding == "vni");
    REQUIRE(s.lines.size() == vni_words.size());
    CHECK(s.lines[0].raw == "Nghị quyết");
    CHECK(s.lines[2].number == 3);
    CHECK(s.lines[2].raw == "Ủy ban nhân dân");

    REQUIRE_FALSE(decode(document_of(tcvn3_words, true), s).has_value());
    CHECK(s.encoding == "tcvn3");
    CHECK(s.lines.at(1).raw == "Đảng ủy");

    REQUIRE_FALSE(decode("\r\n" + document_of(cp1258_words, true), s).has_value());
    CHECK(s.encoding == "windows-1258");
    CHECK(s.lines.at(1).raw == "Nghị quyết");
}

TEST_CASE("bytes that are neither UTF-8 nor convincing Vietnamese are an error at the first bad byte") {
    const auto error_of = [](std::string_view bytes) {
        source_text s;
        const auto err = decode(bytes, s);
        REQUIRE(err.has_value());
        return err->message;
    };
    CHECK(error_of("Ke\xFF hoach") ==
          "invalid UTF-8 at byte offset 2 (byte 0xFF) and not a known Vietnamese legacy encoding");
    // UTF-8 Vietnamese with one stray byte: every legacy reading is mojibake.
    CHECK(error_of("Kế hoạch thực hiện nghị quyết của Đảng ủy \x96 năm") ==
          "invalid UTF-8 at byte offset 61 (byte 0x96) and not a known Vietnamese legacy encoding");
    // Random high bytes.
    CHECK(error_of("\xC0\xC1\xF5\xF6 \xFE\xFD\xFC \x80\x81") ==
          "invalid UTF-8 at byte offset 0 (byte 0xC0) and not a known Vietnamese legacy encoding");
    // A BOM promises UTF-8: no guessing.
    CHECK(error_of("\xEF\xBB\xBF" "Ngh\xF2 quye\xE1t c\xF6\xF4ng tr\xECnh") == "invalid UTF-8 after the BOM");
}

TEST_CASE("a large legacy file decodes piece by piece to the same text") {
    std::string bytes, text;
    const auto one_bytes = document_of(tcvn3_words, true);
    const auto one_text = document_of(tcvn3_words, false);
    while (bytes.size() < (3u << 20)) {
        bytes += one_bytes;
        text += one_text;
    }
    const auto found = legacy::detect(bytes);
    REQUIRE(found.has_value());
    CHECK(found->enc == legacy::encoding::tcvn3);
    CHECK(found->text == text);
    // A VNI letter and its mark are never cut apart, even in a huge line.
    std::string line, line_text;
    while (line.size() < (3u << 20)) {
        line += "Ngh\xF2 quye\xE1t ";
        line_text += "Nghị quyết ";
    }
    CHECK(legacy::decode(line, legacy::encoding::vni) == line_text);
}
