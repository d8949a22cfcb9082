"""Text to typed records (spaCy); never imports kb/ or ui/."""

from ingest import spacy_cli, torchless

torchless.install()  # spaCy without torch: see ingest/torchless.py
spacy_cli.install()  # nor its command-line package: see ingest/spacy_cli.py
