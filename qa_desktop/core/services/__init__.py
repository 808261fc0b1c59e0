"""Use cases. Each call is one transaction that stamps and audits what it writes."""
