# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` lays out besides the programs, and the Debian package CPack builds from it:
#   cmake --install build --prefix /usr     (or: cd build && cpack -G DEB)
install(FILES ${PROJECT_SOURCE_DIR}/resources/imali.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/imali.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/resources/imali-serve.service DESTINATION lib/systemd/system)

set(CPACK_PACKAGE_NAME imali)
set(CPACK_PACKAGE_VENDOR "imali")
set(CPACK_PACKAGE_CONTACT "imali maintainers <imali@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# Libraries the programs link come from dpkg-shlibdeps; Qt loads its SQL drivers and the
# display plugin at run time, so those are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON) # debug info stays in the build tree
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_GENERATOR DEB)
include(CPack)
