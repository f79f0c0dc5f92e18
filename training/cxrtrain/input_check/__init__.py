"""``cxrtrain input-check``: train, export and measure the application's input check
(cxrscreen.core.screening.input_check). The data sets (dataset.py), the model (train.py), the export
and its thresholds (export.py, thresholds.py), the view threshold and side-view evidence (view.py,
evidence.py), the model card (card.py), the reports (report.py, shifts.py) and the made-up images
(synth.py, lateral_render.py). Nothing is imported here: the command line loads what it runs."""
