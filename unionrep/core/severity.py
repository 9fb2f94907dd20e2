"""How much a flag asks for attention (RULES §1, §3, §5), most urgent highest: on their own, so
that a window can sort and colour what it shows without the rules that raise flags."""

URGENT = 3
HIGH = 2
WARN = 1
INFO = 0
