"""Qt only: windows, dialogs, table models, widgets. Screens call core.services; never models directly."""
