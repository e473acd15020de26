// tests: being written (diff/diff_test.cpp).
