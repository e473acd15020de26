// Structural comparison of two documents: sections aligned by role and title,
// items by text, moves found across sections; targets, deadlines and bodies
// compared as their own kinds of change.
//
// compare() is a pure function in the manner of taocpp/json's
// contrib/diff.hpp: two models in, plain data out. It knows nothing of JSON
// or terminals; lib/format/diff.hpp renders the result. The result points
// into the two documents, which must outlive it.
#pragma once

#include "model/document.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::diff {

// One run of a word-level diff. The texts of the "=" and "-" runs, joined,
// give the old text; of the "=" and "+" runs the new text (each run carries
// the space in front of it, so a run may start with a space).
struct word {
    char op = '=';  // '=' | '-' | '+'
    std::string text;
};

// A pair from two lists of targets, deadlines or bodies: both set when one
// became the other, one null when it was added or dropped.
template <typename T>
struct pair {
    const T* old_value = nullptr;
    const T* new_value = nullptr;
};

// Where an item sits: the item and the id and title of its section ("" for
// the preamble).
struct item_ref {
    const model::item* item = nullptr;
    std::string section;
    std::string section_title;
};

enum class change_op { added, removed, changed, moved };

struct change {
    change_op op = change_op::changed;
    std::optional<item_ref> old_item;
    std::optional<item_ref> new_item;
    double similarity = 0;        // of the texts, 0..1 (1 for added/removed)
    std::vector<word> words;      // empty when the texts are equal in substance
    std::vector<pair<model::target>> targets;
    std::vector<pair<model::deadline>> deadlines;
    std::vector<pair<model::body>> bodies;
    int group = -1;  // index in result::sections of the top-level section it is shown under; -1: preamble
};

enum class section_op { matched, added, removed };

struct section_ref {
    const model::section* section = nullptr;
    std::string parent;  // id of the parent section, "" at the top
};

struct section_entry {
    section_op op = section_op::matched;
    std::optional<section_ref> old_section;
    std::optional<section_ref> new_section;
    // The section's own number changed (II → III). A child that keeps its own
    // number under a renumbered parent (II.1 → III.1) is not renumbered.
    bool renumbered = false;
    bool moved = false;          // matched under a different parent
    double similarity = 0;       // 0..1, the score that matched it
    std::vector<word> title_words;  // empty when the titles are equal in substance
    // The title changed and is a heading, not a numbered statement whose
    // text is its first item's (that change is reported on the item).
    bool retitled = false;
    bool top = false;            // a top-level section (of the new document, or the old one when removed)
};

// A field of the document's metadata that differs (number, date, title,
// term, signer, issuer, kind, place). Values are as displayed, "" for none.
struct meta_change {
    std::string field;
    std::string old_value;
    std::string new_value;
};

struct summary {
    int added = 0;       // items
    int removed = 0;     // items
    int changed = 0;     // items
    int moved = 0;       // items
    int renumbered = 0;  // sections
    int sections_added = 0;
    int sections_removed = 0;
    int sections_moved = 0;     // matched under another parent
    int sections_retitled = 0;  // matched headings whose title differs in substance
    int meta = 0;               // metadata fields that differ
};

struct result {
    const model::document* old_doc = nullptr;
    const model::document* new_doc = nullptr;
    std::vector<section_entry> sections;  // new document order, removed ones where they stood
    std::vector<change> changes;          // the same order, item by item
    std::vector<meta_change> meta;
    diff::summary summary;

    // True when nothing but renumbering, whitespace, debris and tone
    // placement tells the two apart.
    bool same() const;
};

result compare(const model::document& old_doc, const model::document& new_doc);

// Building blocks, public so that tests can reach them.

// Syllable similarity of two texts, accent-, case- and tone-insensitive:
// the Dice coefficient of their syllable multisets, 0..1.
double text_similarity(std::string_view a, std::string_view b);

// Word-level diff of two texts; tone placement, case and spacing are not
// differences.
std::vector<word> word_diff(std::string_view old_text, std::string_view new_text);

const char* op_name(change_op op);
const char* op_name(section_op op);

}  // namespace vnplan::diff
