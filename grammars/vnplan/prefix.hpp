// Which byte strings can start a match of a PEGTL rule, read from the rule's
// own structure (its `rule_t`), so that a scanner that tries a rule at every
// word of a text can skip, with a short walk down a trie, the words where the
// rule cannot match. No word list is copied out of the grammar: change a rule
// and its filter follows.
//
// The analysis is the textbook FIRST(k) of a grammar, over bytes, with k =
// `prefix_bytes`. A rule's set holds two kinds of strings:
//   complete   the rule can match exactly these bytes;
//   open       a match starts with these bytes (and may go on: the string
//              was cut at k bytes, or the analysis stopped there).
//   string<'t','r',...>     complete `tr...`
//   seq<A, B>               A's open strings; each complete string of A
//                           followed by each of B's
//   sor<A, B>               both
//   opt / star / rep_opt    the inner rule's, and the complete empty string
//   one / range / ranges    their bytes (UTF-8 rules: the code points' bytes)
//   at / not_at / eof ...   the complete empty string (a lookahead consumes
//                           nothing; a filter may let more through, never less)
// A rule the analysis does not know (a custom `match`, `until`, `any`) is
// the open empty string: "may match anything", never "cannot match". Big
// character classes stop the extension (a class of 400 letters followed by
// another is not worth 160 000 strings), and a set that grows past
// `prefix_max_strings` is cut shorter: the filter is then less selective
// than the rule, never stricter. tests/grammar/prefix_test.cpp checks that
// on every position of every sample and seed for the extraction rules.
//
// Example: `deadline_before` starts with `hoàn thành `, `thực hiện `,
// `triển khai `, `xong `, `trước ` or `chậm nhất `; at `thường xuyên` the
// walk stops after `th` + the first byte of `ư`, where the two-byte filter
// this replaced let every `th...` word through.
#pragma once

#include "prefix_view.hpp"

#include <tao/pegtl.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeindex>
#include <vector>

// The set operations are the same code for every rule: kept out of line, so
// that the thousands of rule types of the grammars instantiate only small
// functions that call them (inlined, they made this analysis minutes to
// compile).
#define VNPLAN_PREFIX_OUTLINE [[gnu::noinline]]

namespace vnplan::grammar {

inline constexpr std::size_t prefix_bytes = 16;         // k of FIRST(k)
inline constexpr std::size_t prefix_words = 2;          // strings end after this many spaces
inline constexpr std::size_t prefix_max_strings = 512;  // per rule, before strings are cut shorter

// Where a string of the analysis ends: after prefix_bytes, or after the
// space that ends its prefix_words-th word. Two words tell `trong năm` from
// `trong các`; a third would cost thousands of strings and tell little more.
inline std::size_t cut_point(std::string_view s) {
    std::size_t spaces = 0;
    const std::size_t n = std::min(s.size(), prefix_bytes);
    for (std::size_t i = 0; i < n; ++i)
        if (s[i] == ' ' && ++spaces == prefix_words) return i + 1;
    return n;
}

inline std::string project(std::string s) {
    for (auto& c : s) c = static_cast<char>(project_byte(static_cast<unsigned char>(c)));
    return s;
}

// The analysis result for one rule.
struct first_set {
    std::set<std::string> complete;
    std::set<std::string> open;

    VNPLAN_PREFIX_OUTLINE static first_set anything() {
        first_set f;
        f.open.insert(std::string());
        return f;
    }
    VNPLAN_PREFIX_OUTLINE static first_set empty_match() {
        first_set f;
        f.complete.insert(std::string());
        return f;
    }
    bool matches_anything() const { return open.count(std::string()) != 0; }

    VNPLAN_PREFIX_OUTLINE first_set& operator|=(const first_set& o) {
        complete.insert(o.complete.begin(), o.complete.end());
        open.insert(o.open.begin(), o.open.end());
        return limit();
    }

    // Cuts every string to at most `n` bytes (cut strings become open).
    VNPLAN_PREFIX_OUTLINE void cut_to(std::size_t n) {
        std::set<std::string> kept;
        for (const auto& s : complete) {
            if (s.size() <= n) kept.insert(s);
            else open.insert(s.substr(0, n));
        }
        complete = std::move(kept);
        std::set<std::string> opened;
        for (const auto& s : open) opened.insert(s.substr(0, std::min(n, s.size())));
        open = std::move(opened);
    }

    VNPLAN_PREFIX_OUTLINE first_set projected() const {
        first_set f;
        for (const auto& x : complete) f.complete.insert(project(x));
        for (const auto& x : open) f.open.insert(project(x));
        return f;
    }

