"""Data files shipped with unionrep (the NJC pay spine)."""
