// tests for grammars/vnplan/bodies.hpp
