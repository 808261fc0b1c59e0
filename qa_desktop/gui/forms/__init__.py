"""Generated from ui/*.ui by build/compile_ui.py: never edited by hand."""
