# SPDX-License-Identifier: GPL-3.0-or-later
# fish completion for statelens-cli. The program itself says what fits (statelens-cli __complete WORDS...):
# commands, options, and the namespaces, keys and backup ids of the state being typed.

function __statelens_cli_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l out ($tokens[1] __complete $tokens[2..-1] "$current" 2>/dev/null)
    if test "$out[1]" = ":files"
        __fish_complete_path "$current"
        return
    end
    printf '%s\n' $out
end

complete -c statelens-cli -f -a '(__statelens_cli_complete)'
