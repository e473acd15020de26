// tests: being written (format/diagnostics_test.cpp).
