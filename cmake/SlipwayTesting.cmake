# slipway_add_test(NAME SOURCES src... [LIBRARIES lib...] [LABELS label...] [TIMEOUT s])
#
# One Qt Test executable per test class, registered with CTest. Every test runs with the
# offscreen platform (GUI tests grab real widgets there), a private HOME/XDG tree in the build
# directory so no test touches the user's files, and SLIPWAY_SOURCE_DIR to find tests/data.
function(slipway_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 T "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS")
    qt_add_executable(${name} ${T_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    set(home "${CMAKE_BINARY_DIR}/test-home/${name}")
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_DATA_HOME=${home}/data;XDG_CONFIG_HOME=${home}/config;XDG_CACHE_HOME=${home}/cache;SLIPWAY_SOURCE_DIR=${PROJECT_SOURCE_DIR};SLIPWAY_BINARY_DIR=${CMAKE_BINARY_DIR};SLIPWAY_SCREENSHOT_DIR=${CMAKE_BINARY_DIR}/screenshots")
    file(MAKE_DIRECTORY "${home}")
endfunction()
