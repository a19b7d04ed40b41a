"""What the window's actions do: each handler asks the console or the library, and reports back."""
