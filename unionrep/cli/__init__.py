"""unionrep-cli: the command line, a thin shell over the application layer.

`main` builds the parser and runs a command; each command-group module (disputes, documents,
exchange, reliability, settings) has register(subparsers, command), listed in main.COMMAND_GROUPS;
`lang` says its words (unionrep.i18n's cli.* and cli_help), `render` its human-readable text.
"""
