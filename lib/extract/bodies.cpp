#include "extract/bodies.hpp"
