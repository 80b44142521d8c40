# CPack: two Debian packages from one build — portaldesk (the desktop client, its CLI and plugins) and portald (the
# server and its service files). Depends come from dpkg-shlibdeps; what is loaded as a Qt plugin at run time
# (SQL drivers, image formats) cannot be seen by it and is listed by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME portaldesk)
set(CPACK_PACKAGE_VENDOR "The PortalDesk contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${PD_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# /etc/portald/portald.conf has an absolute destination, which the DEB generator stages through DESTDIR by itself.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL portaldesk portald)

# Empty on purpose: otherwise CPack puts the project's description in front of each package's own synopsis line
# (the first line of CPACK_DEBIAN_<COMPONENT>_DESCRIPTION).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PD_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PD_PACKAGE_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_PORTALDESK_PACKAGE_NAME portaldesk)
set(CPACK_DEBIAN_PORTALDESK_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PORTALDESK_DESCRIPTION "desktop back office for a government portal (门户编辑台)
PortalDesk is the desktop application in which the staff of a city government
portal write news, feature pages (专题) and government information disclosure
(政府信息公开) items, review and publish them through a multi-level workflow,
and run live text-and-photo broadcasts. Drafts and actions are kept locally
and sent when the network is back.

This package contains portaldesk, the command-line client portaldesk-cli and
the panel plugins.")
# Loaded as Qt plugins, invisible to dpkg-shlibdeps: the local store (SQLite), WebP/TIFF and HEIC/AVIF photos.
set(CPACK_DEBIAN_PORTALDESK_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PORTALDESK_PACKAGE_RECOMMENDS "qt6-image-formats-plugins, kimageformat6-plugins, fonts-noto-cjk, qt6-translations-l10n")

set(CPACK_DEBIAN_PORTALD_PACKAGE_NAME portald)
set(CPACK_DEBIAN_PORTALD_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PORTALD_DESCRIPTION "PortalDesk reference portal server
portald serves the REST API and event stream that the PortalDesk client uses,
runs the review workflow, stores media, handles live broadcasts and writes
the public site as static HTML for nginx to serve. It keeps its data in
SQLite or PostgreSQL; several instances can share one PostgreSQL database.

This package runs portald as a systemd service under its own user, reads
/etc/portald/portald.conf and includes an example nginx site.")
set(CPACK_DEBIAN_PORTALD_PACKAGE_DEPENDS "libqt6sql6-sqlite, passwd")
set(CPACK_DEBIAN_PORTALD_PACKAGE_RECOMMENDS "nginx")
set(CPACK_DEBIAN_PORTALD_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")
set(CPACK_DEBIAN_PORTALD_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/portald/postinst
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/portald/postrm
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/portald/conffiles)

include(CPack)
