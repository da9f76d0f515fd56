# SPDX-License-Identifier: MIT
# One interface target carries the project's compile options; every kvdoctor target links it.
add_library(kvdoctor_options INTERFACE)
add_library(kvdoctor::options ALIAS kvdoctor_options)
target_compile_definitions(kvdoctor_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060500
    KVDOCTOR_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(kvdoctor_options INTERFACE /W4 /permissive- /utf-8)
    if(KVDOCTOR_WERROR)
        target_compile_options(kvdoctor_options INTERFACE /WX)
    endif()
else()
    target_compile_options(kvdoctor_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough)
    if(KVDOCTOR_WERROR)
        target_compile_options(kvdoctor_options INTERFACE -Werror)
    endif()
endif()

# yaml-cpp 0.8 exports yaml-cpp::yaml-cpp, 0.7 only yaml-cpp.
if(TARGET yaml-cpp::yaml-cpp)
    set(KVDOCTOR_YAML_TARGET yaml-cpp::yaml-cpp)
else()
    set(KVDOCTOR_YAML_TARGET yaml-cpp)
endif()
