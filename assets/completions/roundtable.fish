# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_roundtable_global_optspecs
    string join \n db= config= passphrase-file= lang= demo scale= h/help V/version
end

function __fish_roundtable_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_roundtable_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_roundtable_using_subcommand
    set -l cmd (__fish_roundtable_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c roundtable -n "__fish_roundtable_needs_command" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_needs_command" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_needs_command" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_needs_command" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_needs_command" -l scale -d 'With --demo: a synthetic town of N stakeholders (about ten notes each), for measuring; default file demo-N.redb in the data folder' -r
complete -c roundtable -n "__fish_roundtable_needs_command" -l demo -d 'Open a demo town (created and filled when the file does not exist; default demo.redb in the data folder)'
complete -c roundtable -n "__fish_roundtable_needs_command" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_needs_command" -s V -l version -d 'Print version'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "dump" -d 'Write every record as JSON (see docs/dump-format.md)'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "restore" -d 'Load a dump into a new or empty database (validated first, then one transaction)'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "check" -d 'Verify the database file: pages, records, references and the audit trail'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "backup" -d 'Write a consistent copy of the database, even while it is in use'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "export" -d 'Minutes or a feedback sheet for one recipient (filtered by the sharing labels), or the stakeholder list'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "import" -d 'Import from a spreadsheet export'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "audit" -d 'Print the audit trail'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "config" -d 'Print a commented config file with every setting at its default, or the names of the key bindings for its [keys] table'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "completions" -d 'Print shell completions: roundtable completions bash > /etc/bash_completion.d/roundtable'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "man" -d 'Print the manual page (roff): roundtable man | man -l -'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "actions" -d 'List open actions, overdue first (owners from protected sources read "a partner")'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "pipeline" -d 'Step 1: who is identified, approached, met, engaged or declined, and since when'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "report" -d 'The yearly activity report for the mayor and the funder: figures only, small counts suppressed, charts as text tables (Markdown)'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "action" -d 'Mark an action done, cancel it, reassign it or move its due date'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "retention" -d 'What the agreed retention periods make due: closed cases (the default) and old exports'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "erase" -d 'Erase a case or a person (the right to erasure); see docs/security.md'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "init" -d 'Create an encrypted database (asks for a passphrase twice; prints a recovery key once, to keep on paper in a safe place)'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "encrypt" -d 'Encrypt a plain database (a new file, then put in place)'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "passphrase" -d 'Set or change your passphrase (from the one-time code of `team add`, your current passphrase, or the recovery key)'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "team" -d 'Who has access to an encrypted database'
complete -c roundtable -n "__fish_roundtable_needs_command" -f -a "help" -d 'Print this message or the help of a command'
complete -c roundtable -n "__fish_roundtable_using_subcommand dump" -l out -d 'Output file [default: standard output]; a new private file (0600)' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand dump" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand dump" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand dump" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand dump" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand dump" -l force -d 'Replace an existing --out file (never a symbolic link, never the database)'
complete -c roundtable -n "__fish_roundtable_using_subcommand dump" -l salvage -d 'Read what can be read of a damaged database (repaired in memory; nothing is written to it)'
complete -c roundtable -n "__fish_roundtable_using_subcommand dump" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand restore" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand restore" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand restore" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand restore" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand restore" -l force -d 'Replace the contents of a non-empty database'
complete -c roundtable -n "__fish_roundtable_using_subcommand restore" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand check" -l witness -d 'Also confirm that the trail still holds the entry an export witnessed (the `SEQ:HASH` printed at the end of every export)' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand check" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand check" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand check" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand check" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand check" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand backup" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand backup" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand backup" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand backup" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand backup" -l salvage -d 'Copy what can be read of a damaged database (repaired in memory; nothing is written to it)'
complete -c roundtable -n "__fish_roundtable_using_subcommand backup" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and not __fish_seen_subcommand_from minutes agenda feedback handout person stakeholders help" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and not __fish_seen_subcommand_from minutes agenda feedback handout person stakeholders help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and not __fish_seen_subcommand_from minutes agenda feedback handout person stakeholders help" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and not __fish_seen_subcommand_from minutes agenda feedback handout person stakeholders help" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and not __fish_seen_subcommand_from minutes agenda feedback handout person stakeholders help" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and not __fish_seen_subcommand_from minutes agenda feedback handout person stakeholders help" -f -a "minutes" -d 'The minutes of a session as one recipient may receive them'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and not __fish_seen_subcommand_from minutes agenda feedback handout person stakeholders help" -f -a "agenda" -d 'A session\'s invitation and agenda as one recipient may receive it'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and not __fish_seen_subcommand_from minutes agenda feedback handout person stakeholders help" -f -a "feedback" -d 'A case\'s feedback sheet: decisions and actions agreed by consensus, no notes'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and not __fish_seen_subcommand_from minutes agenda feedback handout person stakeholders help" -f -a "handout" -d 'A handout for a group (Markdown): a mini-network\'s member directory, its lessons and exchange notes, or the sharing agreement and rules'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and not __fish_seen_subcommand_from minutes agenda feedback handout person stakeholders help" -f -a "person" -d 'Everything held about one person, for a subject access request'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and not __fish_seen_subcommand_from minutes agenda feedback handout person stakeholders help" -f -a "stakeholders" -d 'The stakeholder list (not archived) as CSV for Excel, or JSON'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and not __fish_seen_subcommand_from minutes agenda feedback handout person stakeholders help" -f -a "help" -d 'Print this message or the help of a command'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from minutes" -l session -d 'The session\'s id (shown in the Round tables tab)' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from minutes" -l for -d 'The recipient: a stakeholder\'s id (a number, e.g. 17) or name; a name that fits more than one person is refused, listing them with their ids' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from minutes" -l format -d 'Output format: md (Markdown) or txt (plain text) [default: md] [possible values: md, txt]' -r -f -a "md\t''
txt\t''"
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from minutes" -l out -d 'Output file [default: standard output]; a new private file (0600)' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from minutes" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from minutes" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from minutes" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from minutes" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from minutes" -l force -d 'Replace an existing --out file (never a symbolic link, never the database)'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from minutes" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from agenda" -l session -d 'The session\'s id (shown in the Round tables tab)' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from agenda" -l for -d 'The recipient: a stakeholder\'s id (a number, e.g. 17) or name; a name that fits more than one person is refused, listing them with their ids' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from agenda" -l format -d 'Output format: md (Markdown) or txt (plain text) [default: md] [possible values: md, txt]' -r -f -a "md\t''
txt\t''"
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from agenda" -l out -d 'Output file [default: standard output]; a new private file (0600)' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from agenda" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from agenda" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from agenda" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from agenda" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from agenda" -l force -d 'Replace an existing --out file (never a symbolic link, never the database)'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from agenda" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from feedback" -l case -d 'The case reference, RT-YYYY-NNN' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from feedback" -l for -d 'The recipient (the referrer or the police): a stakeholder\'s id (a number, e.g. 17) or name; a name that fits more than one person is refused' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from feedback" -l format -d 'Output format: md (Markdown) or txt (plain text) [default: md] [possible values: md, txt]' -r -f -a "md\t''
txt\t''"
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from feedback" -l out -d 'Output file [default: standard output]; a new private file (0600)' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from feedback" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from feedback" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from feedback" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from feedback" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from feedback" -l force -d 'Replace an existing --out file (never a symbolic link, never the database)'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from feedback" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from handout" -l network -d 'The mini-network: its id or name (not needed for the agreement)' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from handout" -l out -d 'Output file [default: standard output]; a new private file (0600)' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from handout" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from handout" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from handout" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from handout" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from handout" -l force -d 'Replace an existing --out file (never a symbolic link, never the database)'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from handout" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from person" -l format -d 'Output format: md (Markdown) or txt (plain text) [default: md] [possible values: md, txt]' -r -f -a "md\t''
txt\t''"
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from person" -l out -d 'Output file [default: standard output]; a new private file (0600)' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from person" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from person" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from person" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from person" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from person" -l force -d 'Replace an existing --out file (never a symbolic link, never the database)'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from person" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from stakeholders" -l format -d 'Output format: csv (for Excel, see --sep and --bom) or json [default: csv] [possible values: csv, json]' -r -f -a "csv\t''
json\t''"
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from stakeholders" -l sep -d 'Column separator for CSV [default: ;]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from stakeholders" -l out -d 'Output file [default: standard output]; a new private file (0600)' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from stakeholders" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from stakeholders" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from stakeholders" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from stakeholders" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from stakeholders" -l bom -d 'Start the CSV with a UTF-8 byte-order mark (Excel needs it for accents)'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from stakeholders" -l force -d 'Replace an existing --out file (never a symbolic link, never the database)'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from stakeholders" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "minutes" -d 'The minutes of a session as one recipient may receive them'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "agenda" -d 'A session\'s invitation and agenda as one recipient may receive it'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "feedback" -d 'A case\'s feedback sheet: decisions and actions agreed by consensus, no notes'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "handout" -d 'A handout for a group (Markdown): a mini-network\'s member directory, its lessons and exchange notes, or the sharing agreement and rules'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "person" -d 'Everything held about one person, for a subject access request'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "stakeholders" -d 'The stakeholder list (not archived) as CSV for Excel, or JSON'
complete -c roundtable -n "__fish_roundtable_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of a command'
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and not __fish_seen_subcommand_from stakeholders help" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and not __fish_seen_subcommand_from stakeholders help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and not __fish_seen_subcommand_from stakeholders help" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and not __fish_seen_subcommand_from stakeholders help" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and not __fish_seen_subcommand_from stakeholders help" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and not __fish_seen_subcommand_from stakeholders help" -f -a "stakeholders" -d 'Stakeholders from a CSV file (`;` `,` or tab; UTF-8 or Windows-1252; English, French or Dutch headers), an Outlook or Google Contacts export, or vCards (.vcf)'
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and not __fish_seen_subcommand_from stakeholders help" -f -a "help" -d 'Print this message or the help of a command'
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and __fish_seen_subcommand_from stakeholders" -l mapping -d 'Column to field, overriding the automatic mapping: `Wie=name,Waar=organisation,Extra=ignore`' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and __fish_seen_subcommand_from stakeholders" -l only-category -d 'Only contacts in this category or group (Outlook categories, Google labels, vCard CATEGORIES); repeat for several' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and __fish_seen_subcommand_from stakeholders" -l on-duplicate -d 'What to do with people already known (same name and organisation, or e-mail) [default: skip] [possible values: skip, merge]' -r -f -a "skip\t'Leave the known record as it is'
merge\t'Fill the known record\'s empty fields from the row'"
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and __fish_seen_subcommand_from stakeholders" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and __fish_seen_subcommand_from stakeholders" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and __fish_seen_subcommand_from stakeholders" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and __fish_seen_subcommand_from stakeholders" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and __fish_seen_subcommand_from stakeholders" -l dry-run -d 'Check and report only; write nothing'
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and __fish_seen_subcommand_from stakeholders" -l skip-invalid -d 'Import the valid rows even if others are invalid (the refused rows are written beside the file, as NAME-refused.csv, to fix and import again)'
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and __fish_seen_subcommand_from stakeholders" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "stakeholders" -d 'Stakeholders from a CSV file (`;` `,` or tab; UTF-8 or Windows-1252; English, French or Dutch headers), an Outlook or Google Contacts export, or vCards (.vcf)'
complete -c roundtable -n "__fish_roundtable_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of a command'
complete -c roundtable -n "__fish_roundtable_using_subcommand audit" -l case -d 'Only entries about this case (RT-YYYY-NNN)' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand audit" -l since -d 'Only entries from this date on (2026-11-01, -30d)' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand audit" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand audit" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand audit" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand audit" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand audit" -l superseded -d 'Only exports that held a note corrected or retracted since: whom to re-send'
complete -c roundtable -n "__fish_roundtable_using_subcommand audit" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand config" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand config" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand config" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand config" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand config" -l default -d 'A commented config file with every setting at its default'
complete -c roundtable -n "__fish_roundtable_using_subcommand config" -l keys -d 'Every key binding\'s name, keys and what it does'
complete -c roundtable -n "__fish_roundtable_using_subcommand config" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand completions" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand completions" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand completions" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand completions" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand completions" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand man" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand man" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand man" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand man" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand man" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand actions" -l owner -d 'Only actions of this owner (part of the name)' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand actions" -l case -d 'Only actions of this case (RT-YYYY-NNN)' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand actions" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand actions" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand actions" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand actions" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand actions" -l overdue -d 'Only overdue actions'
complete -c roundtable -n "__fish_roundtable_using_subcommand actions" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand pipeline" -l stage -d 'Only people at this stage (identified, approached, met, engaged, declined)' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand pipeline" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand pipeline" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand pipeline" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand pipeline" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand pipeline" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand report" -l year -d 'The calendar year [default: this year]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand report" -l out -d 'Output file [default: standard output]; a new private file (0600)' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand report" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand report" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand report" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand report" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand report" -l force -d 'Replace an existing --out file (never a symbolic link, never the database)'
complete -c roundtable -n "__fish_roundtable_using_subcommand report" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and not __fish_seen_subcommand_from done cancel reassign due help" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and not __fish_seen_subcommand_from done cancel reassign due help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and not __fish_seen_subcommand_from done cancel reassign due help" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and not __fish_seen_subcommand_from done cancel reassign due help" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and not __fish_seen_subcommand_from done cancel reassign due help" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and not __fish_seen_subcommand_from done cancel reassign due help" -f -a "done" -d 'Mark an open action done'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and not __fish_seen_subcommand_from done cancel reassign due help" -f -a "cancel" -d 'Cancel an open action, with a reason'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and not __fish_seen_subcommand_from done cancel reassign due help" -f -a "reassign" -d 'Give an open action to another partner'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and not __fish_seen_subcommand_from done cancel reassign due help" -f -a "due" -d 'Move an open action\'s due date: 2026-12-01, +3d, +2w'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and not __fish_seen_subcommand_from done cancel reassign due help" -f -a "help" -d 'Print this message or the help of a command'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from done" -l result -d 'A short result, one line' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from done" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from done" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from done" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from done" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from cancel" -l reason -d 'Why it is cancelled, one line' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from cancel" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from cancel" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from cancel" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from cancel" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from reassign" -l to -d 'The new owner\'s name (as in the stakeholder list)' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from reassign" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from reassign" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from reassign" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from reassign" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from reassign" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from due" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from due" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from due" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from due" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from due" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark an open action done'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel an open action, with a reason'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "reassign" -d 'Give an open action to another partner'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "due" -d 'Move an open action\'s due date: 2026-12-01, +3d, +2w'
complete -c roundtable -n "__fish_roundtable_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of a command'
complete -c roundtable -n "__fish_roundtable_using_subcommand retention" -l dir -d 'The export folder [default: export_dir of the config, else ~/roundtable-exports]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand retention" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand retention" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand retention" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand retention" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand retention" -l due -d 'List the closed cases due for erasure (references and dates only)'
complete -c roundtable -n "__fish_roundtable_using_subcommand retention" -l exports -d 'List the exports older than the agreed number of days'
complete -c roundtable -n "__fish_roundtable_using_subcommand retention" -l remove -d 'With --exports: remove them (recorded on the audit trail)'
complete -c roundtable -n "__fish_roundtable_using_subcommand retention" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and not __fish_seen_subcommand_from case person help" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and not __fish_seen_subcommand_from case person help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and not __fish_seen_subcommand_from case person help" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and not __fish_seen_subcommand_from case person help" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and not __fish_seen_subcommand_from case person help" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and not __fish_seen_subcommand_from case person help" -f -a "case" -d 'Erase a case: its notes, actions, decisions and drafts; its reference stays'
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and not __fish_seen_subcommand_from case person help" -f -a "person" -d 'Erase a person: their record becomes "a former partner", their contact log goes'
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and not __fish_seen_subcommand_from case person help" -f -a "help" -d 'Print this message or the help of a command'
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from case" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from case" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from case" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from case" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from case" -l yes -d 'Erase; without it, only say what would be erased'
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from case" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from person" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from person" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from person" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from person" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from person" -l yes -d 'Erase; without it, only say what would be erased'
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from person" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from help" -f -a "case" -d 'Erase a case: its notes, actions, decisions and drafts; its reference stays'
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from help" -f -a "person" -d 'Erase a person: their record becomes "a former partner", their contact log goes'
complete -c roundtable -n "__fish_roundtable_using_subcommand erase; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of a command'
complete -c roundtable -n "__fish_roundtable_using_subcommand init" -l group -d 'Share it with this Unix group: file 0660 in a setgid 2770 folder' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand init" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand init" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand init" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand init" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand init" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand encrypt" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand encrypt" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand encrypt" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand encrypt" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand encrypt" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand passphrase" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand passphrase" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand passphrase" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand passphrase" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand passphrase" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and not __fish_seen_subcommand_from add list remove help" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and not __fish_seen_subcommand_from add list remove help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and not __fish_seen_subcommand_from add list remove help" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and not __fish_seen_subcommand_from add list remove help" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Give a colleague (a Unix account) access: prints a one-time code for them, which they replace with their own passphrase (`roundtable passphrase`)'
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'Who has access'
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Take someone\'s access away; the data key is replaced, so that a copy of the old one opens nothing written afterwards'
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of a command'
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from add" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from add" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from list" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from remove" -l db -d 'Database file [default: $ROUNDTABLE_DB, else ~/.local/share/roundtable/roundtable.redb]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from remove" -l config -d 'Config file [default: $XDG_CONFIG_HOME/roundtable/config.toml, else ~/.config/roundtable/config.toml]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase of an encrypted database from this file (first line; the file must be private) [default: $ROUNDTABLE_PASSPHRASE_FILE, else asked]' -r -F
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from remove" -l lang -d 'Language of the screens, the messages and what `export` and `report` write [default: the config file\'s, else the locale of LC_ALL, LC_MESSAGES or LANG, else en]' -r
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "add" -d 'Give a colleague (a Unix account) access: prints a one-time code for them, which they replace with their own passphrase (`roundtable passphrase`)'
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "list" -d 'Who has access'
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Take someone\'s access away; the data key is replaced, so that a copy of the old one opens nothing written afterwards'
complete -c roundtable -n "__fish_roundtable_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of a command'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "dump" -d 'Write every record as JSON (see docs/dump-format.md)'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "restore" -d 'Load a dump into a new or empty database (validated first, then one transaction)'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "check" -d 'Verify the database file: pages, records, references and the audit trail'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "backup" -d 'Write a consistent copy of the database, even while it is in use'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "export" -d 'Minutes or a feedback sheet for one recipient (filtered by the sharing labels), or the stakeholder list'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "import" -d 'Import from a spreadsheet export'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "audit" -d 'Print the audit trail'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "config" -d 'Print a commented config file with every setting at its default, or the names of the key bindings for its [keys] table'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "completions" -d 'Print shell completions: roundtable completions bash > /etc/bash_completion.d/roundtable'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "man" -d 'Print the manual page (roff): roundtable man | man -l -'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "actions" -d 'List open actions, overdue first (owners from protected sources read "a partner")'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "pipeline" -d 'Step 1: who is identified, approached, met, engaged or declined, and since when'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "report" -d 'The yearly activity report for the mayor and the funder: figures only, small counts suppressed, charts as text tables (Markdown)'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "action" -d 'Mark an action done, cancel it, reassign it or move its due date'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "retention" -d 'What the agreed retention periods make due: closed cases (the default) and old exports'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "erase" -d 'Erase a case or a person (the right to erasure); see docs/security.md'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "init" -d 'Create an encrypted database (asks for a passphrase twice; prints a recovery key once, to keep on paper in a safe place)'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "encrypt" -d 'Encrypt a plain database (a new file, then put in place)'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "passphrase" -d 'Set or change your passphrase (from the one-time code of `team add`, your current passphrase, or the recovery key)'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "team" -d 'Who has access to an encrypted database'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and not __fish_seen_subcommand_from dump restore check backup export import audit config completions man actions pipeline report action retention erase init encrypt passphrase team help" -f -a "help" -d 'Print this message or the help of a command'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "minutes" -d 'The minutes of a session as one recipient may receive them'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "agenda" -d 'A session\'s invitation and agenda as one recipient may receive it'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "feedback" -d 'A case\'s feedback sheet: decisions and actions agreed by consensus, no notes'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "handout" -d 'A handout for a group (Markdown): a mini-network\'s member directory, its lessons and exchange notes, or the sharing agreement and rules'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "person" -d 'Everything held about one person, for a subject access request'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "stakeholders" -d 'The stakeholder list (not archived) as CSV for Excel, or JSON'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "stakeholders" -d 'Stakeholders from a CSV file (`;` `,` or tab; UTF-8 or Windows-1252; English, French or Dutch headers), an Outlook or Google Contacts export, or vCards (.vcf)'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from action" -f -a "done" -d 'Mark an open action done'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from action" -f -a "cancel" -d 'Cancel an open action, with a reason'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from action" -f -a "reassign" -d 'Give an open action to another partner'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from action" -f -a "due" -d 'Move an open action\'s due date: 2026-12-01, +3d, +2w'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from erase" -f -a "case" -d 'Erase a case: its notes, actions, decisions and drafts; its reference stays'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from erase" -f -a "person" -d 'Erase a person: their record becomes "a former partner", their contact log goes'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "add" -d 'Give a colleague (a Unix account) access: prints a one-time code for them, which they replace with their own passphrase (`roundtable passphrase`)'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "list" -d 'Who has access'
complete -c roundtable -n "__fish_roundtable_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "remove" -d 'Take someone\'s access away; the data key is replaced, so that a copy of the old one opens nothing written afterwards'
