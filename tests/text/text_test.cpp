#include "text/text.hpp"
#include "text/icu_detail.hpp"

#include <catch2/catch.hpp>
#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <thread>
#include <vector>

using namespace vnplan::text;

namespace {

source_text decoded(std::string_view bytes) {
    source_text s;
    const auto err = decode(bytes, s);
    REQUIRE_FALSE(err.has_value());
    return s;
}

std::string error_of(std::string_view bytes) {
    source_text s;
    const auto err = decode(bytes, s);
    REQUIRE(err.has_value());
    return err->message;
}

}  // namespace

TEST_CASE("LF, CRLF and CR line ends all count as line ends and keep numbers") {
    const auto s = decoded("một\r\nhai\rba\n\nbốn");
    REQUIRE(s.lines.size() == 5);
    CHECK(s.lines[0].raw == "một");
    CHECK(s.lines[1].raw == "hai");
    CHECK(s.lines[2].raw == "ba");
    CHECK(s.lines[3].raw.empty());
    CHECK(s.lines[4].number == 5);
    CHECK(s.lines[4].raw == "bốn");
}

TEST_CASE("a UTF-8 BOM is dropped and named in the encoding") {
    const auto s = decoded("\xEF\xBB\xBFKẾ HOẠCH\n");
    CHECK(s.encoding == "utf-8-bom");
    CHECK(s.lines.at(0).raw == "KẾ HOẠCH");
}

TEST_CASE("UTF-16 with a BOM is decoded, little and big endian") {
    // "Số 1\n" in UTF-16LE and UTF-16BE.
    const std::string le("\xFF\xFE" "S\0\xD1\x1E \0" "1\0\n\0", 12);
    const auto a = decoded(le);
    CHECK(a.encoding == "utf-16le");
    CHECK(a.lines.at(0).raw == "Số 1");
    const std::string be("\xFE\xFF" "\0S\x1E\xD1\0 \0" "1\0\n", 12);
    const auto b = decoded(be);
    CHECK(b.encoding == "utf-16be");
    CHECK(b.lines.at(0).raw == "Số 1");
}

TEST_CASE("NFD input is composed to NFC") {
    // "Nghị quyết" decomposed: i + dot below, y + acute, e + circumflex + acute
    const auto s = decoded("Nghi\xCC\xA3 quye\xCC\x82\xCC\x81t");
    CHECK(s.lines.at(0).raw == "Nghị quyết");
}

TEST_CASE("a letter under more than 30 combining marks gets a grapheme joiner after each 30 (UAX #15)") {
    // Dot below (ccc 220) and acute (ccc 230) alternate: composing sorts them.
    std::string marks;
    for (int i = 0; i < 40; ++i) marks += "\u0301\u0323";
    const auto s = decoded("Số a" + marks + " xong\n");
    const auto& line = s.lines.at(0).raw;
    CHECK(line.starts_with("Số "));
    CHECK(line.ends_with(" xong"));
    // A joiner after 30 of the marks, and after 60 of them; no run longer.
    std::size_t joiners = 0;
    for (std::size_t at = line.find("\u034F"); at != std::string::npos; at = line.find("\u034F", at + 1)) ++joiners;
    CHECK(joiners == 2);
    CHECK(line.find("ấ") == std::string::npos);  // NFC composes at most the first mark: not two in one
    // Thirty marks or fewer are composed as they are, with no joiner.
    std::string few;
    for (int i = 0; i < 15; ++i) few += "\u0301\u0323";
    CHECK(decoded("Số a" + few + "\n").lines.at(0).raw.find("\u034F") == std::string::npos);
    CHECK(decoded("Nghi\xCC\xA3 quyết\n").lines.at(0).raw == "Nghị quyết");
    // U+0F73 is a starter by its class and two marks decomposed: it counts two.
    std::string tibetan = "Số a";
    for (int i = 0; i < 20; ++i) tibetan += "\u0F73";
    CHECK(stream_safe(tibetan).find("\u034F") != std::string::npos);
    CHECK(stream_safe(tibetan.substr(0, tibetan.size() - 6 * 3)).find("\u034F") == std::string::npos);  // 14: 28 marks
    // Text without such runs is returned as it is.
    CHECK(stream_safe("Nghị quyết số 12 ệ") == "Nghị quyết số 12 ệ");
}

