#include "diff/diff.hpp"

#include "text/text.hpp"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace vnplan::diff {

namespace detail {

// ---------------------------------------------------------------------------
// Tokens: syllables and the punctuation glued to them.
//
// Vietnamese writes one syllable per space-separated word, so a word is a
// syllable. Punctuation at the edges of a word is its own token, glued to the
// word (no space): `2020;` is `2020` and `;`, so that `trước ngày 31/12/2020;`
// → `trước ngày 30/6/2026;` changes one token, not the `;` with it. Inside a
// word nothing is split: `31/12/2020`, `2.000`, `0,4%`, `19-CTrHD/ĐUK`.

struct token {
    std::string text;
    std::string space;  // what stood before it in the text
};

constexpr std::string_view lead_punct[] = {"(", "[", "\"", "'", "“", "‘", "«"};
constexpr std::string_view trail_punct[] = {",", ".", ";", ":", "!", "?", ")", "]", "\"", "'", "”", "’", "»", "…"};

std::vector<token> tokenize(std::string_view s) {
    std::vector<token> out;
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t ws = i;
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
        std::string space(s.substr(ws, i - ws));
        if (i >= s.size()) break;
        const std::size_t start = i;
        while (i < s.size() && !(s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
        std::string_view w = s.substr(start, i - start);
        std::vector<token> head, tail;
        for (bool again = true; again && !w.empty();) {
            again = false;
            for (auto p : lead_punct)
                if (w.size() > p.size() && w.starts_with(p)) {
                    head.push_back({std::string(p), ""});
                    w.remove_prefix(p.size());
                    again = true;
                    break;
                }
        }
        for (bool again = true; again && !w.empty();) {
            again = false;
            for (auto p : trail_punct)
                if (w.size() > p.size() && w.ends_with(p)) {
                    tail.push_back({std::string(p), ""});
                    w.remove_suffix(p.size());
                    again = true;
                    break;
                }
        }
        std::vector<token> word;
        for (auto& t : head) word.push_back(std::move(t));
        word.push_back({std::string(w), ""});
        for (auto it = tail.rbegin(); it != tail.rend(); ++it) word.push_back(std::move(*it));
        word.front().space = std::move(space);
        for (auto& t : word) out.push_back(std::move(t));
    }
    return out;
}

bool has_word_char(std::string_view t) {
    for (unsigned char c : t)
        if (c >= 0x80 || std::isalnum(c)) return true;
    return false;
}

// The spelling pairs officials mix freely (DESIGN.md, "Folding"): `kì`/`kỳ`,
// `quí`/`quý`, and `hàng` for `hằng` before a unit of time (`hàng năm` =
// `hằng năm`; `hàng hóa` is another word and stays). Applied to folded
// (lower-case, new tone style) tokens.
void unify_spelling(std::vector<std::string>& keys) {
    static const std::map<std::string, std::string, std::less<>> plain = {
        {"kì", "kỳ"}, {"quí", "quý"}, {"ki", "ky"}, {"qui", "quy"}};
    static const std::set<std::string, std::less<>> time_units = {"năm", "tháng", "quý", "quí", "tuần", "ngày"};
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (auto it = plain.find(keys[i]); it != plain.end()) keys[i] = it->second;
        // Accent-folded keys need nothing here: both are already "hang".
        if (keys[i] == "hàng" && i + 1 < keys.size() && time_units.count(keys[i + 1])) keys[i] = "hằng";
    }
}

// The text as compared "in substance": folded (case, tone placement, Ð),
// tokens re-joined with single spaces, spelling pairs unified.
std::string substance_key(std::string_view s) {
    const auto toks = tokenize(text::fold(s));
    std::vector<std::string> keys;
    keys.reserve(toks.size());
    for (const auto& t : toks) keys.push_back(t.text);
    unify_spelling(keys);
    std::string out;
    for (const auto& k : keys) {
        if (!out.empty()) out += ' ';
        out += k;
    }
    return out;
}

// Syllables for similarity: accent-folded words, punctuation dropped, each
// interned to an int and sorted, so that two bags compare in linear time.
class interner {
public:
    int id(const std::string& s) {
        // Only equality of ids is ever used, so the hash order never shows.
        auto [it, fresh] = ids_.try_emplace(s, static_cast<int>(ids_.size()));
        return it->second;
    }

private:
    std::unordered_map<std::string, int> ids_;
};

using bag = std::vector<int>;

bag syllables(std::string_view s, interner& names) {
    const auto toks = tokenize(text::fold_accents(s));
    std::vector<std::string> keys;
    for (const auto& t : toks)
        if (has_word_char(t.text)) keys.push_back(t.text);
    unify_spelling(keys);
    bag b;
    b.reserve(keys.size());
    for (const auto& k : keys) b.push_back(names.id(k));
    std::sort(b.begin(), b.end());
    return b;
}

// Dice coefficient of two multisets: 2 |A ∩ B| / (|A| + |B|). Order-blind on
// purpose: it is only used to decide what corresponds to what; the word diff
// shown to the reader is order-aware.
double dice(const bag& a, const bag& b) {
    if (a.empty() && b.empty()) return 1.0;
    std::size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++common;
            ++i;
            ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

// ---------------------------------------------------------------------------
// Alignment.
//
// Two methods, each where it fits:
//
// - In order: a weighted LCS (an order-preserving dynamic programme) that
//   finds the set of non-crossing pairs with the greatest total similarity.
//   A revision keeps the order of its sections and items, so this is the
//   reading a person makes; it is optimal, not first-come (a section inserted
//   at the top does not shift every match by one), and it keeps near-twins
//   (`(3) 100% ...`, `(4) 100% ...`) paired with their own counterparts
//   instead of crossing over.
// - Across: what the in-order pass leaves (items that moved to another
//   section or were reordered, sections moved to another parent) is matched
//   by the Hungarian algorithm on the similarity matrix, which finds the
//   assignment with the greatest total similarity. Moves are by definition
//   out of order, so an order-preserving method cannot find them.

using pairs = std::vector<std::pair<int, int>>;

// A pair of the alignment and its similarity.
struct scored {
    int i, j;
    double s;
};

// Past this many cells (two sections of 1 000 items each), a similarity
// matrix and its programme are not made: 20 000 items on each side were
// 3 GB and 44 s. In order, each old element is then paired with the most
// similar of the next `alignment_window` new ones, or a new one with the
// most similar of the next old ones (so that a run of added or dropped
// elements is stepped over); across, only elements of the same key
// (unchanged but moved) are paired.
constexpr std::size_t max_alignment_cells = std::size_t{1} << 20;
constexpr int alignment_window = 32;

// The non-crossing pairs of greatest total similarity, none below
// `threshold`; `sim(i, j)` for 0 <= i < n, 0 <= j < m.
template <typename Sim>
std::vector<scored> align_in_order(int n, int m, Sim sim_of, double threshold) {
    std::vector<scored> out;
    if (static_cast<std::size_t>(n) * static_cast<std::size_t>(m) > max_alignment_cells) {
        // The most similar in a window ahead of (i, j), on either side.
        const auto best_of = [&](int count, auto sim_at) {
            std::pair<int, double> best{-1, threshold};
            for (int k = 0; k < count; ++k)
                if (const double s = sim_at(k); s >= best.second && (best.first < 0 || s > best.second)) best = {k, s};
            return best;
        };
        for (int i = 0, j = 0; i < n && j < m;) {
            const auto [ahead, s_ahead] = best_of(std::min(m - j, alignment_window), [&](int k) { return sim_of(i, j + k); });
            if (ahead >= 0) {
                out.push_back({i, j + ahead, s_ahead});
                ++i;
                j += ahead + 1;
                continue;
            }
            // a[i] has none ahead in b: b[j] may have one ahead in a (old
            // elements dropped), else b[j] stands alone (one added).
            const auto [behind, s_behind] =
                best_of(std::min(n - i, alignment_window), [&](int k) { return sim_of(i + k, j); });
            if (behind >= 0) {
                out.push_back({i + behind, j, s_behind});
                i += behind + 1;
            }
            ++j;
        }
        return out;
    }
    std::vector<double> sim;
    sim.reserve(static_cast<std::size_t>(n) * static_cast<std::size_t>(m));
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < m; ++j) sim.push_back(sim_of(i, j));
    const auto w = [&](int i, int j) {
        const double s = sim[static_cast<std::size_t>(i) * m + j];
        return s >= threshold ? s : -1.0;
    };
    std::vector<double> dp(static_cast<std::size_t>(n + 1) * (m + 1), 0.0);
    auto at = [&](int i, int j) -> double& { return dp[static_cast<std::size_t>(i) * (m + 1) + j]; };
    for (int i = 1; i <= n; ++i)
        for (int j = 1; j <= m; ++j) {
            double best = std::max(at(i - 1, j), at(i, j - 1));
            if (const double s = w(i - 1, j - 1); s >= 0) best = std::max(best, at(i - 1, j - 1) + s);
            at(i, j) = best;
        }
    for (int i = n, j = m; i > 0 && j > 0;) {
        const double s = w(i - 1, j - 1);
        if (s >= 0 && at(i, j) == at(i - 1, j - 1) + s) {
            out.push_back({i - 1, j - 1, s});
            --i;
            --j;
        } else if (at(i, j) == at(i - 1, j)) {
            --i;
        } else {
            --j;
        }
    }
    std::reverse(out.begin(), out.end());
    return out;
}

// The Hungarian algorithm (Kuhn–Munkres with potentials, O(r² c)) for the
// maximum-weight assignment; rows and columns with no candidate above the
// threshold are dropped first, which keeps the matrix small in practice.
pairs assign_best(int n, int m, const std::vector<double>& sim, double threshold) {
    std::vector<int> rows, cols;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < m; ++j)
            if (sim[static_cast<std::size_t>(i) * m + j] >= threshold) {
                rows.push_back(i);
                break;
            }
    for (int j = 0; j < m; ++j)
        for (int i = 0; i < n; ++i)
            if (sim[static_cast<std::size_t>(i) * m + j] >= threshold) {
                cols.push_back(j);
                break;
            }
    if (rows.empty()) return {};
    const bool flip = rows.size() > cols.size();
    const auto& r = flip ? cols : rows;
    const auto& c = flip ? rows : cols;
    const auto weight = [&](std::size_t a, std::size_t b) {
        const int i = flip ? c[b] : r[a];
        const int j = flip ? r[a] : c[b];
        const double s = sim[static_cast<std::size_t>(i) * m + j];
        return s >= threshold ? s : 0.0;
    };
    pairs out;
    const std::size_t R = r.size(), C = c.size();
    // Past a few hundred leftovers on both sides (two unrelated documents),
    // O(r² c) stops being instant; the best-pair-first greedy is close enough
    // there and keeps the command well under a second.
    if (R > 400) {
        struct cand {
            double s;
            std::size_t a, b;
        };
        std::vector<cand> cands;
        for (std::size_t a = 0; a < R; ++a)
            for (std::size_t b = 0; b < C; ++b)
                if (const double s = weight(a, b); s > 0) cands.push_back({s, a, b});
        std::stable_sort(cands.begin(), cands.end(), [](const cand& x, const cand& y) { return x.s > y.s; });
        std::vector<char> used_a(R), used_b(C);
        for (const auto& k : cands) {
            if (used_a[k.a] || used_b[k.b]) continue;
            used_a[k.a] = used_b[k.b] = 1;
            out.emplace_back(flip ? c[k.b] : r[k.a], flip ? r[k.a] : c[k.b]);
        }
    } else {
        // 1-based, column 0 is the virtual start; cost = -weight.
        const double inf = std::numeric_limits<double>::infinity();
        std::vector<double> u(R + 1), v(C + 1);
        std::vector<std::size_t> p(C + 1), way(C + 1);
        for (std::size_t a = 1; a <= R; ++a) {
            p[0] = a;
            std::size_t j0 = 0;
            std::vector<double> minv(C + 1, inf);
            std::vector<char> used(C + 1, 0);
            do {
                used[j0] = 1;
                const std::size_t i0 = p[j0];
                double delta = inf;
                std::size_t j1 = 0;
                for (std::size_t j = 1; j <= C; ++j) {
                    if (used[j]) continue;
                    const double cur = -weight(i0 - 1, j - 1) - u[i0] - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (std::size_t j = 0; j <= C; ++j) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                const std::size_t j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0);
        }
        for (std::size_t j = 1; j <= C; ++j) {
            if (p[j] == 0 || weight(p[j] - 1, j - 1) <= 0) continue;
            const std::size_t a = p[j] - 1, b = j - 1;
            out.emplace_back(flip ? c[b] : r[a], flip ? r[a] : c[b]);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// ---------------------------------------------------------------------------
// Lists of targets, deadlines, bodies: an LCS on equality keeps what is the
// same; in each gap between equal elements, an old one and a new one that can
// stand for each other (a target with the same unit, a body with the same
// role, any deadline) are paired as a change, in order; the rest are added
// or dropped.
//
// Equality is on keys made once for each element (a deadline's key folds its
// text), not on the elements for each cell of the table. The equal elements
// that open both lists are kept without the table; past `max_lcs_cells`
// cells (thousands of deadlines in one paragraph on each side: the table
// alone was gigabytes), what is left is walked in order instead, each
// element matched with an equal one among the next `lookahead` of the other
// list, the nearer of the two: a common
// subsequence that may not be the longest, in time linear in the lists.
constexpr std::size_t max_lcs_cells = std::size_t{1} << 22;
constexpr std::size_t lookahead = 1024;
// How many unused new elements a gap's old element looks through for one to
// pair with.
constexpr std::size_t pairing_window = 4096;

// The first k < min(limit, left) with equal(k), or `limit` when there is none.
template <typename Equal>
std::size_t next_equal(std::size_t limit, std::size_t left, Equal equal) {
    for (std::size_t k = 0; k < std::min(limit, left); ++k)
        if (equal(k)) return k;
    return limit;
}

template <typename T, typename Key, typename Pairable>
std::vector<pair<T>> pair_lists(const std::vector<const T*>& a, const std::vector<const T*>& b, Key key,
                                Pairable pairable) {
    const std::size_t n = a.size(), m = b.size();
    using key_type = std::decay_t<decltype(key(std::declval<const T&>()))>;
    std::vector<key_type> ka, kb;
    ka.reserve(n);
    kb.reserve(m);
    for (const T* x : a) ka.push_back(key(*x));
    for (const T* x : b) kb.push_back(key(*x));
    const auto eq = [&](std::size_t i, std::size_t j) { return ka[i] == kb[j]; };

    std::vector<pair<T>> out;
    std::vector<const T*> ga, gb;
    const auto flush = [&] {
        std::vector<char> used(gb.size(), 0);
        std::size_t first_unused = 0;
        std::vector<const T*> lone_a;
        for (const T* x : ga) {
            while (first_unused < gb.size() && used[first_unused]) ++first_unused;
            bool paired = false;
            const std::size_t end = std::min(gb.size(), first_unused + pairing_window);
            for (std::size_t k = first_unused; k < end; ++k)
                if (!used[k] && pairable(*x, *gb[k])) {
                    used[k] = 1;
                    out.push_back({x, gb[k]});
                    paired = true;
                    break;
                }
            if (!paired) lone_a.push_back(x);
        }
        for (const T* x : lone_a) out.push_back({x, nullptr});
        for (std::size_t k = 0; k < gb.size(); ++k)
            if (!used[k]) out.push_back({nullptr, gb[k]});
        ga.clear();
        gb.clear();
    };
    std::size_t i = 0, j = 0;
    while (i < n && j < m && eq(i, j)) ++i, ++j;
    const std::size_t rows = n - i + 1, cols = m - j + 1;
    if (rows * cols <= max_lcs_cells) {
        // l[r][c]: the LCS of a[i + r ..] and b[j + c ..].
        const std::size_t i0 = i, j0 = j;
        std::vector<int> l(rows * cols, 0);
        const auto at = [&](std::size_t ii, std::size_t jj) -> int& { return l[(ii - i0) * cols + (jj - j0)]; };
        for (std::size_t ii = n; ii-- > i0;)
            for (std::size_t jj = m; jj-- > j0;)
                at(ii, jj) = eq(ii, jj) ? at(ii + 1, jj + 1) + 1 : std::max(at(ii + 1, jj), at(ii, jj + 1));
        while (i < n || j < m) {
            if (i < n && j < m && eq(i, j)) {
                flush();
                ++i;
                ++j;
            } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
                ga.push_back(a[i++]);
            } else {
                gb.push_back(b[j++]);
            }
        }
    } else {
        while (i < n || j < m) {
            if (i < n && j < m && eq(i, j)) {
                flush();
                ++i;
                ++j;
                continue;
            }
            if (i >= n || j >= m) {
                if (i < n) ga.push_back(a[i++]);
                if (j < m) gb.push_back(b[j++]);
                continue;
            }
            // The nearer of: a[i] further on in b, b[j] further on in a.
            const auto ahead = next_equal(lookahead, m - j, [&](std::size_t k) { return eq(i, j + k); });
            const auto behind = next_equal(lookahead, n - i, [&](std::size_t k) { return eq(i + k, j); });
            if (ahead <= behind && ahead < lookahead) {
                for (std::size_t k = 0; k < ahead; ++k) gb.push_back(b[j++]);
            } else if (behind < lookahead) {
                for (std::size_t k = 0; k < behind; ++k) ga.push_back(a[i++]);
            } else {
                ga.push_back(a[i++]);
                gb.push_back(b[j++]);
            }
        }
    }
    flush();
    return out;
}

template <typename T>
std::vector<const T*> pointers(const std::vector<T>& v) {
    std::vector<const T*> out;
    for (const auto& x : v) out.push_back(&x);
    return out;
}

bool same_number(double a, double b) { return std::fabs(a - b) < 1e-9; }

// What a target is compared by: its numbers (to a rounding), unit and
// comparison.
struct target_key {
    const model::target* t;
    bool operator==(const target_key& o) const {
        return same_number(t->value, o.t->value) && t->max.has_value() == o.t->max.has_value() &&
               (!t->max || same_number(*t->max, *o.t->max)) && t->unit == o.t->unit && t->op == o.t->op;
    }
};

target_key key_of_target(const model::target& t) { return {&t}; }

std::string key_of(const std::optional<std::string>& s) { return s ? substance_key(*s) : std::string("\x01"); }

// Deadlines compare by meaning: `hằng năm` and `hàng năm` are one deadline.
// The text counts only for one with no date, recurrence or condition.
using deadline_key = std::tuple<std::string, std::optional<std::string>, std::optional<std::string>,
                                std::optional<std::string>, std::optional<int>, std::string, std::string>;

deadline_key key_of_deadline(const model::deadline& d) {
    const bool told = d.start || d.end || d.recurrence || d.condition;
    return {d.kind, d.start, d.end, d.recurrence, d.quarter, key_of(d.condition), told ? "" : substance_key(d.text)};
}

std::pair<std::string, std::string> key_of_body(const model::body& b) { return {b.role, substance_key(b.canonical)}; }

// ---------------------------------------------------------------------------
// The documents flattened for alignment.

struct section_info {
    const model::section* s = nullptr;
    std::string parent;       // parent id, "" at the top
    std::string own;          // the section's own number: its id less the parent's
    int parent_index = -1;    // into the same vector
    std::vector<int> children;
    std::string title_key;
    bag title;
    bag content;              // syllables of its direct items
    std::vector<int> items;   // into the item vector
};

struct item_info {
    const model::item* it = nullptr;
    int section = -1;  // -1: the preamble
    std::string key;   // substance_key(text)
    bag words;
};

struct flat_doc {
    std::vector<section_info> sections;
    std::vector<int> top;            // top-level section indices
    std::vector<item_info> items;
    std::vector<int> preamble;       // item indices
};

void flatten_into(flat_doc& d, const std::vector<model::section>& v, int parent, interner& names,
                  std::vector<int>& siblings) {
    for (const auto& s : v) {
        const int idx = static_cast<int>(d.sections.size());
        siblings.push_back(idx);
        section_info info;
        info.s = &s;
        info.parent_index = parent;
        info.parent = parent >= 0 ? d.sections[parent].s->id : "";
        info.own = s.id;
        if (!info.parent.empty() && s.id.size() > info.parent.size() + 1 && s.id.starts_with(info.parent) &&
            s.id[info.parent.size()] == '.')
            info.own = s.id.substr(info.parent.size() + 1);
        info.title_key = substance_key(s.title);
        info.title = syllables(s.title, names);
        d.sections.push_back(std::move(info));
        for (const auto& it : s.items) {
            item_info ii;
            ii.it = &it;
            ii.section = idx;
            ii.key = substance_key(it.text);
            ii.words = syllables(it.text, names);
            auto& content = d.sections[idx].content;
            content.insert(content.end(), ii.words.begin(), ii.words.end());
            d.sections[idx].items.push_back(static_cast<int>(d.items.size()));
            d.items.push_back(std::move(ii));
        }
        std::sort(d.sections[idx].content.begin(), d.sections[idx].content.end());
        std::vector<int> kids;
        flatten_into(d, s.children, idx, names, kids);
        d.sections[idx].children = std::move(kids);
    }
}

flat_doc flatten(const model::document& doc, interner& names) {
    flat_doc d;
    for (const auto& it : doc.preamble) {
        item_info ii;
        ii.it = &it;
        ii.key = substance_key(it.text);
        ii.words = syllables(it.text, names);
        d.preamble.push_back(static_cast<int>(d.items.size()));
        d.items.push_back(std::move(ii));
    }
    flatten_into(d, doc.sections, -1, names, d.top);
    return d;
}

// Thresholds. In order, half the syllables in common is enough: the
// neighbours and the parent already vouch for the pair. Across sections a
// pair has only its own text to go on, so it must share more.
constexpr double section_threshold = 0.5;
constexpr double section_move_threshold = 0.6;
constexpr double item_threshold = 0.5;
constexpr double item_move_threshold = 0.6;

// Title first, the items under it second, and the role as a strong hint:
// two sections with the same role (`MỤC TIÊU, CHỈ TIÊU`) are the same part of
// the program even when the title was reworded; different roles almost never
// are.
double section_similarity(const section_info& a, const section_info& b) {
    double sim = a.title_key == b.title_key ? 1.0 : dice(a.title, b.title);
    if (!a.content.empty() && !b.content.empty()) sim = 0.6 * sim + 0.4 * dice(a.content, b.content);
    const auto& ra = a.s->role;
    const auto& rb = b.s->role;
    if (ra && rb) sim = *ra == *rb ? 0.5 + 0.5 * sim : 0.5 * sim;
    return sim;
}

double item_similarity(const item_info& a, const item_info& b) {
    return a.key == b.key ? 1.0 : dice(a.words, b.words);
}

// The pairs across lists that the in-order pass left: the best assignment
// on the similarity matrix, or past max_alignment_cells, the elements of the
// same key paired in order.
template <typename Sim, typename Key>
std::vector<scored> align_across(const std::vector<int>& a, const std::vector<int>& b, Sim sim_of, Key key_of,
                                 double threshold) {
    std::vector<scored> out;
    if (a.size() * b.size() > max_alignment_cells) {
        std::unordered_map<std::string_view, std::vector<int>> by_key;  // positions in b, last first
        for (int j = static_cast<int>(b.size()); j-- > 0;) by_key[key_of(b[static_cast<std::size_t>(j)], false)].push_back(j);
        for (int i = 0; i < static_cast<int>(a.size()); ++i) {
            const auto it = by_key.find(key_of(a[static_cast<std::size_t>(i)], true));
            if (it == by_key.end() || it->second.empty()) continue;
            out.push_back({i, it->second.back(), 1.0});
            it->second.pop_back();
        }
        return out;
    }
    std::vector<double> sim;
    sim.reserve(a.size() * b.size());
    for (int x : a)
        for (int y : b) sim.push_back(sim_of(x, y));
    for (auto [i, j] : assign_best(static_cast<int>(a.size()), static_cast<int>(b.size()), sim, threshold))
        out.push_back({i, j, sim[static_cast<std::size_t>(i) * b.size() + static_cast<std::size_t>(j)]});
    return out;
}

struct matching {
    std::vector<int> old_to_new, new_to_old;
    std::vector<char> in_order;  // indexed by old: matched by the in-order pass
    std::vector<double> score;   // indexed by old

    matching(std::size_t n_old, std::size_t n_new)
        : old_to_new(n_old, -1), new_to_old(n_new, -1), in_order(n_old, 0), score(n_old, 0) {}
    void link(int o, int n, bool ordered, double s) {
        old_to_new[o] = n;
        new_to_old[n] = o;
        in_order[o] = ordered ? 1 : 0;
        score[o] = s;
    }
};

class comparer {
public:
    comparer(const model::document& a, const model::document& b)
        : old_doc_(a), new_doc_(b), old_(flatten(a, names_)), new_(flatten(b, names_)),
          sections_(old_.sections.size(), new_.sections.size()), items_(old_.items.size(), new_.items.size()) {}

    result run() {
        result r;
        r.old_doc = &old_doc_;
        r.new_doc = &new_doc_;
        match_sections();
        match_items();
        emit_items(r, old_.preamble, new_.preamble);
        emit_children(r, old_.top, new_.top);
        compare_meta(r);
        summarise(r);
        return r;
    }

private:
    // --- sections ---

    double section_sim(int o, int n) const { return section_similarity(old_.sections[o], new_.sections[n]); }
    double item_sim(int o, int n) const { return item_similarity(old_.items[o], new_.items[n]); }
    std::string_view section_key(int x, bool old) const {
        return (old ? old_ : new_).sections[static_cast<std::size_t>(x)].title_key;
    }
    std::string_view item_key(int x, bool old) const { return (old ? old_ : new_).items[static_cast<std::size_t>(x)].key; }

    void align_sections(const std::vector<int>& a, const std::vector<int>& b) {
        if (a.empty() || b.empty()) return;
        const auto sim = [&](int i, int j) { return section_sim(a[i], b[j]); };
        for (const auto [i, j, s] :
             align_in_order(static_cast<int>(a.size()), static_cast<int>(b.size()), sim, section_threshold)) {
            sections_.link(a[i], b[j], true, s);
            align_sections(old_.sections[a[i]].children, new_.sections[b[j]].children);
        }
    }

    void match_sections() {
        align_sections(old_.top, new_.top);
        // Whatever is left, at any depth, may have moved to another parent.
        std::vector<int> a, b;
        for (int i = 0; i < static_cast<int>(old_.sections.size()); ++i)
            if (sections_.old_to_new[i] < 0) a.push_back(i);
        for (int j = 0; j < static_cast<int>(new_.sections.size()); ++j)
            if (sections_.new_to_old[j] < 0) b.push_back(j);
        if (a.empty() || b.empty()) return;
        const auto across = align_across(
            a, b, [&](int x, int y) { return section_sim(x, y); },
            [&](int x, bool old) { return section_key(x, old); }, section_move_threshold);
        for (const auto [i, j, s] : across) {
            // A child may already have been taken along with its parent.
            if (sections_.old_to_new[a[i]] >= 0 || sections_.new_to_old[b[j]] >= 0) continue;
            sections_.link(a[i], b[j], false, s);
            align_sections(old_.sections[a[i]].children, new_.sections[b[j]].children);
        }
        pair_by_children();
    }

    // Two sections whose titles were reworded past likeness but whose
    // subsections stayed: `I. MỤC ĐÍCH, YÊU CẦU` over `1. ...` and `2. ...`
    // became `I. MỤC TIÊU CHUNG` over the same two. The title alone did not
    // pair them, the children were paired across, and the diff said `moved
    // I.1 -> I.1`, a section removed and one added. An unpaired old section
    // whose paired children all went under one unpaired new section, that
    // holds them as at least half of its children as they are of the old
    // one's, at the same place (under the partners of their parents, or both
    // at the top), is that section retitled. Again until nothing changes, so
    // that a parent follows the child paired before it.
    void pair_by_children() {
        const auto n_old = static_cast<int>(old_.sections.size());
        for (bool changed = true; changed;) {
            changed = false;
            for (int o = n_old; o-- > 0;) {
                if (sections_.old_to_new[o] >= 0) continue;
                const auto& so = old_.sections[o];
                int target = -1;
                std::size_t paired = 0;
                bool one_parent = true;
                for (const int c : so.children) {
                    const int nc = sections_.old_to_new[c];
                    if (nc < 0) continue;
                    const int p = new_.sections[nc].parent_index;
                    if (p < 0 || (target >= 0 && p != target)) {
                        one_parent = false;
                        break;
                    }
                    target = p;
                    ++paired;
                }
                if (!one_parent || target < 0 || sections_.new_to_old[target] >= 0) continue;
                const auto& sn = new_.sections[target];
                if (paired * 2 < so.children.size() || paired * 2 < sn.children.size()) continue;
                const bool same_place = so.parent_index < 0
                                            ? sn.parent_index < 0
                                            : sn.parent_index >= 0 && sections_.old_to_new[so.parent_index] == sn.parent_index;
                if (!same_place) continue;
                sections_.link(o, target, false, section_sim(o, target));
                changed = true;
            }
        }
    }

    // --- items ---

    void align_items(const std::vector<int>& a, const std::vector<int>& b) {
        if (a.empty() || b.empty()) return;
        const auto sim = [&](int i, int j) { return item_sim(a[i], b[j]); };
        for (const auto [i, j, s] :
             align_in_order(static_cast<int>(a.size()), static_cast<int>(b.size()), sim, item_threshold))
            items_.link(a[i], b[j], true, s);
    }

    void match_items() {
        align_items(old_.preamble, new_.preamble);
        for (int o = 0; o < static_cast<int>(old_.sections.size()); ++o)
            if (const int n = sections_.old_to_new[o]; n >= 0)
                align_items(old_.sections[o].items, new_.sections[n].items);
        std::vector<int> a, b;
        for (int i = 0; i < static_cast<int>(old_.items.size()); ++i)
            if (items_.old_to_new[i] < 0) a.push_back(i);
        for (int j = 0; j < static_cast<int>(new_.items.size()); ++j)
            if (items_.new_to_old[j] < 0) b.push_back(j);
        if (a.empty() || b.empty()) return;
        const auto across = align_across(
            a, b, [&](int x, int y) { return item_sim(x, y); }, [&](int x, bool old) { return item_key(x, old); },
            item_move_threshold);
        for (const auto [i, j, s] : across) items_.link(a[i], b[j], false, s);
    }

    // --- emission, in new-document order; what was removed where it stood ---

    section_ref ref(const flat_doc& d, int s) const { return {d.sections[s].s, d.sections[s].parent}; }

    item_ref iref(const flat_doc& d, int i) const {
        const auto& ii = d.items[i];
        if (ii.section < 0) return {ii.it, "", ""};
        const auto* s = d.sections[ii.section].s;
        return {ii.it, s->id, s->title};
    }

    // Merges two sibling lists along their in-order matches: old-only
    // elements of a gap first, then new-only ones.
    template <typename OldOnly, typename NewOnly, typename Both>
    static void merge(const std::vector<int>& a, const std::vector<int>& b, const matching& m, OldOnly old_only,
                      NewOnly new_only, Both both) {
        std::size_t i = 0, j = 0;
        // Membership by set, not by a search of the list for each element.
        const std::unordered_set<int> in_a(a.begin(), a.end()), in_b(b.begin(), b.end());
        const auto paired_here = [&](int o) { return m.in_order[o] && in_b.count(m.old_to_new[o]) > 0; };
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && !paired_here(a[i])) {
                old_only(a[i++]);
            } else if (j < b.size() && !(m.new_to_old[b[j]] >= 0 && m.in_order[m.new_to_old[b[j]]] &&
                                         in_a.count(m.new_to_old[b[j]]) > 0)) {
                new_only(b[j++]);
            } else if (i < a.size() && j < b.size()) {
                both(a[i++], b[j++]);
            } else {
                // Cannot happen with a monotone matching; never loop forever.
                if (i < a.size()) old_only(a[i++]);
                if (j < b.size()) new_only(b[j++]);
            }
        }
    }

    void emit_children(result& r, const std::vector<int>& a, const std::vector<int>& b) {
        merge(
            a, b, sections_, [&](int o) { emit_removed_section(r, o); },
            [&](int n) {
                if (const int o = sections_.new_to_old[n]; o >= 0)
                    emit_matched_section(r, o, n);
                else
                    emit_added_section(r, n);
            },
            [&](int o, int n) { emit_matched_section(r, o, n); });
    }

    void emit_matched_section(result& r, int o, int n) {
        const auto& so = old_.sections[o];
        const auto& sn = new_.sections[n];
        section_entry e;
        e.op = section_op::matched;
        e.old_section = ref(old_, o);
        e.new_section = ref(new_, n);
        e.renumbered = so.own != sn.own;
        e.moved = so.parent_index < 0 ? sn.parent_index >= 0
                                      : (sn.parent_index < 0 || sections_.old_to_new[so.parent_index] != sn.parent_index);
        e.similarity = sections_.score[o];
        if (so.title_key != sn.title_key) {
            e.title_words = word_diff(so.s->title, sn.s->title);
            // A numbered statement (`(1) Hằng năm, có 95% ...`) is its own
            // first item: its change is the item's, not a new title.
            const auto statement = [](const model::section& s) {
                return !s.items.empty() && s.items.front().text == s.title;
            };
            e.retitled = !statement(*so.s) && !statement(*sn.s);
        }
        e.top = sn.parent_index < 0;
        open_group(r, std::move(e));
        emit_items(r, so.items, sn.items);
        emit_children(r, so.children, sn.children);
    }

    void emit_added_section(result& r, int n) {
        section_entry e;
        e.op = section_op::added;
        e.new_section = ref(new_, n);
        e.top = new_.sections[n].parent_index < 0;
        open_group(r, std::move(e));
        emit_items(r, {}, new_.sections[n].items);
        for (int c : new_.sections[n].children) {
            if (const int o = sections_.new_to_old[c]; o >= 0)
                emit_matched_section(r, o, c);
            else
                emit_added_section(r, c);
        }
    }

    void emit_removed_section(result& r, int o) {
        if (sections_.old_to_new[o] >= 0) return;  // moved: shown where it now stands
        section_entry e;
        e.op = section_op::removed;
        e.old_section = ref(old_, o);
        e.top = old_.sections[o].parent_index < 0;
        open_group(r, std::move(e));
        emit_items(r, old_.sections[o].items, {});
        for (int c : old_.sections[o].children) emit_removed_section(r, c);
    }

    // Changes are shown grouped under the top-level section they fall in.
    void open_group(result& r, section_entry e) {
        if (e.top) group_ = static_cast<int>(r.sections.size());
        r.sections.push_back(std::move(e));
    }

    void push(result& r, change c) {
        c.group = group_;
        r.changes.push_back(std::move(c));
    }

    void emit_items(result& r, const std::vector<int>& a, const std::vector<int>& b) {
        merge(
            a, b, items_,
            [&](int o) {
                if (items_.old_to_new[o] >= 0) return;  // moved: shown where it now stands
                change c;
                c.op = change_op::removed;
                c.old_item = iref(old_, o);
                push(r, std::move(c));
            },
            [&](int n) {
                if (const int o = items_.new_to_old[n]; o >= 0) {
                    auto c = detail_of(o, n);
                    c.op = change_op::moved;
                    push(r, std::move(c));
                    return;
                }
                change c;
                c.op = change_op::added;
                c.new_item = iref(new_, n);
                push(r, std::move(c));
            },
            [&](int o, int n) {
                auto c = detail_of(o, n);
                if (!c.words.empty() || !c.targets.empty() || !c.deadlines.empty() || !c.bodies.empty()) {
                    c.op = change_op::changed;
                    push(r, std::move(c));
                }
            });
    }

    change detail_of(int o, int n) const {
        const auto& io = old_.items[o];
        const auto& in = new_.items[n];
        change c;
        c.old_item = iref(old_, o);
        c.new_item = iref(new_, n);
        c.similarity = items_.score[o];
        if (io.key != in.key) c.words = word_diff(io.it->text, in.it->text);
        c.targets = pair_lists(pointers(io.it->targets), pointers(in.it->targets), key_of_target,
                               [](const model::target& x, const model::target& y) { return x.unit == y.unit; });
        // A deadline of source "document" is the document's term standing in
        // for a missing one: it changes with the term (reported with the
        // metadata), not with the item, so it is left out here.
        const auto own_deadlines = [](const model::item& it) {
            std::vector<const model::deadline*> v;
            for (const auto& d : it.deadlines)
                if (d.source != "document") v.push_back(&d);
            return v;
        };
        c.deadlines = pair_lists(own_deadlines(*io.it), own_deadlines(*in.it), key_of_deadline,
                                 [](const model::deadline&, const model::deadline&) { return true; });
        c.bodies = pair_lists(pointers(io.it->bodies), pointers(in.it->bodies), key_of_body,
                              [](const model::body& x, const model::body& y) { return x.role == y.role; });
        return c;
    }

    // --- metadata ---

    static std::string show(const std::optional<std::string>& s) { return s ? *s : std::string(); }

    void compare_meta(result& r) const {
        const auto& a = old_doc_.meta;
        const auto& b = new_doc_.meta;
        const auto add = [&](const char* field, const std::string& x, const std::string& y) {
            if (substance_key(x) != substance_key(y)) r.meta.push_back({field, x, y});
        };
        const auto term = [](const std::optional<model::term>& t) {
            return t ? std::to_string(t->from) + "-" + std::to_string(t->to) : std::string();
        };
        const auto signer = [](const std::optional<model::signer>& s) {
            if (!s) return std::string();
            std::string out = s->on_behalf;
            for (const auto* part : {&s->title, &s->name})
                if (!part->empty()) out += (out.empty() ? "" : " / ") + *part;
            return out;
        };
        const auto join = [](const auto& v, auto get) {
            std::string out;
            for (const auto& x : v) out += (out.empty() ? "" : "; ") + get(x);
            return out;
        };
        add("kind", a.kind, b.kind);
        add("number", show(a.number), show(b.number));
        add("date", show(a.date), show(b.date));
        add("place", show(a.place), show(b.place));
        add("issuer", show(a.issuer), show(b.issuer));
        add("title", show(a.title), show(b.title));
        add("term", term(a.term), term(b.term));
        add("implements", join(a.implements, [](const model::reference& x) { return x.text; }),
            join(b.implements, [](const model::reference& x) { return x.text; }));
        add("signer", signer(a.signer), signer(b.signer));
        add("recipients", join(a.recipients, [](const std::string& x) { return x; }),
            join(b.recipients, [](const std::string& x) { return x; }));
    }

    static void summarise(result& r) {
        auto& s = r.summary;
        for (const auto& c : r.changes) {
            switch (c.op) {
                case change_op::added: ++s.added; break;
                case change_op::removed: ++s.removed; break;
                case change_op::changed: ++s.changed; break;
                case change_op::moved: ++s.moved; break;
            }
        }
        for (const auto& e : r.sections) {
            switch (e.op) {
                case section_op::added: ++s.sections_added; break;
                case section_op::removed: ++s.sections_removed; break;
                case section_op::matched:
                    if (e.renumbered) ++s.renumbered;
                    if (e.moved) ++s.sections_moved;
                    if (e.retitled) ++s.sections_retitled;
                    break;
            }
        }
        s.meta = static_cast<int>(r.meta.size());
    }

    const model::document& old_doc_;
    const model::document& new_doc_;
    interner names_;
    flat_doc old_, new_;
    matching sections_, items_;
    int group_ = -1;
};

}  // namespace detail

