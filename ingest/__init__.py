"""Text to typed records (spaCy); never imports kb/ or ui/."""

from ingest import torchless

torchless.install()  # spaCy without torch: see ingest/torchless.py
