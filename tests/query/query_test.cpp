// tests: being written (query/query_test.cpp).
