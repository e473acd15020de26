#!/usr/bin/env bash
# The bash completion completes commands, options, option values and rules
# from the binary's own help. usage: completion.sh VNPLAN PROJECT_DIR
set -u
vnplan=$1
source "$2/completion/vnplan.bash"
fail=0
complete_words() {  # words... -> COMPREPLY for the last one
    COMP_WORDS=("$vnplan" "$@")
    COMP_CWORD=$#
    COMPREPLY=()
    _vnplan
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
check() {  # expected, then words
    local want=$1; shift
    local got; got=$(complete_words "$@")
    if [[ " $got " != *" $want "* ]]; then
        echo "completion of '$*' lacks '$want': got '$got'"; fail=1
    fi
}
check outline out
check validate va
check --format validate --fo
check sarif validate --format s
check jsonl tasks --format js
check numbering-gap validate --enable numbering-g
check --kind tasks --ki
got=$(complete_words diff --format x); [[ -z "${got// /}" ]] || { echo "no value starts with x: got $got"; fail=1; }
if [[ $fail == 0 ]]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit $fail
