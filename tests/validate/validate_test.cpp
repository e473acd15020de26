// tests: being written (validate/validate_test.cpp).
