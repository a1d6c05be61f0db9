# Compile settings every target of the project shares (qBittorrent's qbt_common_cfg pattern).
add_library(soip_common_cfg INTERFACE)
target_compile_features(soip_common_cfg INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(soip_common_cfg INTERFACE -Wall -Wextra -Wpedantic)
elseif(MSVC)
    target_compile_options(soip_common_cfg INTERFACE /W4 /utf-8)
endif()
target_compile_definitions(soip_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SOIP_VERSION="${PROJECT_VERSION}")
