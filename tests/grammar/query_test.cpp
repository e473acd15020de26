// tests: being written (grammar/query_test.cpp).
