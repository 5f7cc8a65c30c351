# SPDX-FileCopyrightText: 2026 The Headroom contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Writes the package's machine-readable copyright file (DEP-5, as Debian packages carry): every file under the code's
# licence unless .reuse/dep5 says otherwise, then the full text of each licence used.
# Usage: cmake -DSOURCE_DIR=… -DOUTPUT=… -P copyright.cmake
file(READ "${SOURCE_DIR}/.reuse/dep5" dep5)
string(REGEX REPLACE "^(Format:[^\n]*\nUpstream-Name:[^\n]*\n)\n" "" stanzas "${dep5}")
set(text "${CMAKE_MATCH_1}Upstream-Contact: The Headroom contributors\n\n")
string(APPEND text "Files: *\nCopyright: 2026 The Headroom contributors\nLicense: GPL-3.0-or-later\n\n"
                  "Files: *.md docs/* database/catalog/README.md\nCopyright: 2026 The Headroom contributors\nLicense: CC-BY-4.0\n\n"
                  "Files: packaging/*.metainfo.xml\nCopyright: 2026 The Headroom contributors\nLicense: CC0-1.0\n\n${stanzas}")
foreach(licence GPL-3.0-or-later CC-BY-4.0 CC0-1.0)
    file(READ "${SOURCE_DIR}/LICENSES/${licence}.txt" body)
    string(REGEX REPLACE "\n+$" "" body "${body}")
    string(REGEX REPLACE "\n\n" "\n.\n" body "${body}") # DEP-5: an empty line in a licence text is " ."
    string(REGEX REPLACE "\n\n" "\n.\n" body "${body}")
    string(REPLACE "\n" "\n " body "${body}")
    string(APPEND text "\nLicense: ${licence}\n ${body}\n")
endforeach()
file(WRITE "${OUTPUT}" "${text}")
