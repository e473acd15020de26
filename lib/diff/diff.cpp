#include "diff/diff.hpp"
