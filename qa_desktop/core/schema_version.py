"""The schema this code writes and reads (core/migrations.py holds every step up to it): apart,
so that a look at a file before Peewee loads can refuse a newer one (core/db_file.py)."""

SCHEMA_VERSION = 5
