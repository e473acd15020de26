// Same-length lower-casing and the grammar form of a text: what the
// extractors' grammars read.
#include "text/chars.hpp"
#include "text/text.hpp"

#include <array>
#include <memory>

namespace vnplan::text {

namespace {

void put_utf8(std::string& out, std::size_t at, std::int32_t c) {
    if (c < 0x80) {
        out[at] = static_cast<char>(c);
    } else if (c < 0x800) {
        out[at] = static_cast<char>(0xC0 | (c >> 6));
        out[at + 1] = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out[at] = static_cast<char>(0xE0 | (c >> 12));
        out[at + 1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out[at + 2] = static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out[at] = static_cast<char>(0xF0 | (c >> 18));
        out[at + 1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out[at + 2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out[at + 3] = static_cast<char>(0x80 | (c & 0x3F));
    }
}

// A toned a, e or y: the second vowel of `oá`, `oẻ`, `uỷ`.
bool toned_second_vowel(std::int32_t c) {
    switch (c) {
        case 0xE0: case 0xE1: case 0x1EA3: case 0xE3: case 0x1EA1:      // à á ả ã ạ
        case 0xE8: case 0xE9: case 0x1EBB: case 0x1EBD: case 0x1EB9:    // è é ẻ ẽ ẹ
        case 0x1EF3: case 0xFD: case 0x1EF7: case 0x1EF9: case 0x1EF5:  // ỳ ý ỷ ỹ ỵ
            return true;
        default: return false;
    }
}

// ASCII: the lower case and the byte classes of each byte.
struct ascii_tables {
    std::array<char, 128> lower{};
    std::array<unsigned char, 128> classes{};
    constexpr ascii_tables() {
        for (int c = 0; c < 128; ++c) {
            const bool upper = c >= 'A' && c <= 'Z';
            const bool small = c >= 'a' && c <= 'z';
            const bool digit = c >= '0' && c <= '9';
            lower[static_cast<std::size_t>(c)] = static_cast<char>(upper ? c + 32 : c);
            classes[static_cast<std::size_t>(c)] = static_cast<unsigned char>(
                (upper || small || digit ? byte_word : 0) | (upper ? byte_capital : 0) | (small ? byte_small : 0));
        }
    }
};
constexpr ascii_tables ascii;

// Lower-cases `s` into `out` (same length); true when a syllable may carry
// the old tone placement: a toned a, e or y right after a bare o or u
// (`hoá`, `khoẻ`, `thuỷ`; not `quý`, where the u belongs to the q). With
// `in`, also the classes of every byte and the word starts. Raw pointers in
// the loop: writes through a char* may alias anything, and the compiler
// reloaded every vector's data pointer at every byte.
template <bool Classes>
bool lower_into(std::string_view s, std::string& out, grammar_input* in, std::vector<std::size_t>* toned = nullptr) {
    const std::size_t n = s.size();
    out.assign(s);
    char* o = out.data();
    unsigned char* cls = nullptr;
    // Word starts are written at `starts[count]` and counted only where a
    // word starts: a branch there, taken at every word boundary of the text,
    // was mispredicted at most of them. A word start follows a byte that is
    // in no word, so there are at most n / 2 + 1. The buffer is the one
    // `in->words` had, so a reused input allocates nothing.
    std::vector<std::uint32_t> words;
    std::uint32_t* starts = nullptr;
    std::size_t count = 0;
    if constexpr (Classes) {
        in->classes.assign(n, 0);
        words = std::move(in->words);
        words.resize(n / 2 + 2);
        starts = words.data();
        cls = in->classes.data();
    }
    bool old_tone = false;
    bool prev_word = false;
    for (std::size_t i = 0; i < n;) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            o[i] = ascii.lower[b];
            if constexpr (Classes) {
                const unsigned char k = ascii.classes[b];
                cls[i] = k;
                const bool word = k != 0;
                starts[count] = static_cast<std::uint32_t>(i);
                count += word && !prev_word;
                prev_word = word;
            }
            ++i;
            continue;
        }
        const auto cp = code_point_at(s, i);
        if (cp.value >= 0) {
            const std::int32_t l = lower_same_length(cp.value);
            if (l != cp.value) put_utf8(out, i, l);
            if (i > 0 && (o[i - 1] == 'o' || o[i - 1] == 'u') && toned_second_vowel(l)) {
                const bool candidate = o[i - 1] == 'o' || !(i >= 2 && o[i - 2] == 'q');
                if (candidate && toned) toned->push_back(i);
                old_tone = old_tone || candidate;
            }
        }
        if constexpr (Classes) {
            const auto k = char_classes(cp.value);
            const bool word = (k & (detail::cp_letter | detail::cp_digit | detail::cp_mark)) != 0;
            if (word) {
                const bool capital = (k & detail::cp_upper) != 0;
                const auto flags = static_cast<unsigned char>(byte_word | (capital ? byte_capital : 0) |
                                                              ((k & detail::cp_letter) && !capital ? byte_small : 0));
                cls[i] = flags;  // the bytes of a code point, one to four
                if (cp.size > 1) cls[i + 1] = flags;
                if (cp.size > 2) cls[i + 2] = flags;
                if (cp.size > 3) cls[i + 3] = flags;
                starts[count] = static_cast<std::uint32_t>(i);
                count += !prev_word;
            }
            prev_word = word;
        }
        i += cp.size;
    }
    if constexpr (Classes) {
        words.resize(count);
        in->words = std::move(words);
    }
    return old_tone;
}

}  // namespace

std::string lower_same_length(std::string_view s) {
    std::string out;
    lower_into<false>(s, out, nullptr);
    return out;
}

namespace {

// The tone move of grammar_form(), in place, on the words that hold one of
// the `toned` syllables (byte offsets of their second vowel): moving a tone
// keeps a word's length but in a few syllables (`uỳ` -> `ùy`); those keep
// their placement.
void retone_words(std::string& low, const std::vector<std::size_t>& toned) {
    std::size_t done = 0;  // words before this offset are done
    for (const std::size_t at : toned) {
        if (at < done) continue;
        std::size_t b = low.rfind(' ', at);
        b = b == std::string::npos ? 0 : b + 1;
        std::size_t e = low.find(' ', at);
        if (e == std::string::npos) e = low.size();
        const std::string_view word(low.data() + b, e - b);
        const std::string moved = set_tone_style(word, tone_style::new_style);
        if (moved.size() == word.size()) low.replace(b, word.size(), moved);
        done = e;
    }
}

}  // namespace

std::string grammar_form(std::string_view s) {
    std::string low;
    std::vector<std::size_t> toned;
    if (lower_into<false>(s, low, nullptr, &toned)) retone_words(low, toned);
    return low;
}

void read_for_grammar(std::string_view s, grammar_input& in) {
    std::vector<std::size_t> toned;
    if (lower_into<true>(s, in.low, &in, &toned)) retone_words(in.low, toned);
}

namespace {

// The buffers grammar_reading hands out, per thread. A buffer that grew past
// this is dropped when it comes back, not kept for the next text.
constexpr std::size_t pooled_bytes = std::size_t{1} << 20;
constexpr std::size_t pooled_inputs = 8;

std::vector<std::unique_ptr<grammar_input>>& input_pool() {
    thread_local std::vector<std::unique_ptr<grammar_input>> pool;
    return pool;
}

}  // namespace

grammar_reading::grammar_reading(std::string_view s) {
    auto& pool = input_pool();
    if (pool.empty()) {
        in_ = std::make_unique<grammar_input>();
    } else {
        in_ = std::move(pool.back());
        pool.pop_back();
    }
    read_for_grammar(s, *in_);
}

grammar_reading::~grammar_reading() {
    auto& pool = input_pool();
    if (in_->low.capacity() <= pooled_bytes && pool.size() < pooled_inputs) pool.push_back(std::move(in_));
}

}  // namespace vnplan::text
