"""Excel (xlsx) import and export for the modules."""
