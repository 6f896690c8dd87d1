"""Package data: schedules and tables as TOML files, each with its sources in a header."""