    // Keeps the set within prefix_max_strings by cutting it shorter.
    VNPLAN_PREFIX_OUTLINE first_set& limit() {
        std::size_t n = prefix_bytes;
        while (complete.size() + open.size() > prefix_max_strings && n > 0) cut_to(--n);
        return *this;
    }

    // A string of a literal: complete, or open when longer than prefix_bytes.
    VNPLAN_PREFIX_OUTLINE static first_set literal(std::string s) {
        first_set f;
        if (const auto cut = cut_point(s); cut < s.size()) {
            s.resize(cut);
            f.open.insert(std::move(s));
        } else {
            f.complete.insert(std::move(s));
        }
        return f;
    }

    // This rule followed by `next`. When every pairing would be too many
    // strings (a class of 400 letters followed by another), this rule's
    // complete strings are kept as open ones: the match starts so, and the
    // filter does not look further.
    VNPLAN_PREFIX_OUTLINE first_set then(const first_set& next) const {
        first_set r;
        r.open = open;
        const std::size_t pairs = complete.size() * (next.complete.size() + next.open.size());
        const bool stop = pairs > 4 * prefix_max_strings;
        for (const auto& a : complete) {
            if (a.empty()) {  // the rule may match nothing: then `next` starts the match
                r.complete.insert(next.complete.begin(), next.complete.end());
                r.open.insert(next.open.begin(), next.open.end());
                continue;
            }
            if (stop || cut_point(a) < a.size() || a.size() >= prefix_bytes) {
                r.open.insert(a.substr(0, cut_point(a)));
                continue;
            }
            auto add = [&](const std::string& b, bool is_open) {
                std::string s = a + b;
                if (const auto cut = cut_point(s); cut < s.size()) {
                    s.resize(cut);
                    is_open = true;
                }
                (is_open ? r.open : r.complete).insert(std::move(s));
            };
            for (const auto& b : next.complete) add(b, false);
            for (const auto& b : next.open) add(b, true);
        }
        return r.limit();
    }

    // Zero or more times (one or more with `at_least_once`), `once` the set
    // of one repetition. A repetition that matches anything starts with one
    // match of `once`, so after the first the strings are kept as open ones:
    // `plus< blank >` is three blanks, each maybe followed by another, not
    // the 3^12 runs of blanks, and a filter gains little from a second
    // keyword of a list.
    VNPLAN_PREFIX_OUTLINE static first_set repeated(const first_set& once, bool at_least_once) {
        first_set more = empty_match();
        for (const auto& s : once.complete)
            if (!s.empty()) more.open.insert(s);
        more.open.insert(once.open.begin(), once.open.end());
        more.limit();
        first_set r = once.then(more);
        if (!at_least_once) r |= empty_match();
        return r;
    }
};

// The trie of a first_set, built at run time (tests) or by the generator
// (tools/prefix_gen), which prints these arrays as a source file.
struct prefix_trie {
    std::array<std::int32_t, 256> root{};
    std::vector<prefix_node> nodes;
    std::vector<unsigned char> edge_bytes;
    std::vector<std::uint32_t> edge_targets;
    bool all = false;
    std::size_t strings = 0;

    VNPLAN_PREFIX_OUTLINE explicit prefix_trie(const first_set& f) {
        std::vector<std::string> keys(f.complete.begin(), f.complete.end());
        keys.insert(keys.end(), f.open.begin(), f.open.end());
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        strings = keys.size();
        // Children as maps first, flattened below, each node's edges in byte order.
        struct building {
            bool accept = false;
            std::map<unsigned char, std::uint32_t> children;
        };
        std::vector<building> b(1);
        for (const auto& k : keys) {
            std::uint32_t n = 0;
            bool covered = false;
            for (const char c : k) {
                if (b[n].accept) {
                    covered = true;  // a shorter string already lets this through
                    break;
                }
                const auto byte = static_cast<unsigned char>(c);
                auto it = b[n].children.find(byte);
                if (it == b[n].children.end()) {
                    const auto next = static_cast<std::uint32_t>(b.size());
                    b[n].children.emplace(byte, next);
                    b.emplace_back();
                    n = next;
                } else {
                    n = it->second;
                }
            }
            if (covered) continue;
            b[n].accept = true;
            b[n].children.clear();
        }
        all = b[0].accept;
        root.fill(-1);
        for (const auto& [byte, child] : b[0].children) root[byte] = static_cast<std::int32_t>(child);
        nodes.resize(b.size());
        for (std::size_t i = 0; i < b.size(); ++i) {
            nodes[i] = {static_cast<std::uint32_t>(edge_bytes.size()), static_cast<std::uint16_t>(b[i].children.size()),
                        static_cast<std::uint8_t>(b[i].accept)};
            for (const auto& [byte, child] : b[i].children) {
                edge_bytes.push_back(byte);
                edge_targets.push_back(child);
            }
        }
    }

