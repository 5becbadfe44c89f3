# slipway_add_test(NAME SOURCES src... [LIBRARIES lib...] [LABELS label...]
#                  [NEEDS need...] [LOCKS resource...] [TIMEOUT s])
#
# One Qt Test executable per test class, registered with CTest and linked with
# slipway_testsupport (tests/support). Every test runs with the offscreen platform (GUI tests
# grab real widgets there), a private HOME/XDG tree in the build directory so no test touches
# the user's files, and SLIPWAY_SOURCE_DIR to find tests/data.
#
# NEEDS names what the machine must have for the test to run; each becomes a CTest label of
# the same name, so that `ctest -L podman` runs exactly the tests that need Podman and
# `ctest -LE "podman|root"` the others:
#   podman   Podman and its base image (packaging/buildroot/base-image.sh)
#   docker   dockerd and the docker client (the test starts a daemon of its own)
#   root     root: network namespaces, veth pairs, sshd, a Docker daemon
#   keyring  dbus-daemon and gnome-keyring-daemon (a Secret Service on a private bus)
# Each need but keyring is also a resource that tests share (RESOURCE_LOCK podman-store,
# docker-daemon, network-namespaces), so `ctest -j` never runs two of them at once; LOCKS
# names any other shared resource. No test needs a display: the GUI tests run on the
# offscreen platform.
# A test whose need is missing skips (SLIPWAY_SKIP_OR_FAIL in tests/support/testpaths.h) and
# CTest reports it skipped, not passed; in the build root (SLIPWAY_IN_BUILDROOT), which has
# them all, it fails instead. QtTest's skip line must carry the "[need missing]" marker: CTest
# takes a marked skip as skipped (its skip expression wins over the fail expression) and any
# other QSKIP as a failure, so that no skip passes unnoticed.
set(SLIPWAY_TEST_NEEDS podman docker root keyring)

function(slipway_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 T "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;NEEDS;LOCKS")
    foreach(need IN LISTS T_NEEDS)
        if(NOT need IN_LIST SLIPWAY_TEST_NEEDS)
            message(FATAL_ERROR "slipway_add_test(${name}): unknown need '${need}' "
                                "(one of: ${SLIPWAY_TEST_NEEDS})")
        endif()
    endforeach()
    qt_add_executable(${name} ${T_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE Qt6::Test slipway_testsupport ${T_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    set(home "${CMAKE_BINARY_DIR}/test-home/${name}")
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set(labels ${T_LABELS} ${T_NEEDS})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${labels}"
        SKIP_REGULAR_EXPRESSION "SKIP   : [^\n]*\\[need missing\\]"
        FAIL_REGULAR_EXPRESSION "SKIP   : "
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_DATA_HOME=${home}/data;XDG_CONFIG_HOME=${home}/config;XDG_CACHE_HOME=${home}/cache;SLIPWAY_SOURCE_DIR=${PROJECT_SOURCE_DIR};SLIPWAY_BINARY_DIR=${CMAKE_BINARY_DIR};SLIPWAY_SCREENSHOT_DIR=${CMAKE_BINARY_DIR}/screenshots")
    # What tests share and must not use at once under `ctest -j`: the Podman store and its
    # networks, the Docker daemon, the network namespaces and their address pool.
    set(locks ${T_LOCKS})
    if(podman IN_LIST T_NEEDS)
        list(APPEND locks podman-store)
    endif()
    if(docker IN_LIST T_NEEDS)
        list(APPEND locks docker-daemon)
    endif()
    if(root IN_LIST T_NEEDS)
        list(APPEND locks network-namespaces)
    endif()
    if(locks)
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK "${locks}")
    endif()
    file(MAKE_DIRECTORY "${home}")
endfunction()
