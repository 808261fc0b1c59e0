"""Issue 12's response clocks (时效), pure: the department's working calendar (calendar.py),
its canonical JSON (calendar_json.py) and the clock rules with each clock's state (rules.py)."""