    prefix_view view() const { return {root.data(), nodes.data(), edge_bytes.data(), edge_targets.data(), all}; }
};

namespace prefix_detail {

namespace internal = tao::pegtl::internal;

inline std::string utf8_of(char32_t c) {
    std::string s;
    if (c < 0x80) {
        s += static_cast<char>(c);
    } else if (c < 0x800) {
        s += static_cast<char>(0xC0 | (c >> 6));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        s += static_cast<char>(0xE0 | (c >> 12));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (c >> 18));
        s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    }
    return s;
}

// Code points lo..hi as complete strings; a range too big to list is cut to
// the bytes its code points start with.
inline void add_code_points(first_set& f, char32_t lo, char32_t hi) {
    if (hi - lo < prefix_max_strings) {
        for (char32_t c = lo; c <= hi; ++c) f.complete.insert(utf8_of(c));
        return;
    }
    for (char32_t c = lo; c <= hi; ++c) f.open.insert(utf8_of(c).substr(0, 1));
}

template <typename RuleT>
struct of {
    static first_set get() { return first_set::anything(); }
};

// Computed once per rule type, under one lock: a grammar may be recursive,
// and a rule met again while its own set is being computed is read as
// "anything" for that inner use (sound, if less selective).
struct cache {
    std::recursive_mutex lock;
    std::map<std::type_index, std::unique_ptr<first_set>> done;
    std::set<std::type_index> busy;
};

inline cache& the_cache() {
    static cache c;
    return c;
}

// The cached set of the rule `key`, computed by `compute` the first time. Out
// of line and the same for every rule: only the one-line lookup<> below is
// instantiated per rule type.
VNPLAN_PREFIX_OUTLINE inline const first_set& cached(const std::type_info& key_info, first_set (*compute)()) {
    auto& c = the_cache();
    const std::lock_guard<std::recursive_mutex> hold(c.lock);
    const std::type_index key(key_info);
    if (const auto it = c.done.find(key); it != c.done.end()) return *it->second;
    if (!c.busy.insert(key).second) {
        static const first_set any = first_set::anything();
        return any;
    }
    auto p = std::make_unique<first_set>(compute().projected());
    c.busy.erase(key);
    return *c.done.emplace(key, std::move(p)).first->second;
}

template <typename Rule>
const first_set& lookup() {
    using rule_t = typename Rule::rule_t;
    return cached(typeid(rule_t), &of<rule_t>::get);
}

}  // namespace prefix_detail

// The analysis of a rule, for tests and for rules built from others.
template <typename Rule>
const first_set& first_set_of() {
    return prefix_detail::lookup<Rule>();
}

// The trie of a rule, built on first use by analysing it: for tests and the
// generator. Scanners use the generated tables of lib/extract/filters.hpp,
// which cost nothing at start-up (the analysis of the reference grammar
// alone takes milliseconds).
template <typename Rule>
const prefix_trie& trie_of() {
    static const prefix_trie t(prefix_detail::lookup<Rule>());
    return t;
}

