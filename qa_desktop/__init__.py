"""QA Desktop: customer complaints from the first phone call to closure."""

__version__ = "0.1.0"
APP_NAME = "QA Desktop"
APP_ID = "qa-desktop"
