# cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P CheckFormat.cmake: fails, naming the files, when a
# C++ source of the project differs from what clang-format makes of it.
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/portal/*.cpp ${SOURCE_DIR}/portal/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
list(FILTER sources EXCLUDE REGEX "(^|/)build[^/]*/")
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${sources}
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE result
    ERROR_VARIABLE differences)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Not formatted with .clang-format (run clang-format -i on these):\n${differences}")
endif()
list(LENGTH sources count)
message(STATUS "${count} sources formatted")
