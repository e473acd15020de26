// The library's front door: a file in, a document out (or a one-line error).
#pragma once

#include "model/document.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vnplan {

struct load_result {
    std::optional<model::document> doc;
    std::string error;               // set when doc is empty: "no such file", "empty file", ...
    std::vector<std::string> lines;  // the decoded NFC lines as read (debris kept), index = line - 1
};

// Reads, decodes, parses and extracts one document. `path` "-" is standard
// input; `display_name` is what the document's source.path says.
load_result load_document(const std::string& path, const std::string& display_name);

// The same from bytes already in memory.
load_result parse_document(std::string_view bytes, const std::string& display_name);

}  // namespace vnplan
