"""The LiteRT models (one loader), the input check, the screener and its results."""
