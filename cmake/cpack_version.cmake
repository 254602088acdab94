# Included by cpack (CPACK_PROJECT_CONFIG_FILE): the package version from git at packaging time.
include(${CMAKE_CURRENT_LIST_DIR}/version.cmake)
bescore_git_version(CPACK_PACKAGE_VERSION "${CPACK_BESCORE_SOURCE_DIR}" "${CPACK_BESCORE_FALLBACK_VERSION}")
bescore_debian_version(CPACK_DEBIAN_PACKAGE_VERSION "${CPACK_PACKAGE_VERSION}")
