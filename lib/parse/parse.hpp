// Structure: decoded lines -> the section tree with its items, the metadata,
// the footnotes and what the parser noticed on the way.
#pragma once

#include "model/document.hpp"
#include "text/text.hpp"

namespace vnplan::parse {

// Builds the document from decoded lines. Never throws for bad content: what
// does not fit becomes a diagnostic. Extraction (bodies, deadlines, ...) is a
// later stage; this fills structure, metadata and item kinds from roles.
model::document parse_structure(const text::source_text& src, const std::string& path);

// The role a section title announces (MỤC ĐÍCH, YÊU CẦU -> "purpose"), if any.
std::optional<std::string> role_of_title(std::string_view title);

// True for a title that opens a review of the past rather than work to do
// (`VỀ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ...`, `Tình hình`, `Nguyên nhân`):
// its paragraphs are narrative, whatever bodies they name.
bool is_review_title(std::string_view title);

// True for a numbered line that reads as a statement rather than a title.
bool is_statement(std::string_view text);

// A field line under an item: `Cơ quan chủ trì: Sở Tư pháp.`,
// `Thời gian hoàn thành: Quý II/2025.` Returns the field name folded
// ("co quan chu tri") or an empty string.
std::string field_name(std::string_view text);

}  // namespace vnplan::parse
