// Items flattened across documents, and their renderings. `tasks` and
// `query` share this: one table, one CSV, one JSON shape.
#pragma once

#include "model/document.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan::format {

// Views into the document, like the item pointer: a row is valid as long as
// the document it was flattened from (a million items make a million rows;
// copies of their file name and section title made `tasks` peak above the
// parse itself).
struct item_row {
    std::string_view file;
    std::string_view section;        // section id ("" for the preamble)
    std::string_view section_title;
    const model::item* item = nullptr;
};

// Every item of the document in reading order (preamble first).
std::vector<item_row> flatten(const model::document& doc);

enum class item_format { table, json, jsonl, csv, tsv, md };

// Parses "table", "json", ... ; nullopt for anything else.
std::optional<item_format> item_format_of(std::string_view name);

struct table_options {
    int width = 0;       // terminal width; 0 = no trimming
    bool color = false;
    bool show_file = false;  // several files: add a file column
};

// The rows in one format, written to `out` as they are rendered: a large
// document's items are never held as one string.
void write_items(std::ostream& out, const std::vector<item_row>& rows, item_format f, const table_options& opt);

// The same as a string.
std::string render_items(const std::vector<item_row>& rows, item_format f, const table_options& opt);

// write_items in parts, so that the rows of many documents can be rendered
// each on its own thread: the header (table, csv, tsv and md have one), then
// the rows of each document in turn. write_items_header then
// write_item_lines of every row is write_items. In json, write_item_lines
// writes the rows as a part of the array (json_stream::part at depth 1) and
// write_array_of_parts (format/json.hpp) joins the parts.
void write_items_header(std::ostream& out, item_format f, const table_options& opt);
void write_item_lines(std::ostream& out, const std::vector<item_row>& rows, item_format f, const table_options& opt);

// A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a
// formula: such a cell gets a leading apostrophe.
std::string neutralise_cell(std::string s);

// "before 2020-12-31", "within 2023-01-01..2023-12-31", "yearly (Q4)": one
// deadline in a few words, for tables.
std::string deadline_summary(const model::deadline& d);

}  // namespace vnplan::format
