// The model as JSON (schema "vnplan/1"): the contract scripts rely on.
#pragma once

#include "model/document.hpp"

#include <nlohmann/json.hpp>

namespace vnplan::format {

inline constexpr const char* schema = "vnplan/1";

nlohmann::ordered_json to_json(const model::body& b);
nlohmann::ordered_json to_json(const model::deadline& d);
nlohmann::ordered_json to_json(const model::target& t);
nlohmann::ordered_json to_json(const model::reference& r);
nlohmann::ordered_json to_json(const model::item& it);
nlohmann::ordered_json to_json(const model::section& s);
nlohmann::ordered_json to_json(const model::meta& m);
nlohmann::ordered_json to_json(const model::diagnostic& d);
nlohmann::ordered_json to_json(const model::document& doc);

const char* severity_name(model::severity s);

// One document, pretty-printed (json) or on one line (jsonl), ending in a newline.
std::string document_json(const model::document& doc, bool pretty);

}  // namespace vnplan::format
