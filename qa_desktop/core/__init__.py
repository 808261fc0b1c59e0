"""Everything that is not a screen. Never imports PySide6 (tests/core/test_layering.py enforces it)."""
