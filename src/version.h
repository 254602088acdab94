// bescore's version: from `git describe` at build time (cmake/version.cmake), the project version otherwise.
#pragma once

namespace bescore {

/// "0.2.0", "0.2.0-3-gabc1234", "0.1.0-gabc1234-dirty": what --version, SARIF and the HTML pages say.
const char* version();

/// Where the project lives (-DBESCORE_HOMEPAGE=URL at configure time): SARIF links rules to its docs.
const char* homepage();

}  // namespace bescore
