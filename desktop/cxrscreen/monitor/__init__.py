"""The hospital's view: every CXR Screen result on the DICOMweb server, as figures and a report.

    fetch.py    QIDO-RS listing (paged) and WADO-RS retrieval into the cache, resumable
    records.py  one CXR Screen structured report -> one ScreeningRecord (others are ignored)
    cache.py    the local SQLite cache of what was fetched
    reference.py what this installation's edge_models says of a model version (operating points,
                validation score distribution), matched by name, version and sha256
    metrics.py  the figures (plain Python): groups, Wilson CIs, drift, agreement, re-scoring
    proposal.py a site operating point from the reviewed cases
    figures.py  matplotlib plots (the ``monitor`` extra; imported lazily)
    report.py   the self-contained HTML and the PDF

Plain Python, no Qt: it runs on a hospital server. core never imports it (an import-linter
contract says so).
"""
