# What the Linux packages install besides the two programs: desktop entry, AppStream metadata,
# hicolor icons, man pages, and the Debian copyright and changelog files.
set(linux_dir ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(linux_out ${CMAKE_CURRENT_BINARY_DIR}/linux)

configure_file(${linux_dir}/soip-composer.desktop.in ${linux_out}/${SOIP_APP_ID}.desktop @ONLY)
configure_file(${linux_dir}/soip-composer.metainfo.xml.in ${linux_out}/${SOIP_APP_ID}.metainfo.xml @ONLY)
install(FILES ${linux_out}/${SOIP_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${linux_out}/${SOIP_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

install(FILES ${SOIP_ICON_DIR}/soip-composer.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES ${SOIP_ICON_DIR}/soip-composer-${size}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
        RENAME soip-composer.png)
endforeach()

# Debian's copyright file carries the fonts' full licence text, indented as its format requires
# (the GPL's is in /usr/share/common-licenses on every Debian system).
function(soip_debian_license_text file out_var)
    file(READ ${file} text)
    string(REPLACE "\r" "" text "${text}")
    string(REGEX REPLACE "\n+$" "" text "${text}")
    string(REPLACE "\n" "\n " text "${text}")
    set(text " ${text}")
    # A blank line becomes " ." (done twice so that two blank lines in a row are both caught).
    string(REGEX REPLACE "\n[ \t]+\n" "\n .\n" text "${text}")
    string(REGEX REPLACE "\n[ \t]+\n" "\n .\n" text "${text}")
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()
soip_debian_license_text(${PROJECT_SOURCE_DIR}/resources/fonts/OFL.txt SOIP_OFL_TEXT)
configure_file(${linux_dir}/copyright.in ${linux_out}/copyright @ONLY)

# Debian wants man pages and changelogs gzipped without a timestamp (gzip -n), so the package
# builds reproducibly.
find_program(SOIP_GZIP gzip REQUIRED)
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/soip-composer)
set(gzipped)
# The man pages carry the project version in their header.
configure_file(${linux_dir}/soip.1.in ${linux_out}/soip.1 @ONLY)
configure_file(${linux_dir}/soip-composer.1.in ${linux_out}/soip-composer.1 @ONLY)
configure_file(${linux_dir}/changelog.Debian ${linux_out}/changelog.Debian COPYONLY)
foreach(source IN ITEMS soip.1 soip-composer.1 changelog.Debian)
    set(output ${linux_out}/${source}.gz)
    add_custom_command(OUTPUT ${output}
        COMMAND ${SOIP_GZIP} -9 -n -c ${linux_out}/${source} > ${output}
        DEPENDS ${linux_out}/${source}
        COMMENT "Compressing ${source}"
        VERBATIM)
    list(APPEND gzipped ${output})
endforeach()
add_custom_target(soip_linux_package_files ALL DEPENDS ${gzipped})
install(FILES ${linux_out}/soip.1.gz ${linux_out}/soip-composer.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${linux_out}/changelog.Debian.gz ${linux_out}/copyright DESTINATION ${doc_dir})