TEST_CASE("stream_safe reads the same counts from threads that meet a code point block at once") {
    // Marks and precomposed letters of many blocks of 256, so that the two
    // threads ask for the same blocks in the same order and race to make them.
    std::string text;
    for (const char32_t first : {U'\u0300', U'\u0591', U'\u0610', U'\u093C', U'\u0F71', U'\u1AB0', U'\u1DC0', U'\u20D0',
                                 U'\u302A', U'\uFE20'}) {
        text += "a";
        for (char32_t c = first; c < first + 40; ++c) {
            char buf[4];
            std::int32_t n = 0;
            U8_APPEND_UNSAFE(buf, n, c);
            text.append(buf, static_cast<std::size_t>(n));
        }
        text += " ệ ";
    }
    std::vector<std::string> out(2);
    {
        std::thread a([&] { out[0] = stream_safe(text); });
        std::thread b([&] { out[1] = stream_safe(text); });
        a.join();
        b.join();
    }
    CHECK(out[0] == out[1]);
    CHECK(out[0] == stream_safe(text));
    CHECK(out[0].find("\u034F") != std::string::npos);  // the 40 marks after U+0300 make one run
}

TEST_CASE("bad bytes are errors that say where") {
    CHECK(error_of(std::string("abc\0def", 7)) == "not a text document (NUL byte at offset 3)");
    CHECK(error_of("Số \xC3\x28 lỗi") ==
          "invalid UTF-8 at byte offset 5 (byte 0xC3) and not a known Vietnamese legacy encoding");
    CHECK(error_of("\n\n  \t\n") == "empty document: no text to read");
    CHECK(error_of("*\n-----\n") == "empty document: no text to read");
}

TEST_CASE("a file of labels, digits and punctuation has no words to read") {
    const std::string none = "no text to read: no words, only numbering, digits or punctuation";
    CHECK(error_of("I.\n1.\n1.1.\na)\n-\n+\n(1)\nII/\nXIV.\n") == none);
    CHECK(error_of(".,;:!?…–—()[]\"'/\\|*_-=+#%&@\n2025\n") == none);
    CHECK(error_of("đ) b) c)\n") == none);
    CHECK(error_of("a\xCC\x81) \xCC\x81\xCC\x81 o\xCC\x9B)\n") == none);
    // Two letters of a word make a document, however short.
    // In NFD (decoding comes before NFC) the marks sit between the letters:
    // `ớt` is o, two marks and t, still one word.
    for (const std::string_view ok : {"I.\n1. Họp\n", "Số 12\n", "II. Ổn\n", "1. o\xCC\x9B\xCC\x81t\n"}) {
        source_text s;
        CHECK_FALSE(decode(ok, s).has_value());
    }
}

TEST_CASE("conversion debris is removed without losing text") {
    CHECK(strip_debris("[bookmark: _GoBack]2. Đổi mới") == "2. Đổi mới");
    CHECK(strip_debris("**I. MỤC ĐÍCH**") == "I. MỤC ĐÍCH");
    CHECK(strip_debris("(*thực hiện thường xuyên*).") == "(thực hiện thường xuyên).");
    CHECK(strip_debris(" \t- Phối\xC2\xA0hợp  với   Sở") == "- Phối hợp với Sở");
    CHECK(strip_debris("cán\xC2\xAD" "bộ\xE2\x80\x8B") == "cánbộ");
    CHECK(strip_debris("-----").empty());
    CHECK(strip_debris("*").empty());
    CHECK(strip_debris("5 * 3") == "5 * 3");
}

