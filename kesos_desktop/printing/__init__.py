"""PDF output (reportlab) for cards, labels, lists and reports."""
