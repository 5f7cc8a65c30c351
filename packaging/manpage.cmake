# SPDX-FileCopyrightText: 2026 The Headroom contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Writes headroom-cli(1) from the program's own help, so the man page never disagrees with it: the overview, then
# every command's options. Run: cmake -DCLI=path/to/headroom-cli -DVERSION=x.y.z -DOUTPUT=headroom-cli.1 -P manpage.cmake

function(help_of out)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 ${CLI} ${ARGN}
                    OUTPUT_VARIABLE text RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "headroom-cli ${ARGN} failed: ${status}")
    endif()
    # roff: a backslash is \e, and a line that starts with a dot or an apostrophe would be a request.
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    # The usage line names the program as it was run; the page names it as installed.
    string(REGEX REPLACE "Usage: [^ \n]*headroom-cli" "Usage: headroom-cli" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

help_of(overview --help)
set(page ".TH HEADROOM-CLI 1 \"\" \"Headroom ${VERSION}\" \"User Commands\"
.SH NAME
headroom-cli \\- analyse studio signal chains, find gear that fixes them, render what listeners hear
.SH SYNOPSIS
.B headroom-cli
.I COMMAND
[\\fIOPTIONS\\fR]
.SH DESCRIPTION
The command-line side of Headroom: the same engine, catalog and reports as the desktop program, for scripts and
batch work. Exit status: 0 done; 1 done, and with \\fB--fail-on-verdict\\fR a listener falls short of the target; 2 bad input
or usage.
.PP
.nf
${overview}.fi
.SH COMMANDS
")
foreach(command advise analyze check compare render report gear)
    help_of(text ${command} --help)
    string(APPEND page ".SS ${command}\n.nf\n${text}.fi\n")
endforeach()
string(APPEND page ".SH FILES
.TP
.I share/headroom/catalog.sqlite
the bundled gear catalog, beside the programs' folder (or \\fB$HEADROOM_CATALOG\\fR)
.TP
.I share/headroom/examples/
example projects
.SH SEE ALSO
.BR headroom (1)
")
file(WRITE ${OUTPUT} "${page}")
