#ifndef ARTICLED_ALLOCATION_COUNTER_H
#define ARTICLED_ALLOCATION_COUNTER_H
/// How many heap allocations (malloc, calloc, realloc, aligned) this process has made.
/// Linked into articled-bench only: its malloc family wraps glibc's to count calls.
unsigned long long articled_allocation_count(void);
#endif
