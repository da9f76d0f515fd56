// SPDX-License-Identifier: MIT
#pragma once

// Shared by the fuzz targets: one QCoreApplication for the process (some code paths translate
// or look at the application), created once in LLVMFuzzerInitialize.

#include <QByteArrayView>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace kvd::fuzz {

inline void initApplication(int *argc, char ***argv)
{
    static QCoreApplication *app = nullptr;
    if (!app)
        app = new QCoreApplication(*argc, *argv); // lives for the whole process on purpose
}

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits the input at the first `separator` byte: a small header that picks options, the rest
// is the document. Empty header when the separator is absent.
struct Split
{
    QByteArrayView head;
    QByteArrayView body;
};
inline Split splitAt(QByteArrayView input, char separator)
{
    const qsizetype at = input.indexOf(separator);
    if (at < 0)
        return {QByteArrayView(), input};
    return {input.first(at), input.sliced(at + 1)};
}

} // namespace kvd::fuzz

#define KVD_FUZZ_INIT                                                                            \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                 \
    {                                                                                            \
        kvd::fuzz::initApplication(argc, argv);                                                  \
        return 0;                                                                                \
    }
