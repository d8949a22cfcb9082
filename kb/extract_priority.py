"""The extraction child's scheduling priority (``kb.ingest_worker``).

On two cores the encoder thread of an ingest and its extraction child compete for
CPU. ``POLICYKB_EXTRACT_NICE=N`` lowers the child's priority by N steps
(``os.nice``), so the encoder wins a contested core; 0, the default, keeps the
ingesting process's priority. On a loaded machine a lower child yields to every
other job as well and the ingest got slower (docs/performance.md); an idle gain
is not measured.
"""

from __future__ import annotations

import os

#: Steps below the ingesting process's priority that the extraction child runs at.
NICE = 0


def nice_step() -> int:
    """The step ``lower_priority`` takes: ``POLICYKB_EXTRACT_NICE`` (0-19), else ``NICE``."""
    value = os.environ.get("POLICYKB_EXTRACT_NICE", "").strip()
    return min(19, int(value)) if value.isdigit() else NICE


def lower_priority() -> int:
    """Lower this process's priority by ``nice_step()`` where the platform allows it;
    the niceness it has after (0 where it cannot say)."""
    step = nice_step()
    if not hasattr(os, "nice"):
        return 0
    try:
        return os.nice(step)
    except OSError:  # a sandbox that refuses: the child runs at the parent's priority
        return os.nice(0)
