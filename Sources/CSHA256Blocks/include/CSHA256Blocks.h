#ifndef ARTICLED_CSHA256BLOCKS_H
#define ARTICLED_CSHA256BLOCKS_H
// SHA-256's compression function on the x86-64 SHA extensions (SHA-NI), for the processors
// that have them; ArticledCore's Swift code does the padding and runs everywhere else.
#include <stddef.h>
#include <stdint.h>

/// SHA-256's 64 round constants (FIPS 180-4, 4.2.2), for the Swift blocks too.
const uint32_t *articled_sha256_round_constants(void);

/// 1 if this processor has the SHA extensions (and SSE4.1), else 0.
int articled_sha256_blocks_available(void);

/// Runs the compression function over `count` 64-byte blocks at `blocks`, updating the eight
/// state words `state` (A to H). Call only when articled_sha256_blocks_available() is 1.
void articled_sha256_blocks(uint32_t state[8], const uint8_t *blocks, size_t count);

#endif