namespace prefix_detail {

// A sequence stops reading its rules once every string it has is open: what
// follows can no longer change the filter, and the subject clause of a
// citation is not worth analysing to learn that a citation starts `nghị quyết`.
template <typename... Rules>
first_set sequence() {
    first_set r = first_set::empty_match();
    auto step = [&r](const auto* rule) {
        if (r.complete.empty()) return false;
        r = r.then(lookup<std::remove_const_t<std::remove_pointer_t<decltype(rule)>>>());
        return true;
    };
    (step(static_cast<const Rules*>(nullptr)) && ...);
    return r;
}

template <typename Rule>
first_set optional() {
    first_set r = lookup<Rule>();
    r |= first_set::empty_match();
    return r;
}

template <typename... Rules>
struct of<internal::seq<Rules...>> {
    static first_set get() { return sequence<Rules...>(); }
};

template <typename... Rules>
struct of<internal::sor<Rules...>> {
    static first_set get() {
        first_set r;
        ((r |= lookup<Rules>()), ...);
        return r;
    }
};

template <typename Rule>
struct of<internal::opt<Rule>> {
    static first_set get() { return optional<Rule>(); }
};
template <typename Rule>
struct of<internal::star<Rule>> {
    static first_set get() { return first_set::repeated(lookup<Rule>(), false); }
};
// Up to Max times: read as any number of times (more strings, never fewer).
template <unsigned Max, typename Rule>
struct of<internal::rep_opt<Max, Rule>> {
    static first_set get() { return first_set::repeated(lookup<Rule>(), false); }
};
template <typename Rule>
struct of<internal::plus<Rule>> {
    static first_set get() { return first_set::repeated(lookup<Rule>(), true); }
};
template <unsigned Count, typename Rule>
struct of<internal::rep<Count, Rule>> {
    static first_set get() {
        first_set r = first_set::empty_match();
        for (unsigned i = 0; i < Count; ++i) r = r.then(lookup<Rule>());
        return r;
    }
};
template <unsigned Min, unsigned Max, typename Rule>
struct of<internal::rep_min_max<Min, Max, Rule>> {
    static first_set get() {
        first_set r = first_set::empty_match();
        for (unsigned i = 0; i < Min; ++i) r = r.then(lookup<Rule>());
        if (Max > Min) r = r.then(first_set::repeated(lookup<Rule>(), false));
        return r;
    }
};
template <typename Rule>
struct of<internal::must<Rule>> {
    static first_set get() { return lookup<Rule>(); }
};
template <bool Default, typename Cond, typename... Rules>
struct of<internal::if_must<Default, Cond, Rules...>> {
    static first_set get() {
        first_set r = sequence<Cond, Rules...>();
        if (Default) r |= first_set::empty_match();
        return r;
    }
};

// Lookaheads and anchors consume nothing.
template <typename Rule>
struct of<internal::not_at<Rule>> {
    static first_set get() { return first_set::empty_match(); }
};
template <typename Rule>
struct of<internal::at<Rule>> {
    static first_set get() { return first_set::empty_match(); }
};
template <>
struct of<internal::success> {
    static first_set get() { return first_set::empty_match(); }
};
template <>
struct of<internal::eof> {
    static first_set get() { return first_set::empty_match(); }
};
template <>
struct of<internal::failure> {
    static first_set get() { return first_set{}; }
};

template <char... Cs>
struct of<internal::string<Cs...>> {
    static first_set get() {
        return first_set::literal(std::string{Cs...});
    }
};

template <char... Cs>
struct of<internal::istring<Cs...>> {
    static first_set get() {
        first_set r = first_set::empty_match();
        for (const char c : {Cs...}) {
            first_set one;
            one.complete.insert(std::string(1, c));
            if (c >= 'a' && c <= 'z') one.complete.insert(std::string(1, static_cast<char>(c - 32)));
            if (c >= 'A' && c <= 'Z') one.complete.insert(std::string(1, static_cast<char>(c + 32)));
            r = r.then(one);
        }
        return r;
    }
};

template <char... Cs>
struct of<internal::one<internal::result_on_found::success, internal::peek_char, Cs...>> {
    static first_set get() {
        first_set r;
        (r.complete.insert(std::string(1, Cs)), ...);
        return r;
    }
};
template <char32_t... Cs>
struct of<internal::one<internal::result_on_found::success, internal::peek_utf8, Cs...>> {
    static first_set get() {
        first_set r;
        (r.complete.insert(utf8_of(Cs)), ...);
        return r;
    }
};
template <char Lo, char Hi>
struct of<internal::range<internal::result_on_found::success, internal::peek_char, Lo, Hi>> {
    static first_set get() {
        first_set r;
        for (int c = static_cast<unsigned char>(Lo); c <= static_cast<unsigned char>(Hi); ++c)
            r.complete.insert(std::string(1, static_cast<char>(c)));
        return r;
    }
};
template <char32_t Lo, char32_t Hi>
struct of<internal::range<internal::result_on_found::success, internal::peek_utf8, Lo, Hi>> {
    static first_set get() {
        first_set r;
        add_code_points(r, Lo, Hi);
        return r;
    }
};
template <char... Cs>
struct of<internal::ranges<internal::peek_char, Cs...>> {
    static first_set get() {
        first_set r;
        constexpr char s[] = {Cs...};
        constexpr std::size_t n = sizeof...(Cs);
        for (std::size_t i = 0; i + 1 < n; i += 2)
            for (int c = static_cast<unsigned char>(s[i]); c <= static_cast<unsigned char>(s[i + 1]); ++c)
                r.complete.insert(std::string(1, static_cast<char>(c)));
        if constexpr (n % 2 == 1) r.complete.insert(std::string(1, s[n - 1]));
        return r;
    }
};
template <char32_t... Cs>
struct of<internal::ranges<internal::peek_utf8, Cs...>> {
    static first_set get() {
        first_set r;
        constexpr char32_t s[] = {Cs...};
        constexpr std::size_t n = sizeof...(Cs);
        for (std::size_t i = 0; i + 1 < n; i += 2) add_code_points(r, s[i], s[i + 1]);
        if constexpr (n % 2 == 1) r.complete.insert(utf8_of(s[n - 1]));
        return r;
    }
};

}  // namespace prefix_detail

}  // namespace vnplan::grammar
