# bash completion for vnplan. Install: copy to
# /usr/share/bash-completion/completions/vnplan, or `source` it.
# Commands and options are read from `vnplan --help` and `vnplan CMD --help`,
# so the completion follows the binary it completes.

_vnplan_help_words() {
    # Option names and the {a,b,c} value sets of one help text.
    "$1" "${@:2}" --help 2>/dev/null | sed -n 's/^ \{1,\}\(-[^ ]*\).*/\1/p' | tr ',' '\n'
}

_vnplan() {
    local cur prev words cword
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    local exe=${COMP_WORDS[0]}
    local cmd="" i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            -*) ;;
            *) cmd=${COMP_WORDS[i]}; break ;;
        esac
    done
    if [[ -z $cmd ]]; then
        local cmds
        cmds=$("$exe" --help 2>/dev/null | sed -n '/^Subcommands:/,$ s/^  \([a-z][a-z]*\) .*/\1/p')
        COMPREPLY=($(compgen -W "$cmds --help --version" -- "$cur"))
        return
    fi
    # A value from the {a,b,c} set the help gives for the previous option.
    if [[ $prev == -* ]]; then
        local values
        values=$("$exe" "$cmd" --help 2>/dev/null | grep -E "^ +(-[a-zA-Z],)?$prev[ ,]" |
            sed -n 's/.*{\([^}]*\)}.*/\1/p' | tr ',' ' ')
        if [[ -n $values ]]; then
            COMPREPLY=($(compgen -W "$values" -- "$cur"))
            return
        fi
        if [[ $prev == --enable || $prev == --disable ]]; then
            COMPREPLY=($(compgen -W "$("$exe" validate --list-rules 2>/dev/null | sed -n 's/^\([a-z][a-z-]*\) (.*/\1/p') all" -- "$cur"))
            return
        fi
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_vnplan_help_words "$exe" "$cmd")" -- "$cur"))
        return
    fi
    COMPREPLY=($(compgen -f -- "$cur"))
}

complete -o filenames -F _vnplan vnplan
