// tests for grammars/vnplan/targets.hpp
