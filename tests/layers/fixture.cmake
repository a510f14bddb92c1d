# Two layers for tst_layers_lowincludeshigh: high links low; low includes high anyway.
set(layers low high)
set(root_low "${CMAKE_CURRENT_LIST_DIR}")
set(files_low "${CMAKE_CURRENT_LIST_DIR}/low/lowpart.h")
set(uses_low "")
set(root_high "${CMAKE_CURRENT_LIST_DIR}")
set(files_high "${CMAKE_CURRENT_LIST_DIR}/high/highpart.h")
set(uses_high "low")
