// tests for lib/extract/targets.cpp
