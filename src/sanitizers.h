// Whether this build runs under AddressSanitizer (scripts/sanitize, the fuzzers): its leak check runs at exit,
// so code that leaves without the usual exit (_exit in a forked child, skipping teardown) does so only without it.
#pragma once

#if defined(__SANITIZE_ADDRESS__)
#define BESCORE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BESCORE_ASAN 1
#endif
#endif
