"""What the window's buttons and menus do, by domain: backups, documents, entries, the exchange of
bundles, reps and disputes. Each module asks what it needs in dialogs, then calls the services."""
