# pd_add_test(NAME <tst_name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>] [XVFB] [TIMEOUT s])
# One helper registers every test: it links Qt Test, runs offscreen (or under xvfb-run for WebEngine),
# and tells the test where portald lives so integration tests can start a real one.
function(pd_add_test)
    cmake_parse_arguments(T "XVFB" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    if(TARGET pd_testsupport)
        target_link_libraries(${T_NAME} PRIVATE pd_testsupport)
    endif()
    set(cmd $<TARGET_FILE:${T_NAME}>)
    if(T_XVFB)
        set(cmd xvfb-run -a -s "-screen 0 1600x1000x24" $<TARGET_FILE:${T_NAME}>)
    endif()
    add_test(NAME ${T_NAME} COMMAND ${cmd})
    set(env
        "QT_QPA_PLATFORM=offscreen"
        "PORTALD_BIN=$<$<TARGET_EXISTS:portald>:$<TARGET_FILE:portald>>"
        "PD_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "PD_BINARY_DIR=${PROJECT_BINARY_DIR}"
        "PD_SCREENSHOT_DIR=${PROJECT_BINARY_DIR}/screenshots"
        "QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox --disable-gpu"
        "LANG=C.UTF-8")
    if(T_XVFB)
        list(REMOVE_ITEM env "QT_QPA_PLATFORM=offscreen")
        list(APPEND env "QT_QPA_PLATFORM=xcb")
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}")
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
    if(T_TIMEOUT)
        set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT})
    else()
        set_tests_properties(${T_NAME} PROPERTIES TIMEOUT 300)
    endif()
endfunction()
