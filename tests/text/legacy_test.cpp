// tests: being written (text/legacy_test.cpp).
