// tests for lib/extract/deadlines.cpp
