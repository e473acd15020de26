// targets grammar: written by the extraction work.
#pragma once

#include <tao/pegtl.hpp>
