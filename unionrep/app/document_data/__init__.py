"""What the documents print, gathered from the book into the plain values unionrep.pdf lays out:
the Pro Forma (proforma.py), dispute letters (letters.py), statements and the branch summary
(statements.py), and the settings every document reads (context.py)."""
