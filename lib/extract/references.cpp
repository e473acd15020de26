#include "extract/references.hpp"
