# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the man pages and the bash completion from the program's own --help texts, so
# that neither can drift from the commands: `cmake -DNEWSROOM=path -DOUT=dir -DVERSION=v
# -P manpages.cmake`. Run at build time, in English (LANG=C.UTF-8).

set(ENV{LANG} C.UTF-8)
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{ASAN_OPTIONS} detect_leaks=0) # a sanitizer build runs it too

function(help out)
    execute_process(COMMAND ${NEWSROOM} ${ARGN} --help OUTPUT_VARIABLE text RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "newsroom ${ARGN} --help failed (${status})")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# roff: a backslash doubled, a leading dot or quote escaped, hyphens of options kept as such.
function(roff out text)
    string(REPLACE "\\" "\\\\" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

help(overview)
string(REGEX MATCH "Commands[^\n]*\n(.*)" _ "${overview}")
set(command_block "${CMAKE_MATCH_1}")
string(REGEX MATCHALL "\n  [a-z][a-z-]+  " found "\n${command_block}")
set(commands "")
foreach(line IN LISTS found)
    string(STRIP "${line}" name)
    list(APPEND commands "${name}")
endforeach()
list(LENGTH commands count)
if(count LESS 20)
    message(FATAL_ERROR "only ${count} commands found in newsroom --help")
endif()

file(REMOVE_RECURSE "${OUT}/man1")
file(MAKE_DIRECTORY "${OUT}/man1")
string(TIMESTAMP today "%Y-%m-%d" UTC)
set(header ".TH NEWSROOM 1 \"${today}\" \"Newsroom ${VERSION}\" \"User Commands\"\n")

# newsroom(1): the overview, and where each command's page is.
roff(body "${overview}")
set(seealso "")
foreach(name IN LISTS commands)
    string(APPEND seealso ".BR newsroom\\-${name} (1)\n")
endforeach()
file(WRITE "${OUT}/man1/newsroom.1"
    "${header}.SH NAME\nnewsroom \\- write, review, schedule and publish news stories\n"
    ".SH DESCRIPTION\n.nf\n${body}\n.fi\n.SH SEE ALSO\n${seealso}")

# newsroom-COMMAND(1) each, and the words bash completes after each command.
set(cases "")
foreach(name IN LISTS commands)
    help(text ${name})
    roff(body "${text}")
    string(REGEX MATCH "\n  ${name} +([^\n]*)" _ "\n${command_block}")
    set(summary "${CMAKE_MATCH_1}")
    roff(summary "${summary}")
    file(WRITE "${OUT}/man1/newsroom-${name}.1"
        "${header}.SH NAME\nnewsroom\\-${name} \\- ${summary}\n.SH SYNOPSIS\n.nf\n${body}\n.fi\n"
        ".SH SEE ALSO\n.BR newsroom (1)\n")
    string(REGEX MATCHALL "\n +--[a-z][a-z-]*" options "\n${text}")
    set(words "")
    foreach(option IN LISTS options)
        string(STRIP "${option}" option)
        list(APPEND words "${option}")
    endforeach()
    list(REMOVE_DUPLICATES words)
    list(JOIN words " " words)
    string(APPEND cases "        ${name}) words=\"${words}\" ;;\n")
endforeach()

list(JOIN commands " " command_words)
file(WRITE "${OUT}/newsroom.bash"
"# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for newsroom (made from its --help texts when it was built)
_newsroom() {
    local cur=\${COMP_WORDS[COMP_CWORD]} command='' word words skip=false
    for word in \"\${COMP_WORDS[@]:1:COMP_CWORD-1}\"; do
        if $skip; then skip=false; continue; fi
        case $word in
        --database|--open|--screenshot) skip=true ;;
        -*) ;;
        *) command=$word; break ;;
        esac
    done
    if [[ -z $command ]]; then
        words=\"${command_words} --database --demo --open --screenshot --help --version\"
    else
        case $command in
${cases}        *) words='' ;;
        esac
    fi
    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))
}
complete -o default -F _newsroom newsroom
")

# Compressed as man and Debian want them, without a time stamp in the header.
file(GLOB pages "${OUT}/man1/*.1")
execute_process(COMMAND gzip -9nf ${pages} COMMAND_ERROR_IS_FATAL ANY)
