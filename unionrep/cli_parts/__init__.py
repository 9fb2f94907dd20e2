"""Command groups of unionrep-cli beyond the ledger: each module has register(subparsers, command).

`command(parent, name, fn, help)` adds a sub-command that takes the global --db and --json and
calls `fn(ctx)` with a unionrep.cli.Context (ctx.service, ctx.args, ctx.out(data, text)).
Modules whose names start with an underscore (_lang, _help_cy, _text) are helpers, not command
groups: unionrep.cli leaves them out.
"""
