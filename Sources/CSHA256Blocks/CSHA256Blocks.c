#include "CSHA256Blocks.h"

static const uint32_t round_constants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

const uint32_t *articled_sha256_round_constants(void) { return round_constants; }

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

int articled_sha256_blocks_available(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3)) return 0;
    if (__get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    return (b & bit_SHA) ? 1 : 0;
}


__attribute__((target("sha,sse4.1,ssse3")))
void articled_sha256_blocks(uint32_t state[8], const uint8_t *blocks, size_t count) {
    // Big-endian words: reverse the bytes of each 32-bit lane.
    const __m128i byteswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    // The instructions keep the state as two registers, ABEF and CDGH (A in the top lane).
    __m128i abcd = _mm_loadu_si128((const __m128i *)&state[0]);  // lanes A B C D
    __m128i efgh = _mm_loadu_si128((const __m128i *)&state[4]);  // lanes E F G H
    abcd = _mm_shuffle_epi32(abcd, 0xB1);                         // B A D C
    efgh = _mm_shuffle_epi32(efgh, 0x1B);                         // H G F E
    __m128i abef = _mm_alignr_epi8(abcd, efgh, 8);                // F E B A
    __m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xF0);             // H G D C

    for (size_t n = 0; n < count; n++, blocks += 64) {
        const __m128i abef_before = abef, cdgh_before = cdgh;
        // The message schedule, four words a vector: w[4j..4j+3] in x[j].
        __m128i x[16];
        for (int j = 0; j < 4; j++) {
            x[j] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 16 * j)), byteswap);
        }
        for (int j = 0; j < 12; j++) {
            // w[t] = w[t-16] + s0(w[t-15]) (msg1) + w[t-7] (alignr) + s1(w[t-2]) (msg2).
            __m128i partial = _mm_add_epi32(_mm_sha256msg1_epu32(x[j], x[j + 1]), _mm_alignr_epi8(x[j + 3], x[j + 2], 4));
            x[j + 4] = _mm_sha256msg2_epu32(partial, x[j + 3]);
        }
        // Sixty-four rounds, two an instruction.
        for (int j = 0; j < 16; j++) {
            __m128i message = _mm_add_epi32(x[j], _mm_loadu_si128((const __m128i *)&round_constants[4 * j]));
            // Each call returns the new ABEF; the old ABEF is the new CDGH, so two calls
            // leave each register in its place.
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        }
        abef = _mm_add_epi32(abef, abef_before);
        cdgh = _mm_add_epi32(cdgh, cdgh_before);
    }

    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);                 // A B E F
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);                 // G H C D
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(feba, dchg, 0xF0));  // A B C D
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(dchg, feba, 8));    // E F G H
}

#else

int articled_sha256_blocks_available(void) { return 0; }

void articled_sha256_blocks(uint32_t state[8], const uint8_t *blocks, size_t count) {
    (void)state; (void)blocks; (void)count;
}

#endif
