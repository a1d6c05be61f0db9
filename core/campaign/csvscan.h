#pragma once

#include <QtAlgorithms>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace soip::csvscan {

// The first of `a` `b` `c` `d` in [p, end), or `end`. CsvReader stops only at these few characters
// (the delimiter, a quote, a line end, a NUL), and a cell is a dozen characters long, so comparing
// eight UTF-16 units at a time instead of one halves the time of a whole read (bench_campaign).
// `Unit` is char16_t or const char16_t: the reader unquotes cells in place.
template <typename Unit>
Unit *findAny(Unit *p, const char16_t *end, char16_t a, char16_t b, char16_t c, char16_t d)
{
#if defined(__SSE2__)
    const __m128i wantA = _mm_set1_epi16(short(a));
    const __m128i wantB = _mm_set1_epi16(short(b));
    const __m128i wantC = _mm_set1_epi16(short(c));
    const __m128i wantD = _mm_set1_epi16(short(d));
    for (; end - p >= 8; p += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(units, wantA), _mm_cmpeq_epi16(units, wantB)),
                         _mm_or_si128(_mm_cmpeq_epi16(units, wantC), _mm_cmpeq_epi16(units, wantD)));
        if (const int mask = _mm_movemask_epi8(hits))
            return p + qCountTrailingZeroBits(uint(mask)) / 2; // two mask bits per unit
    }
#endif
    while (p < end && *p != a && *p != b && *p != c && *p != d)
        ++p;
    return p;
}

// The same over UTF-8 bytes, which also stops at the first byte above 0x7F, and meanwhile writes each
// byte it passes as one UTF-16 unit to `out` (the unit for `p`): for ASCII text this is the decode,
// done while the bytes are in a register, and sixteen bytes a compare instead of eight units. It
// writes the unit of the byte it stops at too, and may write up to fifteen past it (the same units
// again, or ones the reader replaces when it decodes the rest of a text that is not ASCII).
inline const char *findAnyWidening(const char *p, const char *end, char16_t *out, char a, char b, char c, char d)
{
#if defined(__SSE2__)
    const __m128i wantA = _mm_set1_epi8(a);
    const __m128i wantB = _mm_set1_epi8(b);
    const __m128i wantC = _mm_set1_epi8(c);
    const __m128i wantD = _mm_set1_epi8(d);
    const __m128i zero = _mm_setzero_si128();
    for (; end - p >= 16; p += 16, out += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_unpacklo_epi8(bytes, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 8), _mm_unpackhi_epi8(bytes, zero));
        const __m128i hits =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, wantA), _mm_cmpeq_epi8(bytes, wantB)),
                         _mm_or_si128(_mm_cmpeq_epi8(bytes, wantC), _mm_cmpeq_epi8(bytes, wantD)));
        // A byte above 0x7F has its top bit set, as every hit does.
        if (const int mask = _mm_movemask_epi8(_mm_or_si128(hits, bytes)))
            return p + qCountTrailingZeroBits(uint(mask));
    }
#endif
    for (; p < end; ++p, ++out) {
        const char unit = *p;
        *out = char16_t(static_cast<unsigned char>(unit));
        if (unit == a || unit == b || unit == c || unit == d || static_cast<unsigned char>(unit) > 0x7F)
            break;
    }
    return p;
}

} // namespace soip::csvscan