TEST_CASE("tone placement moves only in open oa, oe, uy syllables") {
    CHECK(set_tone_style("hoá Uỷ ban thuỷ khoẻ", tone_style::new_style) == "hóa Ủy ban thủy khỏe");
    CHECK(set_tone_style("hóa Ủy ban thủy khỏe", tone_style::old_style) == "hoá Uỷ ban thuỷ khoẻ");
    // Closed syllables, qu+y and three-vowel clusters have one placement only.
    CHECK(set_tone_style("hoàn toán quý khoái tuyển", tone_style::new_style) == "hoàn toán quý khoái tuyển");
    CHECK(set_tone_style("hoàn toán quý khoái tuyển", tone_style::old_style) == "hoàn toán quý khoái tuyển");
    CHECK(uses_tone_style("Cụ thể hoá", tone_style::old_style));
    CHECK_FALSE(uses_tone_style("Cụ thể hóa", tone_style::old_style));
}

TEST_CASE("tone_styles_used says what uses_tone_style says, for both styles") {
    using styles = std::array<bool, 2>;  // {old, new}
    CHECK(tone_styles_used("Cụ thể hoá") == styles{true, false});
    CHECK(tone_styles_used("Cụ thể hóa") == styles{false, true});
    CHECK(tone_styles_used("hoá và ủy") == styles{true, true});
    CHECK(tone_styles_used("hoàn toán quý khoái") == styles{false, false});
    CHECK(tone_styles_used("plain ASCII") == styles{false, false});
    CHECK(tone_styles_used("") == styles{false, false});
    // NFD in, as uses_tone_style reads it.
    const std::string nfd_old = "hoa\xCC\x81";  // hoá with a combining acute
    CHECK(tone_styles_used(nfd_old) ==
          styles{uses_tone_style(nfd_old, tone_style::old_style), uses_tone_style(nfd_old, tone_style::new_style)});
    CHECK(tone_styles_used(nfd_old)[0]);
}

TEST_CASE("folding ignores case, tone placement and the look-alike Ð") {
    CHECK(fold("Uỷ ban Kiểm tra") == fold("ỦY BAN KIỂM TRA"));
    CHECK(fold("\xC3\x90\xE1\xBA\xA3ng") == fold("Đảng"));
    CHECK(fold("  Ban   Tuyên giáo ") == "ban tuyên giáo");
    CHECK(fold_accents("Ban Tuyên giáo Đảng ủy") == "ban tuyen giao dang uy");
    CHECK(fold_accents("Ủy") == fold_accents("uỷ"));
}

TEST_CASE("lower_same_length lowers Vietnamese and keeps every offset") {
    CHECK(lower_same_length("ĐẠT TRÊN 90% Ủy Ban") == "đạt trên 90% ủy ban");
    CHECK(lower_same_length("ƠƯĂÂÊÔ ỲỴỸ") == "ơưăâêô ỳỵỹ");
    CHECK(lower_same_length("Ðại hội ðảng") == "đại hội đảng");  // the eth read as Đ
    CHECK(lower_same_length("already lower 123") == "already lower 123");
    // `İ` lowers to two code points: kept, so the copy keeps the length.
    CHECK(lower_same_length("İA") == "İa");
    // Invalid bytes are copied, the rest is still lowered.
    CHECK(lower_same_length("A\xFF" "B") == "a\xFF" "b");
    CHECK(lower_same_length("").empty());
    const std::string mixed = "Sở KH&ĐT, UBND Tỉnh: QUÝ IV/2025";
    CHECK(lower_same_length(mixed).size() == mixed.size());
}

TEST_CASE("columns count code points, not bytes") {
    CHECK(code_points("Đảng ủy") == 7);
    CHECK(code_points("Đảng ủy", 2) == 1);  // "Đ" is 2 bytes
    CHECK(code_points("Đảng ủy", 5) == 2);  // "ả" is 3 more
    CHECK(starts_lower("“quyết chuyên đề"));
    CHECK_FALSE(starts_lower("Quyết"));
    CHECK(all_upper("MỤC ĐÍCH, YÊU CẦU"));
    CHECK_FALSE(all_upper("Mục đích"));
}

