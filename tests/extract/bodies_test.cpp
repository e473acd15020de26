// tests for lib/extract/bodies.cpp
