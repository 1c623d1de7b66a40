"""Recognisers: text -> mentions with character spans. They never see the model."""
