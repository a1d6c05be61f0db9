#pragma once

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

// A property a fuzz target checks: when it does not hold, say which and abort, which libFuzzer
// reports as a crash with the input saved (and the file driver fails its ctest test).
#define SOIP_FUZZ_CHECK(condition, what)                                                                          \
    do {                                                                                                          \
        if (!(condition)) {                                                                                       \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", what, __FILE__, __LINE__);                    \
            std::abort();                                                                                         \
        }                                                                                                         \
    } while (false)

// Splits an input into parts: the bytes up to the next new line, taken off the front of `rest`.
inline QByteArray takeLine(QByteArray &rest)
{
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray line = newline < 0 ? rest : rest.left(newline);
    rest = newline < 0 ? QByteArray() : rest.mid(newline + 1);
    return line;
}
