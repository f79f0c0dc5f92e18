"""CXR Screen: offline pneumonia screening aid for frontal pediatric chest X-rays."""

__version__ = "0.1.0"
