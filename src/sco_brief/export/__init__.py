"""Exporters: they only read the model and write files (DOCX, XLSX, JSON)."""