double text_similarity(std::string_view a, std::string_view b) {
    if (detail::substance_key(a) == detail::substance_key(b)) return 1.0;
    detail::interner names;
    return detail::dice(detail::syllables(a, names), detail::syllables(b, names));
}

namespace detail {

// One step of a word diff: a token kept, dropped or added.
struct edit {
    char op;  // '=', '-', '+'
    const token* old_token;
    const token* new_token;
};

// Two texts tokenised, with the keys their tokens compare by.
struct token_lists {
    const std::vector<token>& a;
    const std::vector<token>& b;
    const std::vector<std::string>& ka;
    const std::vector<std::string>& kb;
};

// Past this many tokens on the two sides together (two paragraphs of some
// 5 KB), dtl's O(NP) time and the path it keeps grow with the product of
// the length and the changes, up to its own bound of two million points of
// 24 bytes (2 000 tokens a side with a third of them changed: 30 MB; 4 000:
// 84 MB; two 1 MB paragraphs with a change in each sentence took 4 s): the
// texts are aligned by sentences first, and words compared within the
// sentences that changed. Past `max_dtl_sentences` sentences, the sentences
// are paired in order.
constexpr std::size_t max_dtl_tokens = 2000;
constexpr std::size_t max_dtl_sentences = 1000;

// dtl's edit script of a[a0, a1) against b[b0, b1), appended to `out`.
void dtl_script(const token_lists& t, std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1,
                std::vector<edit>& out) {
    const std::vector<std::string> x(t.ka.begin() + static_cast<std::ptrdiff_t>(a0),
                                     t.ka.begin() + static_cast<std::ptrdiff_t>(a1));
    const std::vector<std::string> y(t.kb.begin() + static_cast<std::ptrdiff_t>(b0),
                                     t.kb.begin() + static_cast<std::ptrdiff_t>(b1));
    dtl::Diff<std::string> d(x, y);
    d.compose();
    for (const auto& [elem, info] : d.getSes().getSequence()) {
        const auto* ta = info.beforeIdx > 0 ? &t.a[a0 + static_cast<std::size_t>(info.beforeIdx - 1)] : nullptr;
        const auto* tb = info.afterIdx > 0 ? &t.b[b0 + static_cast<std::size_t>(info.afterIdx - 1)] : nullptr;
        switch (info.type) {
            case dtl::SES_COMMON: out.push_back({'=', ta, tb}); break;
            case dtl::SES_DELETE: out.push_back({'-', ta, nullptr}); break;
            case dtl::SES_ADD: out.push_back({'+', nullptr, tb}); break;
        }
    }
}

void script(const token_lists& t, std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1,
            std::vector<edit>& out, bool by_sentence);

// Where the sentences of keys[from, to) start: after each token that ends one.
std::vector<std::size_t> sentence_starts(const std::vector<std::string>& keys, std::size_t from, std::size_t to) {
    std::vector<std::size_t> starts{from};
    for (std::size_t i = from; i + 1 < to; ++i)
        if (keys[i] == "." || keys[i] == ";" || keys[i] == "!" || keys[i] == "?" || keys[i] == ":") starts.push_back(i + 1);
    starts.push_back(to);
    return starts;
}

// a[a0, a1) against b[b0, b1), too long for one dtl run: the sentences
// aligned by dtl (or, past max_dtl_sentences, in order), then each
// run of changed sentences compared word by word.
void sentence_script(const token_lists& t, std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1,
                     std::vector<edit>& out) {
    const auto sa = sentence_starts(t.ka, a0, a1);
    const auto sb = sentence_starts(t.kb, b0, b1);
    const std::size_t na = sa.size() - 1, nb = sb.size() - 1;
    if (na == 1 && nb == 1) {
        // One sentence each, still too long: dropped and added whole.
        for (std::size_t i = a0; i < a1; ++i) out.push_back({'-', &t.a[i], nullptr});
        for (std::size_t j = b0; j < b1; ++j) out.push_back({'+', nullptr, &t.b[j]});
        return;
    }
    const auto joined = [](const std::vector<std::string>& keys, const std::vector<std::size_t>& starts,
                           std::size_t k) {
        std::string key;
        for (std::size_t i = starts[k]; i < starts[k + 1]; ++i) (key += keys[i]) += ' ';
        return key;
    };
    // Sentence pairs (old, new) that are the same; the rest are changed.
    std::vector<std::string> x, y;
    for (std::size_t k = 0; k < na; ++k) x.push_back(joined(t.ka, sa, k));
    for (std::size_t k = 0; k < nb; ++k) y.push_back(joined(t.kb, sb, k));
    std::vector<std::pair<std::size_t, std::size_t>> same;
    if (na + nb <= max_dtl_sentences) {
        dtl::Diff<std::string> d(x, y);
        d.compose();
        for (const auto& [elem, info] : d.getSes().getSequence())
            if (info.type == dtl::SES_COMMON)
                same.emplace_back(static_cast<std::size_t>(info.beforeIdx - 1), static_cast<std::size_t>(info.afterIdx - 1));
    } else {
        // In order, each old sentence matched with an equal one among the
        // next new ones, as pair_lists does past its table.
        for (std::size_t i = 0, j = 0; i < na && j < nb;) {
            const auto ahead = next_equal(lookahead, nb - j, [&](std::size_t k) { return x[i] == y[j + k]; });
            const auto behind = next_equal(lookahead, na - i, [&](std::size_t k) { return x[i + k] == y[j]; });
            if (ahead <= behind && ahead < lookahead) {
                same.emplace_back(i, j + ahead);
                ++i;
                j += ahead + 1;
            } else if (behind < lookahead) {
                same.emplace_back(i + behind, j);
                i += behind + 1;
                ++j;
            } else {
                ++i;
                ++j;
            }
        }
    }
    same.emplace_back(na, nb);  // the end, as if the same
    std::size_t i = 0, j = 0;  // the next old and new sentence
    for (const auto& [si, sj] : same) {
        // Sentences i..si and j..sj changed: word by word, pair by pair in
        // order when the run is too long for one.
        if (i < si || j < sj) {
            if ((sa[si] - sa[i]) + (sb[sj] - sb[j]) <= max_dtl_tokens) {
                dtl_script(t, sa[i], sa[si], sb[j], sb[sj], out);
            } else {
                std::size_t pi = i, pj = j;
                for (; pi < si && pj < sj; ++pi, ++pj) script(t, sa[pi], sa[pi + 1], sb[pj], sb[pj + 1], out, false);
                for (std::size_t k = sa[pi]; k < sa[si]; ++k) out.push_back({'-', &t.a[k], nullptr});
                for (std::size_t k = sb[pj]; k < sb[sj]; ++k) out.push_back({'+', nullptr, &t.b[k]});
            }
        }
        if (si < na)
            for (std::size_t k = 0; k < sa[si + 1] - sa[si]; ++k) out.push_back({'=', &t.a[sa[si] + k], &t.b[sb[sj] + k]});
        i = si + 1;
        j = sj + 1;
    }
}

// The edit script of a[a0, a1) against b[b0, b1): by dtl; when that is too
// long, the tokens both begin and end with kept first (which may pair a
// token dtl would not: only done when it must be), then the rest by dtl or
// by sentences.
void script(const token_lists& t, std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1,
            std::vector<edit>& out, bool by_sentence) {
    if ((a1 - a0) + (b1 - b0) <= max_dtl_tokens) {
        dtl_script(t, a0, a1, b0, b1, out);
        return;
    }
    while (a0 < a1 && b0 < b1 && t.ka[a0] == t.kb[b0]) out.push_back({'=', &t.a[a0++], &t.b[b0++]});
    std::size_t ea = a1, eb = b1;
    while (ea > a0 && eb > b0 && t.ka[ea - 1] == t.kb[eb - 1]) --ea, --eb;
    if ((ea - a0) + (eb - b0) <= max_dtl_tokens) {
        dtl_script(t, a0, ea, b0, eb, out);
    } else if (by_sentence) {
        sentence_script(t, a0, ea, b0, eb, out);
    } else {
        for (std::size_t i = a0; i < ea; ++i) out.push_back({'-', &t.a[i], nullptr});
        for (std::size_t j = b0; j < eb; ++j) out.push_back({'+', nullptr, &t.b[j]});
    }
    for (; ea < a1; ++ea, ++eb) out.push_back({'=', &t.a[ea], &t.b[eb]});
}

}  // namespace detail