TEST_CASE("normalize_text joins continuations, splits glued headings, trims blanks, sets the tone style") {
    const std::vector<std::string> lines{
        "",                                         // 1
        "**KẾ HOẠCH**",                             // 2
        "Thực hiện Nghị quyết số 18-",              // 3
        "NQ/TW của Ban Chấp hành",                  // 4
        "",                                         // 5
        "",                                         // 6
        "1. Cụ thể hoá nhiệm vụ của Uỷ ban theo",   // 7
        "¹ Chú thích chen giữa.",                   // 8
        "Quy định số 08. **II. NHIỆM VỤ**",         // 9
        "2.\tCác  sở  thực hiện *thường xuyên*.",   // 10
        "-----",                                    // 11
    };
    normalize_plan plan;
    plan.joins = {{4, 3}, {9, 7}};
    plan.splits = {{9, "II."}};
    CHECK(normalize_text(lines, plan, tone_style::new_style) ==
          "KẾ HOẠCH\n"
          "Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành\n"
          "\n"
          "1. Cụ thể hóa nhiệm vụ của Ủy ban theo Quy định số 08.\n"
          "¹ Chú thích chen giữa.\n"
          "II. NHIỆM VỤ\n"
          "2. Các sở thực hiện thường xuyên.\n");
    CHECK(normalize_text(lines, {}, tone_style::old_style).find("Cụ thể hoá nhiệm vụ của Uỷ ban theo\n") !=
          std::string::npos);
    // Joins that point nowhere sensible are ignored, never a crash.
    normalize_plan bad;
    bad.joins = {{0, 1}, {3, 3}, {2, 5}, {99, 1}};
    bad.splits = {{0, ""}, {50, "1."}};
    CHECK(normalize_text(lines, bad, tone_style::new_style).starts_with("KẾ HOẠCH\nThực hiện"));
}

// The per-code-point fast paths of text.cpp must give the bytes the ICU paths
// give: every code point their table covers, alone and in the syllables the
// tone rules look at, then random strings of Vietnamese letters, marks,
// spaces, debris and bytes that are not UTF-8.
namespace {

std::string utf8_of(UChar32 c) {
    std::string out(4, '\0');
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(out.data()), n, 4, c, error);
    REQUIRE_FALSE(error);
    out.resize(static_cast<std::size_t>(n));
    return out;
}

void check_fast_paths(const std::string& s) {
    INFO("input: " << s);
    CHECK(nfc(s) == detail::nfc_icu(s));
    CHECK(set_tone_style(s, tone_style::new_style) == detail::set_tone_style_icu(s, tone_style::new_style));
    CHECK(set_tone_style(s, tone_style::old_style) == detail::set_tone_style_icu(s, tone_style::old_style));
    CHECK(fold(s) == detail::fold_icu(s));
    CHECK(fold_accents(s) == detail::fold_accents_icu(s));
    CHECK(upper(s) == detail::upper_icu(s));
    CHECK(strip_debris(s) == detail::strip_debris_full(s));
}

}  // namespace

