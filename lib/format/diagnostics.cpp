#include "format/diagnostics.hpp"
