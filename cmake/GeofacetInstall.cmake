# `cmake --install build [--prefix DIR]`: the programs, the library with its headers as a CMake package
# (find_package(Geofacet), target Geofacet::geofacet) and a pkg-config file (geofacet.pc), the data files
# and the compiled dictionaries. Programs find their files relative to themselves (PREFIX/share/geofacet).
include(CMakePackageConfigHelpers)

install(TARGETS geofacet-index geofacet-query geofacet-analyze geofacet-dictc
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)

set(layer_targets "")
foreach(layer IN LISTS GEOFACET_LAYERS)
  list(APPEND layer_targets geofacet_${layer})
endforeach()
install(TARGETS geofacet ${layer_targets} EXPORT GeofacetTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT devel)
install(EXPORT GeofacetTargets NAMESPACE Geofacet:: FILE GeofacetTargets.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/Geofacet COMPONENT devel)

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/GeofacetConfig.cmake.in
  ${CMAKE_BINARY_DIR}/GeofacetConfig.cmake INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/Geofacet)
write_basic_package_version_file(${CMAKE_BINARY_DIR}/GeofacetConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/GeofacetConfig.cmake ${CMAKE_BINARY_DIR}/GeofacetConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/Geofacet COMPONENT devel)

# pkg-config: the layers in link order, then what they need.
set(GEOFACET_PC_LIBS "")
set(reversed ${GEOFACET_LAYERS})
list(REVERSE reversed)
foreach(layer IN LISTS reversed)
  string(APPEND GEOFACET_PC_LIBS " -lgeofacet_${layer}")
endforeach()
# The prefix as seen from the .pc file's own folder, so that an installed tree can be moved.
file(RELATIVE_PATH GEOFACET_PC_TO_PREFIX /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(${CMAKE_CURRENT_LIST_DIR}/geofacet.pc.in ${CMAKE_BINARY_DIR}/geofacet.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/geofacet.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT devel)

# The search service: its program (the page is compiled into it), a systemd unit, an example configuration and
# nginx site, and the Omega template, in PREFIX/share/geofacet/{deploy,omega}.
install(TARGETS geofacet-serve RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
configure_file(${CMAKE_SOURCE_DIR}/deploy/geofacet-serve.service.in ${CMAKE_BINARY_DIR}/deploy/geofacet-serve.service @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/deploy/geofacet-serve.service ${CMAKE_SOURCE_DIR}/deploy/serve.conf
              ${CMAKE_SOURCE_DIR}/deploy/nginx-geofacet.conf
  DESTINATION ${CMAKE_INSTALL_DATADIR}/geofacet/deploy COMPONENT runtime)
install(FILES ${CMAKE_SOURCE_DIR}/omega/templates/query DESTINATION ${CMAKE_INSTALL_DATADIR}/geofacet/omega/templates
  COMPONENT runtime)
