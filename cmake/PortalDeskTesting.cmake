# pd_add_test(NAME <tst_name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>] [XVFB] [POSTGRES_ONLY] [TIMEOUT s]
#             [XVFB_SCREEN WxHxD])
# XVFB_SCREEN: the size of the virtual screen under XVFB (1600x1000x24 unless told), for tests about a screen size.
# POSTGRES_ONLY: the test only makes sense on PostgreSQL (e.g. several portald on one database), so it always runs
# through tests/support/with-postgres (a throw-away cluster; exit 77 = skipped loudly when the server is missing).
# One helper registers every test: it links Qt Test, runs offscreen (or under xvfb-run for WebEngine),
# and tells the test where portald lives so integration tests can start a real one.
# Screenshots land in build/screenshots/ for every preset (the place the issues and the user guide name), unless a
# preset or the command line chooses another directory.
set(PD_SCREENSHOT_DIR "${PROJECT_SOURCE_DIR}/build/screenshots" CACHE PATH "where UI tests save their screenshots")

function(pd_add_test)
    cmake_parse_arguments(T "XVFB;POSTGRES_ONLY" "NAME;TIMEOUT;XVFB_SCREEN" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT T_XVFB_SCREEN)
        set(T_XVFB_SCREEN 1600x1000x24)
    endif()
    # One naming pattern for test classes: tst_foo_bar.cpp holds class tst_FooBar, so a failure's class names
    # its file.
    list(GET T_SOURCES 0 first)
    get_filename_component(first "${first}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    if(first MATCHES "/tst_[^/]*\\.cpp$")
        file(STRINGS "${first}" mains REGEX "^QTEST_(GUILESS_|APPLESS_)?MAIN\\(")
        foreach(main IN LISTS mains)
            if(NOT main MATCHES "MAIN\\(tst_")
                message(FATAL_ERROR "${first}: the test class is named ${main}; name it tst_<Name>")
            endif()
        endforeach()
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    if(TARGET pd_testsupport)
        target_link_libraries(${T_NAME} PRIVATE pd_testsupport)
    endif()
    set(cmd $<TARGET_FILE:${T_NAME}>)
    if(T_XVFB)
        set(cmd xvfb-run -a -s "-screen 0 ${T_XVFB_SCREEN}" $<TARGET_FILE:${T_NAME}>)
    endif()
    if(T_POSTGRES_ONLY)
        set(cmd ${PROJECT_SOURCE_DIR}/tests/support/with-postgres ${cmd})
        list(APPEND T_LABELS postgresql)
    endif()
    add_test(NAME ${T_NAME} COMMAND ${cmd})
    set(env
        "QT_QPA_PLATFORM=offscreen"
        "PORTALD_BIN=$<$<TARGET_EXISTS:portald>:$<TARGET_FILE:portald>>"
        "PD_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "PD_BINARY_DIR=${PROJECT_BINARY_DIR}"
        "PD_SCREENSHOT_DIR=${PD_SCREENSHOT_DIR}"
        "QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox --disable-gpu"
        "LANG=C.UTF-8")
    if(T_XVFB)
        list(REMOVE_ITEM env "QT_QPA_PLATFORM=offscreen")
        list(APPEND env "QT_QPA_PLATFORM=xcb")
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}")
    if(T_POSTGRES_ONLY)
        set_tests_properties(${T_NAME} PROPERTIES SKIP_RETURN_CODE 77)
    endif()
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
    if(T_TIMEOUT)
        set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT})
    else()
        set_tests_properties(${T_NAME} PROPERTIES TIMEOUT 300)
    endif()
endfunction()
