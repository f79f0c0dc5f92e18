"""Any input file -> one documented pixel contract (see contract.py), or a named refusal."""
