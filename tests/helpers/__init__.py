"""Shared test helpers (data locations, test models). Import as ``helpers.<module>``; the
conftest files of the test folders that use them put ``tests/`` on ``sys.path``."""