TEST_CASE("the fast paths of the text layer give what ICU gives") {
    for (UChar32 c = 1; c < 0x10000; ++c) {
        const bool covered = c < 0x400 || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2000 && c < 0x2200) ||
                             (c >= 0x2500 && c < 0x2600) || (c >= 0xF000 && c < 0xF100);
        if (!covered || (c >= 0xD800 && c <= 0xDFFF)) continue;
        const auto x = utf8_of(c);
        for (const auto& s : {x, "ho" + x, "o" + x, "qu" + x, x + "a", x + "\xCC\x81", "k" + x + "e", "  " + x + "\t"})
            check_fast_paths(s);
    }
    const std::vector<std::string> palette{
        "a", "o", "e", "u", "y", "q", "h", "k", " ", "  ", "\t", "\n", "*", "**", "[bookmark: x]", "[",
        "á", "ả", "ó", "ọ", "ẻ", "ý", "ỷ", "ú", "ơ", "ớ", "ư", "ự", "ấ", "ằ", "ệ", "ộ", "Ó", "Ỏ", "A", "Á", "O", "U",
        "Ủ", "Y", "Ỷ", "Q", "E", "Ẻ", "Đ", "đ", "Ð", "ð", "İ", "ß", "ẞ", "ŉ", "ǰ", "K", "Å", "Ω", "ǅ", "ĳ",
        "\xCC\x81", "\xCC\x80", "\xCC\x89", "\xCC\x83", "\xCC\xA3", "\xCC\x82", "\xCC\x86", "\xCC\x9B", "\xCD\x85",
        "\xE2\x80\x8B", "\xC2\xAD", "\xC2\xA0", "\xE2\x80\x83", "\xEF\xBB\xBF", "\xE2\x81\xA0", "\xE3\x80\x80",
        "“", "–", "…", "¹", "•", "\xEF\x82\xB7", "1", ".", ",", "-", "_", "~", "ǘ", "\xFF", "\xC3", "\xE1\xBB",
        "\x80", "\xF0\x9F\x98\x80", "한", "ᄀ", "ᅡ", "ᾳ", "ς", "Σ", "ﬀ"};
    std::uint64_t state = 1;
    auto next = [&] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::size_t>(state >> 33);
    };
    for (int k = 0; k < 20000; ++k) {
        std::string s;
        for (std::size_t n = next() % 10; n > 0; --n) s += palette[next() % palette.size()];
        check_fast_paths(s);
    }
}

TEST_CASE("lines known to be NFC and lines composed on the way come out the same") {
    // An NFD line between NFC lines, with CR, CRLF and LF ends.
    const auto s = decoded("Đảng ủy\r\nNghi\xCC\xA3 quye\xCC\x82\xCC\x81t\rhoá\nUỷ ban");
    REQUIRE(s.lines.size() == 4);
    CHECK(s.lines[0].raw == "Đảng ủy");
    CHECK(s.lines[1].raw == "Nghị quyết");
    CHECK(s.lines[2].raw == "hoá");
    CHECK(s.lines[3].raw == "Uỷ ban");
}

TEST_CASE("head keeps the first code points, whole") {
    CHECK(head("Đảng ủy", 2) == "Đả");
    CHECK(head("Đảng ủy", 4) == "Đảng");
    CHECK(head("Đảng ủy", 0).empty());
    CHECK(head("abc", 10) == "abc");
    CHECK(head("", 3).empty());
    CHECK(head("a\xFF" "b", 2) == "a\xFF");  // a stray byte counts as one
}

namespace {

void same_reading(const grammar_input& got, std::string_view text) {
    grammar_input want;  // a fresh one, from no pool
    read_for_grammar(text, want);
    CHECK(got.low == want.low);
    CHECK(got.classes == want.classes);
    CHECK(got.words == want.words);
}

}  // namespace

TEST_CASE("a grammar reading is read_for_grammar, in buffers of its own while it lasts") {
    const std::string outer_text = "Sở Tư pháp CHỦ TRÌ, phối hợp với UBND các huyện";
    const std::string inner_text = "Thuỷ lợi: hoá đơn";  // the old tone placement, moved
    {
        const grammar_reading outer(outer_text);
        same_reading(outer.get(), outer_text);
        {
            const grammar_reading inner(inner_text);
            same_reading(inner.get(), inner_text);
            CHECK(inner.get().low == "thủy lợi: hóa đơn");
        }
        same_reading(outer.get(), outer_text);  // the nested reading did not touch it
    }
    // Buffers come back from the pool with what a longer text left in them:
    // a shorter text after it reads the same as a fresh one.
    std::string longer;
    for (int i = 0; i < 200; ++i) longer += "Ủy ban nhân dân tỉnh 2025; ";
    { const grammar_reading r(longer); same_reading(r.get(), longer); }
    { const grammar_reading r(inner_text); same_reading(r.get(), inner_text); }
    { const grammar_reading r(""); same_reading(r.get(), ""); }
}
