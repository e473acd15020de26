#include "format/diff.hpp"
