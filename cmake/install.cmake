# What `cmake --install build` and `cpack -G DEB` put where (Debian layout under the prefix). Each part is one
# install() line, so more parts (e.g. reader modules under lib/bescore) go in beside these.
include(GNUInstallDirs)
include(${CMAKE_CURRENT_LIST_DIR}/version.cmake)

install(TARGETS bescore RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The built-in rule sets, the lexicon and the rule-file schema: compiled into the binary too, installed to read,
# extend ("extends": "/usr/share/bescore/rules/backend.json") and validate against in an editor.
file(GLOB BESCORE_INSTALLED_RULES ${CMAKE_SOURCE_DIR}/rules/*.json)
install(FILES ${BESCORE_INSTALLED_RULES} DESTINATION ${CMAKE_INSTALL_DATADIR}/bescore/rules)

# bescore(1), gzipped as Debian policy asks (-n: no name or time stamp, so the package is reproducible).
set(BESCORE_MAN_GZ ${CMAKE_BINARY_DIR}/generated/bescore.1.gz)
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/generated)  # a fresh build may compress the page before anything else writes there
add_custom_command(OUTPUT ${BESCORE_MAN_GZ}
  COMMAND gzip -9n -c ${CMAKE_SOURCE_DIR}/man/bescore.1 > ${BESCORE_MAN_GZ}
  DEPENDS ${CMAKE_SOURCE_DIR}/man/bescore.1
  COMMENT "Compressing the man page")
add_custom_target(bescore_man ALL DEPENDS ${BESCORE_MAN_GZ})
install(FILES ${BESCORE_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Shell completions where each shell looks for packaged ones.
install(FILES ${CMAKE_SOURCE_DIR}/completions/bescore.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME bescore)
install(FILES ${CMAKE_SOURCE_DIR}/completions/_bescore DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${CMAKE_SOURCE_DIR}/completions/bescore.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

# cpack -G DEB (run in the build folder): dependencies from the linked shared libraries (dpkg-shlibdeps).
bescore_git_version(BESCORE_GIT_VERSION ${CMAKE_SOURCE_DIR} ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)  # `cmake --build build --target package`
set(CPACK_PACKAGE_NAME bescore)
set(CPACK_PACKAGE_VERSION ${BESCORE_GIT_VERSION})
set(CPACK_PACKAGE_VENDOR "the bescore contributors")
set(CPACK_PACKAGE_CONTACT "bescore maintainers <bescore@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "scores a resume for backend engineering roles, offline, and says what to fix")
set(CPACK_PACKAGE_DESCRIPTION "Reads PDF, DOCX, Markdown, LaTeX, plain text and JSON Resume files, scores them with\n\
rules taken from published hiring advice, and reports each finding on its line with a fix; formats for\n\
terminals, CI annotations, SARIF, JSON and HTML. No network access.")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${BESCORE_HOMEPAGE})
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Read by cpack itself: the version is taken again from git when the package is made, not when cmake last ran.
set(CPACK_BESCORE_SOURCE_DIR ${CMAKE_SOURCE_DIR})
set(CPACK_BESCORE_FALLBACK_VERSION ${PROJECT_VERSION})
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/cpack_version.cmake)
include(CPack)
