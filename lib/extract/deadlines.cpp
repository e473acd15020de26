#include "extract/deadlines.hpp"
