// query grammar: being written.
#pragma once

#include <tao/pegtl.hpp>
