# libphonenumber ships no CMake config or pkg-config file on Debian; upstream and Homebrew builds
# export libphonenumber::phonenumber-shared. Prefer that, fall back to a plain header/library search.
# Defines the imported target PhoneNumber::PhoneNumber.
find_package(libphonenumber CONFIG QUIET)
if(TARGET libphonenumber::phonenumber-shared)
    add_library(PhoneNumber::PhoneNumber INTERFACE IMPORTED)
    target_link_libraries(PhoneNumber::PhoneNumber INTERFACE libphonenumber::phonenumber-shared)
    set(PhoneNumber_FOUND TRUE)
    return()
endif()
# vcpkg's port (Windows CI) is static-only and exports libphonenumber::phonenumber, which carries
# its protobuf, abseil, ICU and RE2 dependencies.
if(TARGET libphonenumber::phonenumber)
    add_library(PhoneNumber::PhoneNumber INTERFACE IMPORTED)
    target_link_libraries(PhoneNumber::PhoneNumber INTERFACE libphonenumber::phonenumber)
    set(PhoneNumber_FOUND TRUE)
    return()
endif()

find_path(PhoneNumber_INCLUDE_DIR phonenumbers/phonenumberutil.h)
find_library(PhoneNumber_LIBRARY NAMES phonenumber)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PhoneNumber REQUIRED_VARS PhoneNumber_LIBRARY PhoneNumber_INCLUDE_DIR)

if(PhoneNumber_FOUND AND NOT TARGET PhoneNumber::PhoneNumber)
    add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        IMPORTED_LOCATION "${PhoneNumber_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PhoneNumber_INCLUDE_DIR}")
endif()
mark_as_advanced(PhoneNumber_INCLUDE_DIR PhoneNumber_LIBRARY)
