# Compile settings every target of the project shares (qBittorrent's qbt_common_cfg pattern).
add_library(soip_common_cfg INTERFACE)
target_compile_features(soip_common_cfg INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
option(SOIP_STRICT_WARNINGS "Warn on C casts, hidden virtuals and bases without a virtual destructor" ON)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(soip_common_cfg INTERFACE -Wall -Wextra -Wpedantic)
    # qBittorrent's stricter set: C casts hide what a conversion does, and a hidden virtual or a
    # base without a virtual destructor is a bug waiting to happen.
    if(SOIP_STRICT_WARNINGS)
        target_compile_options(soip_common_cfg INTERFACE -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor)
    endif()
elseif(MSVC)
    target_compile_options(soip_common_cfg INTERFACE /W4 /utf-8)
endif()
target_compile_definitions(soip_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    # A connect without a context object outlives whatever its lambda captured.
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# The version lives in one generated header (soipversion.h), so changing it rebuilds the few files
# that show it, not every file of the project.
configure_file(${CMAKE_CURRENT_LIST_DIR}/soipversion.h.in ${PROJECT_BINARY_DIR}/generated/soipversion.h @ONLY)
target_include_directories(soip_common_cfg INTERFACE ${PROJECT_BINARY_DIR}/generated)
