"""Fakes for wiring tests: deterministic, dependency-free, never for quality.

``HashEmbedder`` maps each word to a hashed dimension (a bag of hashed words),
so texts sharing words get similar vectors and tests stay reproducible.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence

_WORD = re.compile(r"\w+")


class HashEmbedder:
    """A bag-of-hashed-words embedder.

    Args:
        dimension: vector length.
        name: what the store records as the model name.
    """

    one_text_per_run = True  # a text's vector is a function of the text (``kb.encode_ahead``)

    def __init__(self, *, dimension: int = 64, name: str = "hash-embedder") -> None:
        self._dimension = dimension
        self._name = name

    @property
    def name(self) -> str:
        return self._name

    @property
    def dimension(self) -> int:
        return self._dimension

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        out = []
        for text in texts:
            vec = [0.0] * self._dimension
            for word in _WORD.findall(text.lower()):
                h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "big")
                vec[h % self._dimension] += 1.0
            norm = math.sqrt(sum(v * v for v in vec)) or 1.0
            out.append([v / norm for v in vec])
        return out


class FakeChatModel:
    """Returns canned replies in order (cycling), recording the prompts it saw."""

    def __init__(self, replies: Sequence[str]) -> None:
        self.replies = list(replies)
        self.prompts: list[str] = []

    def invoke(self, prompt: str) -> str:
        self.prompts.append(prompt)
        return self.replies[(len(self.prompts) - 1) % len(self.replies)]
