"""What every layer may use and that knows none of them: clocks, paths, the writer lock, bundled files, languages."""
