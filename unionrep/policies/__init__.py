"""Policy profiles shipped as data (TOML)."""
