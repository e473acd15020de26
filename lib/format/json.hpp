// The model as JSON (schema "vnplan/1"): the contract scripts rely on.
#pragma once

#include "model/document.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <initializer_list>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vnplan::format {

inline constexpr const char* schema = "vnplan/1";

nlohmann::ordered_json to_json(const model::body& b);
nlohmann::ordered_json to_json(const model::deadline& d);
nlohmann::ordered_json to_json(const model::target& t);
nlohmann::ordered_json to_json(const model::reference& r);
nlohmann::ordered_json to_json(const model::item& it);
nlohmann::ordered_json to_json(const model::section& s);
nlohmann::ordered_json to_json(const model::meta& m);
nlohmann::ordered_json to_json(const model::footnote& f);
nlohmann::ordered_json to_json(const model::diagnostic& d);
nlohmann::ordered_json to_json(const model::document& doc);

const char* severity_name(model::severity s);

// Prints one JSON value piece by piece, byte for byte as nlohmann's
// `dump(2)` (pretty) or `dump()` (compact) of the whole tree would, without
// the tree: the containers are opened and closed here, and what goes into
// them is either another container or a value small enough to build, which
// nlohmann dumps (and escapes). A 100 MB document is printed holding one
// item's JSON at a time instead of a tree of thirty times its size.
//
// Invalid UTF-8 in a string becomes U+FFFD, as everywhere in vnplan's JSON.
class json_stream {
public:
    json_stream(std::ostream& out, bool pretty);

    // A stream of values that stand inside `depth` open containers of
    // another stream, written without the separator before the first of
    // them: a part of a large array made on its own (on another thread) and
    // handed to that stream's values() later.
    static json_stream part(std::ostream& out, bool pretty, std::size_t depth);

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    // The name of the next value in the open object.
    void key(std::string_view name);
    // A whole value: in an array, after a key, or alone.
    void value(const nlohmann::ordered_json& v);
    // `count` values already written by a part() stream at this depth, in
    // the open array; nothing when `count` is 0.
    void values(std::string_view part, std::size_t count);

private:
    void open(char bracket);
    void close(char bracket);
    void separate();
    void indent(std::size_t depth);

    std::ostream& out_;
    bool pretty_;
    std::vector<std::size_t> counts_;  // values written so far in each open container
    bool after_key_ = false;           // a key was written: its value comes next
    std::string buffer_;               // a pretty dump, re-indented to its depth
};

// A pretty-printed array, then a newline, of the values of `parts` in order:
// parts[i] holds counts[i] values written by a json_stream::part(…, true, 1)
// stream (on the thread that made them, say). The same bytes as streaming
// every value into one array.
void write_array_of_parts(std::ostream& out, const std::vector<std::string>& parts,
                          const std::vector<std::size_t>& counts);

// The same events as json_stream, collected into a tree: code that writes a
// large value through the events once (a document, a findings log) gets both
// its stream and its tree, with the same members in the same order.
class json_tree {
public:
    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    void key(std::string_view name);
    void value(nlohmann::ordered_json v);
    // The value built so far; the tree is left empty.
    nlohmann::ordered_json take();

private:
    nlohmann::ordered_json& add(nlohmann::ordered_json v);
    void open(nlohmann::ordered_json empty);

    nlohmann::ordered_json root_;
    std::vector<nlohmann::ordered_json*> open_;  // the open containers, innermost last
    std::string key_;
};

// One document as a value of the stream (the same members as to_json).
void write_json(json_stream& out, const model::document& doc);

// Members written before an item's own, in order (a task row's file and
// section).
using item_context = std::initializer_list<std::pair<std::string_view, std::string_view>>;

// One item as a value of the stream: the members of `context`, then those
// of to_json(item). An item of many facts is not built as a tree first.
void write_json(json_stream& out, const model::item& it, const item_context& context);

// What `vnplan parse` prints, to `out` as it goes: with `lines` (jsonl) every
// document on a line of its own; else one document pretty-printed, or several
// as a pretty-printed array. Ends in a newline.
void write_documents_json(std::ostream& out, const std::vector<model::document>& docs, bool lines);

// One document, pretty-printed (json) or on one line (jsonl), ending in a newline.
std::string document_json(const model::document& doc, bool pretty);

// One document pretty-printed as a value of a top-level array, for
// write_array_of_parts: what `parse` prints for several files.
std::string document_json_part(const model::document& doc);

}  // namespace vnplan::format
