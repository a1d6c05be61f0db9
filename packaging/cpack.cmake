# CPack: one configuration, a generator per platform.
#   Linux:   cpack -G DEB          (soip-composer_<version>-1_amd64.deb)
#   Windows: cpack -G NSIS  or  cpack -G WIX
#   macOS:   cpack -G DragNDrop    (a .dmg holding SOIP Composer.app)
set(CPACK_PACKAGE_NAME "soip-composer")
set(CPACK_PACKAGE_VENDOR "${SOIP_VENDOR}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Compose, preview and send SMS over IP (SOIP) messages")
set(CPACK_PACKAGE_DESCRIPTION
    "SOIP Composer writes Kaleyra.io SMS over IP messages - plain text, rich media cards and call-to-action cards for the MI message app - without hand-written JSON. It checks every field against the API's rules, shows how the message will look on the phone, and sends it. The soip command-line tool validates, formats, previews and sends the same JSON files in scripts.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "SOIP Composer maintainers <soip-composer@example.invalid>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${SOIP_APP_NAME}")
set(CPACK_PACKAGE_EXECUTABLES "soip-composer;${SOIP_APP_NAME}")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_SOURCE_DIR}/LICENSE.txt")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

# --- Debian -----------------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# CPack puts the summary on the first line itself; the long text is wrapped for dpkg (lines under 80).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "SOIP Composer writes Kaleyra.io SMS over IP messages - plain text, rich\n\
media cards and call-to-action cards for the MI message app - without\n\
hand-written JSON. It checks every field against the API's rules, shows\n\
how the message will look on the phone, and sends it.\n\
.\n\
The soip command-line tool validates, formats, previews and sends the same\n\
JSON files from scripts.")
# dpkg-shlibdeps finds the linked libraries (Qt, QtKeychain, libphonenumber, QuaZip, Qt Charts; Qt Charts,
# which draws the History window's delivery report, is also named here). It cannot see what is loaded at run time: the Secret Service client QtKeychain dlopens, GStreamer's plugins behind
# Qt Multimedia (without them playback crashes), the SQLite driver for history, the SVG image and
# icon plugins, and the X11/Wayland platform plugins.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libquazip1-qt6-1, libsecret-1-0, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, libqt6sql6-sqlite, libqt6svg6, libqt6charts6, qt6-qpa-plugins")
# A keyring to hold the API key, Qt's own translations, and a Devanagari font for the Hindi interface.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n, fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# --- Windows: NSIS ------------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "${SOIP_APP_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${SOIP_APP_NAME} ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${SOIP_ICON_DIR}/soip-composer.ico")
set(CPACK_NSIS_MUI_UNIICON "${SOIP_ICON_DIR}/soip-composer.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\soip-composer.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "soip-composer.exe")
# The template adds the Start-menu shortcut named in CPACK_PACKAGE_EXECUTABLES ("SOIP Composer"), an
# "Uninstall" shortcut beside it, the uninstaller itself and its Add/Remove Programs entry.

# --- Windows: WiX (MSI) -------------------------------------------------------------------------
# The upgrade GUID must never change: it is how Windows knows a newer MSI replaces an older one.
set(CPACK_WIX_UPGRADE_GUID "6F1D5B2A-8C44-4E8B-9B7A-2E5C3D9A41F7")
set(CPACK_WIX_PRODUCT_ICON "${SOIP_ICON_DIR}/soip-composer.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "${SOIP_APP_NAME}")
# CPack turns LICENSE.txt into the RTF the MSI licence page needs.
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")

# --- macOS: DragNDrop ---------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "${SOIP_APP_NAME}")
# For DragNDrop the package icon is the volume's icon. (NSIS would take it as a header *bitmap*, so
# it is set for macOS only; the NSIS installer gets the .ico through CPACK_NSIS_MUI_ICON.)
if(APPLE)
    set(CPACK_PACKAGE_ICON "${SOIP_ICON_DIR}/soip-composer.icns")
endif()
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;WIX")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
endif()

include(CPack)
