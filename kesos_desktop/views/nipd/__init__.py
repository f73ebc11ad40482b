"""NIPD views: officials, card queue, verification."""
