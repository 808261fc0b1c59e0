"""Documents (ReportLab PDFs) and registers (openpyxl workbooks). Import lazily: each is ~250 ms."""
