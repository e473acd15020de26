#include "text/legacy.hpp"
