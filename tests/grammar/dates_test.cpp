// tests for grammars/vnplan/dates.hpp
