# SPDX-License-Identifier: MIT
# CPack: DEB and TGZ here; NSIS + ZIP on Windows; a DragNDrop disk image on macOS. The Windows
# and macOS packages carry Qt through qt_generate_deploy_app_script (src/app/CMakeLists.txt).
include(GNUInstallDirs)
set(CPACK_PACKAGE_NAME kvdoctor)
set(CPACK_PACKAGE_VENDOR "kvdoctor")
set(CPACK_PACKAGE_CONTACT "kvdoctor maintainers <kvdoctor@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Key Vault CSI Doctor")
set(CPACK_PACKAGE_EXECUTABLES kvdoctor "Key Vault CSI Doctor")
set(CPACK_RESOURCE_FILE_README ${CMAKE_SOURCE_DIR}/README.md)
set(CPACK_GENERATOR TGZ DEB)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")
set(CPACK_STRIP_FILES ON)

# Debian: dependencies from the binaries (dpkg-shlibdeps), plus the Qt plugins the GUI needs at
# run time that no binary links.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "kubernetes-client, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_DISPLAY_NAME "Key Vault CSI Doctor")
    set(CPACK_NSIS_PACKAGE_NAME "Key Vault CSI Doctor ${PROJECT_VERSION}")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\kvdoctor.exe")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN kvdoctor.exe)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Key Vault CSI Doctor.lnk' '$INSTDIR\\\\bin\\\\kvdoctor.exe'")
    set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Key Vault CSI Doctor.lnk'")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "Key Vault CSI Doctor")
endif()
include(CPack)
