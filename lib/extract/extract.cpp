#include "extract/extract.hpp"

namespace vnplan::extract {

void extract_all(model::document& doc) { (void)doc; }

}  // namespace vnplan::extract
