// tests for lib/extract/references.cpp
