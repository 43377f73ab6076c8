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
# The page's title, and no hyphenation: names of commands and options break badly.
function(header out title)
    set(${out} ".TH ${title} 1 \"${today}\" \"Newsroom ${VERSION}\" \"User Commands\"\n.nh\n" PARENT_SCOPE)
endfunction()
string(CONCAT exit_status ".SH EXIT STATUS\n.TP\n0\nDone.\n.TP\n1\nThe command ran and failed; stored data is unchanged.\n"
    ".TP\n2\nThe command line is wrong.\n.TP\n3\nA conflict with someone else's change, or a permission refused.\n")
string(CONCAT environment ".SH ENVIRONMENT\n.TP\n.B NEWSROOM_DATABASE\nThe newsroom to use when \\-\\-database is not given: "
    "sqlite:PATH or postgresql://user@host:port/database. Without either, the file newsroom.db in "
    "~/.local/share/Newsroom/Newsroom.\n.TP\n.B LANG, LC_MESSAGES, LANGUAGE\nThe language of the messages: "
    "Russian, Kazakh or English.\n")

# newsroom(1): the overview, and where each command's page is.
roff(body "${overview}")
set(seealso "")
foreach(name IN LISTS commands)
    string(APPEND seealso ".BR newsroom\\-${name} (1),\n")
endforeach()
string(REGEX REPLACE ",\n$" "\n" seealso "${seealso}")
header(top NEWSROOM)
file(WRITE "${OUT}/man1/newsroom.1"
    "${top}.SH NAME\nnewsroom \\- write, review, schedule and publish news stories\n"
    ".SH DESCRIPTION\n.nf\n${body}\n.fi\n${exit_status}${environment}.SH SEE ALSO\n${seealso}")

# newsroom-COMMAND(1) each, and the words bash completes after each command.
set(cases "")
foreach(name IN LISTS commands)
    help(text ${name})
    roff(body "${text}")
    string(REGEX MATCH "\n  ${name} +([^\n]*)" _ "\n${command_block}")
    set(summary "${CMAKE_MATCH_1}")
    roff(summary "${summary}")
    # The help's first line is the synopsis, its second the description (filled, as
    # prose), the rest the options and arguments as they are laid out.
    string(REGEX MATCH "^Usage: ([^\n]*)\n([^\n]*)\n(.*)$" _ "${text}")
    roff(synopsis "${CMAKE_MATCH_1}")
    roff(description "${CMAKE_MATCH_2}")
    roff(options_text "${CMAKE_MATCH_3}")
    string(TOUPPER "NEWSROOM-${name}" title)
    header(top "${title}")
    file(WRITE "${OUT}/man1/newsroom-${name}.1"
        "${top}.SH NAME\nnewsroom\\-${name} \\- ${summary}\n.SH SYNOPSIS\n.nf\n${synopsis}\n.fi\n"
        ".SH DESCRIPTION\n${description}\n.SH OPTIONS\n.nf\n${options_text}\n.fi\n${exit_status}"
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
    # Options followed by a value (a file, a folder, a state): after them bash offers files.
    string(REGEX MATCHALL "\n +--[a-z][a-z-]* <" valued "\n${text}")
    foreach(option IN LISTS valued)
        string(REGEX REPLACE "[\n <]" "" option "${option}")
        list(APPEND takes_value "${option}")
    endforeach()
endforeach()
list(APPEND takes_value --database --open --screenshot)
list(REMOVE_DUPLICATES takes_value)
list(JOIN takes_value "|" takes_value)

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
    # After an option that takes a value: files (complete -o default), not option names.
    case \${COMP_WORDS[COMP_CWORD-1]} in
    ${takes_value}) COMPREPLY=(); return ;;
    esac
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
