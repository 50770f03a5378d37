# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for statelens-cli. The program itself says what fits (statelens-cli __complete WORDS...):
# commands, options, and the namespaces, keys and backup ids of the state being typed.

_statelens_cli()
{
    local cur cword
    local -a words
    if declare -F _get_comp_words_by_ref >/dev/null; then
        # bash-completion (which loads this file): keys may hold ':' or '=', which bash splits words at.
        _get_comp_words_by_ref -n =: cur words cword
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi
    local IFS=$'\n'
    local -a out
    out=($("${words[0]}" __complete "${words[@]:1:cword}" 2>/dev/null)) || return 0
    if [[ ${out[0]-} == ":files" ]]; then
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur"))
        return 0
    fi
    COMPREPLY=("${out[@]}")
    # A namespace ("ns/") is continued with a key: no space after it.
    local c
    for c in "${COMPREPLY[@]}"; do
        if [[ $c == */ ]]; then
            compopt -o nospace 2>/dev/null
            break
        fi
    done
    if declare -F __ltrim_colon_completions >/dev/null; then
        __ltrim_colon_completions "$cur"
    fi
    return 0
}
complete -F _statelens_cli statelens-cli
