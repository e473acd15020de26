// tests for grammars/vnplan/references.hpp
