// tests for grammars/vnplan/deadlines.hpp
