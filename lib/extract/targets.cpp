#include "extract/targets.hpp"
