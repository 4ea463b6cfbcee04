/* A stand-in for Windows' bcryptprimitives.dll, for the tests under Wine only.
 *
 * Rust's standard library asks ProcessPrng (bcryptprimitives.dll, Windows 10 and later) for
 * random bytes, at start-up for HashMap keys. Wine 8.0, Debian 12's, lacks the DLL, so every
 * Rust program stops before main ("Library bcryptprimitives.dll not found"). Real Windows 10
 * and 11 have it; the installer never carries this file. It is built by `cargo xtask test`
 * into the test Wine prefix's system32 and answers from RtlGenRandom (advapi32's
 * SystemFunction036), the same system generator. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG n = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, n)) return FALSE;
        data += n;
        length -= n;
    }
    return TRUE;
}
