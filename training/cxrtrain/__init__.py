"""cxrtrain: trains, evaluates and exports the CXR Screen model."""

__version__ = "0.1.0"
