"""Headless core: no Qt, no TensorFlow."""