// The word diff uses dtl (libdtl-dev, Wu's O(NP) algorithm: fast when the
// two texts are close, which is the case for a changed item) on the folded
// tokens, then maps the edit script back to the tokens as written.
std::vector<word> word_diff(std::string_view old_text, std::string_view new_text) {
    using detail::edit;
    const auto a = detail::tokenize(old_text);
    const auto b = detail::tokenize(new_text);
    const auto keys = [](const std::vector<detail::token>& t) {
        std::vector<std::string> k;
        k.reserve(t.size());
        for (const auto& x : t) k.push_back(text::fold(x.text));
        detail::unify_spelling(k);
        return k;
    };
    const auto ka = keys(a);
    const auto kb = keys(b);
    std::vector<edit> script;
    detail::script({a, b, ka, kb}, 0, a.size(), 0, b.size(), script, true);
    // A lone common token between two edits (`nhiệm kỳ 2020 - 2025` →
    // `nhiệm kỳ 2025 - 2030` keeps `2025`) is a coincidence, not a shared
    // word: shown as kept it splits one replacement into two that read
    // badly, so it goes into the replacement.
    std::vector<edit> edits;
    edits.reserve(script.size());
    for (std::size_t k = 0; k < script.size(); ++k) {
        const auto& e = script[k];
        if (k > 0 && k + 1 < script.size() && e.op == '=' && script[k - 1].op != '=' && script[k + 1].op != '=') {
            edits.push_back({'-', e.old_token, nullptr});
            edits.push_back({'+', nullptr, e.new_token});
        } else {
            edits.push_back(e);
        }
    }
    std::vector<word> out;
    std::string del, ins;
    const auto flush = [&] {
        if (!del.empty()) out.push_back({'-', std::move(del)});
        if (!ins.empty()) out.push_back({'+', std::move(ins)});
        del.clear();
        ins.clear();
    };
    for (const auto& e : edits) {
        switch (e.op) {
            case '=':
                flush();
                if (out.empty() || out.back().op != '=') out.push_back({'=', ""});
                out.back().text += e.new_token->space + e.new_token->text;
                break;
            case '-': del += e.old_token->space + e.old_token->text; break;
            default: ins += e.new_token->space + e.new_token->text; break;
        }
    }
    flush();
    return out;
}

bool result::same() const {
    return changes.empty() && meta.empty() && summary.sections_added == 0 && summary.sections_removed == 0 &&
           summary.sections_moved == 0 && summary.sections_retitled == 0;
}

result compare(const model::document& old_doc, const model::document& new_doc) {
    return detail::comparer(old_doc, new_doc).run();
}

const char* op_name(change_op op) {
    switch (op) {
        case change_op::added: return "added";
        case change_op::removed: return "removed";
        case change_op::changed: return "changed";
        case change_op::moved: return "moved";
    }
    return "changed";
}

const char* op_name(section_op op) {
    switch (op) {
        case section_op::matched: return "matched";
        case section_op::added: return "added";
        case section_op::removed: return "removed";
    }
    return "matched";
}

}  // namespace vnplan::diff
